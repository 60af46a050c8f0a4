/**
 * A questionnaire as versions before per-respondent notes made it: one shared notes column, and
 * settings without `notesPerRespondent`. Files people already use hold such questionnaires, so
 * every operation must keep working on them.
 */
import { withRespondentIds } from "../../src/core/assessment/assessment";
import type { StoredAssessment } from "../../src/core/assessment/storage";
import type { AssessmentSummary, CreateRequest } from "../../src/core/contract/contract";
import { planQuestionnaire } from "../../src/core/layout/questionnaire";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import { t } from "../../src/core/texts/messages";
import { getState } from "../../src/server/api";
import { renderNewSheet } from "../../src/server/renderer";
import { SheetFinder } from "../../src/server/sheets";
import { AssessmentStore } from "../../src/server/store";

export function createLegacyAssessment(request: CreateRequest): AssessmentSummary {
  const model = builtinModels[request.modelId] as Model;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = {
    clientName: request.clientName,
    lang: request.lang,
    respondents: withRespondentIds([], request.respondents),
    targets: request.targets ?? {},
  };
  const { sheet, ref } = new SheetFinder(spreadsheet).insert(
    t(settings.lang, "sheetQuestionnaire"),
    settings.clientName,
  );
  renderNewSheet(spreadsheet, sheet, planQuestionnaire(model, settings, ref.name), []);
  const record: StoredAssessment = {
    id: `legacy${Date.now().toString(36)}`,
    createdAt: new Date().toISOString(),
    model,
    settings,
    sheets: { questionnaire: ref, results: null, plan: null, history: null },
    lastScore: null,
  };
  AssessmentStore.open(spreadsheet).save(record);
  const summary = getState().assessments.find((assessment) => assessment.id === record.id);
  if (summary === undefined) throw new Error("the legacy assessment was not stored");
  return summary;
}
