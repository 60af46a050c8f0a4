/** Adding respondents to an existing questionnaire: new columns only, answers untouched. */
import { type AssessmentSettings, withRespondentIds } from "../core/assessment/assessment";
import { ownValue } from "../core/assessment/scoring";
import type { StoredAssessment } from "../core/assessment/storage";
import { summarize } from "../core/assessment/summary";
import {
  type AddRespondentsRequest,
  AddRespondentsRequestSchema,
  type AssessmentSummary,
  duplicateRespondentErrors,
} from "../core/contract/contract";
import { planQuestionnaire, questionnaireLayout } from "../core/layout/questionnaire";
import type { Model } from "../core/model/schema";
import type { Lang } from "../core/texts/i18n";
import { loadRecord, questionnaireOf, readQuestionnaire } from "./assessments";
import { endpoint, fail, UserError } from "./endpoint";
import { renderNewColumns } from "./renderer";
import { SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";

export const addRespondents = endpoint(AddRespondentsRequestSchema, (request, lang) =>
  addToRecord(request, lang),
);

function addToRecord(request: AddRespondentsRequest, lang: Lang): AssessmentSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = AssessmentStore.open(spreadsheet);
  const record = loadRecord(store, request.assessmentId, lang);
  const existing = record.settings.respondents;
  const duplicates = duplicateRespondentErrors(
    request.respondents.map((r) => r.name),
    existing.map((r) => r.name),
    lang,
  );
  if (duplicates.length > 0) throw new UserError(duplicates);
  const { sheet } = questionnaireOf(new SheetFinder(spreadsheet), record, lang);
  const read = readQuestionnaire(sheet, record, lang);
  // New columns go right after the last respondent, where the layout put them: if someone moved
  // the answer columns, writing there could land on answers, so nothing is written.
  const layout = questionnaireLayout(record.model, existing.length);
  if (
    existing.some(
      (respondent, index) =>
        ownValue(read.columns, respondent.id) !== layout.firstAnswerColumn + index,
    )
  ) {
    fail(lang, "errColumnsMoved", { name: sheet.getName() });
  }
  const added = withRespondentIds(existing, request.respondents);
  const settings: AssessmentSettings = { ...record.settings, respondents: [...existing, ...added] };
  addQuestionnaireColumns(sheet, record.model, record.settings, settings);
  const updated: StoredAssessment = { ...record, settings };
  store.save(updated);
  // New respondents have answered nothing yet: summarize counts them as 0.
  return summarize(updated, read.answered, null);
}

function addQuestionnaireColumns(
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
