/** Adding respondents to an existing questionnaire: new columns only, answers untouched. */
import type { AssessmentSettings } from "../core/assessment/assessment";
import { planQuestionnaire, questionnaireLayout } from "../core/layout/questionnaire";
import type { Model } from "../core/model/schema";
import { renderNewColumns } from "./renderer";

export function addQuestionnaireColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  model: Model,
  before: AssessmentSettings,
  after: AssessmentSettings,
): void {
  const added = after.respondents.length - before.respondents.length;
  if (added <= 0) return;
  // New answer columns go where the notes column is now; notes (and what is in them) move right.
  const first = questionnaireLayout(model, before.respondents.length).notesColumn;
  sheet.insertColumnsBefore(first, added);
  renderNewColumns(sheet, planQuestionnaire(model, after, sheet.getName()), first, added);
}
