import { type AssessmentSettings, withRespondentIds } from "../core/assessment/assessment";
import { score } from "../core/assessment/scoring";
import type { SheetRef, StoredAssessment } from "../core/assessment/storage";
import { lastScoreOf, summarize } from "../core/assessment/summary";
import {
  type AssessmentSummary,
  CreateRequestSchema,
  type CreateRequestValue,
  duplicateRespondentErrors,
  type ModelSummary,
  requestError,
  ScoreRequestSchema,
  type ServerApi,
  type State,
  targetErrors,
} from "../core/contract/contract";
import {
  NO_PREVIOUS_PLAN,
  type PreviousPlan,
  planActionPlan,
  readPlanEntries,
} from "../core/layout/action-plan";
import { historyRow, planHistory } from "../core/layout/history";
import { planQuestionnaire } from "../core/layout/questionnaire";
import { planResults } from "../core/layout/results";
import type { Model } from "../core/model/schema";
import type { Lang } from "../core/texts/i18n";
import { type MessageKey, t } from "../core/texts/messages";
import { loadRecord, questionnaireOf, readQuestionnaire } from "./assessments";
import { endpoint, fail, UserError, userLang } from "./endpoint";
import { availableModels, findModel, summaryOf } from "./library";
import { checkModel, copyModel, exportModel, importModel } from "./models-api";
import { literal, renderNewSheet, renderPlan, resetSheet } from "./renderer";
import { addRespondents } from "./respondents-api";
import { type Located, SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function formatDate(spreadsheet: Spreadsheet, date: Date): string {
  return Utilities.formatDate(date, spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm");
}

function newAssessmentId(date: Date): string {
  return `a${date.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

// ——— The API ———

function modelSummaries(store: AssessmentStore): ModelSummary[] {
  return availableModels(store).map(summaryOf);
}

export function listModels(): ModelSummary[] {
  return modelSummaries(AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet()));
}

export function getState(): State {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = new SheetFinder(spreadsheet);
  const store = AssessmentStore.open(spreadsheet);
  const unreadable: string[] = [];
  const assessments = store
    .readings()
    .map((reading): AssessmentSummary | null => {
      if (!reading.ok) {
        unreadable.push(t(lang, "errUnreadableStore", { id: reading.id }));
        return null;
      }
      try {
        const { sheet } = questionnaireOf(sheets, reading.record, lang);
        return summarize(
          reading.record,
          readQuestionnaire(sheet, reading.record, lang).answered,
          null,
        );
      } catch (error) {
        // A deleted or damaged questionnaire is shown with its problem, not hidden.
        if (error instanceof UserError) return summarize(reading.record, null, error.message);
        throw error;
      }
    })
    .filter((summary): summary is AssessmentSummary => summary !== null);
  const drafts = store.drafts().flatMap((draft) => {
    const located = sheets.find(draft.sheet);
    return located === null
      ? []
      : [
          {
            // The stored id: checkModel looks the draft up by it (sheets are found by id only).
            sheetId: draft.sheet.id,
            sheetName: located.ref.name,
            modelId: draft.modelId,
            version: draft.version,
          },
        ];
  });
  for (const model of store.unreadableModels())
    unreadable.push(t(lang, "errUnreadableModel", { model }));
  return { lang, models: modelSummaries(store), assessments, drafts, unreadable };
}

export const createAssessment = endpoint(CreateRequestSchema, (request, lang) => {
  const { modelId, modelVersion, respondents, targets = {} } = request;
  const models = availableModels(AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet()));
  const model = findModel(models, modelId, modelVersion);
  if (model === undefined) {
    const id = modelVersion ? `${modelId} ${modelVersion}` : modelId;
    throw new UserError([requestError(lang, "modelId", "unknownModel", { id })]);
  }
  const errors = [
    ...duplicateRespondentErrors(
      respondents.map((respondent) => respondent.name),
      [],
      lang,
    ),
    ...targetErrors(model, targets, lang),
  ];
  if (errors.length > 0) throw new UserError(errors);
  return createRecord(model, request);
});

/** Writes a new questionnaire for a validated request. Exported for benchmarks of any model size. */
export function createRecord(model: Model, request: CreateRequestValue): AssessmentSummary {
  const { clientName, respondents, targets = {} } = request;
  const now = new Date();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = AssessmentStore.open(spreadsheet);
  const settings: AssessmentSettings = {
    clientName,
    lang: request.lang,
    respondents: withRespondentIds([], respondents),
    targets,
  };
  const { sheet, ref } = new SheetFinder(spreadsheet).insert(
    t(settings.lang, "sheetQuestionnaire"),
    clientName,
  );
  renderNewSheet(spreadsheet, sheet, planQuestionnaire(model, settings, ref.name));
  const record: StoredAssessment = {
    id: newAssessmentId(now),
    createdAt: now.toISOString(),
    model,
    settings,
    sheets: { questionnaire: ref, results: null, plan: null, history: null },
    lastScore: null,
  };
  store.save(record);
  spreadsheet.setActiveSheet(sheet);
  return summarize(record, {}, null);
}

export const scoreAssessment = endpoint(ScoreRequestSchema, ({ assessmentId }, lang) =>
  scoreRecord(assessmentId, lang),
);

/** Scores a stored assessment and writes its reports. Exported for benchmarks. */
export function scoreRecord(assessmentId: string, lang: Lang): AssessmentSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = new SheetFinder(spreadsheet);
  const store = AssessmentStore.open(spreadsheet);
  const record = loadRecord(store, assessmentId, lang);
  const { model, settings } = record;
  const questionnaire = questionnaireOf(sheets, record, lang);
  const read = readQuestionnaire(questionnaire.sheet, record, lang);
  const result = score(model, read.responses, { targets: settings.targets });
  const now = new Date();
  const displayDate = formatDate(spreadsheet, now);
  const locate = (ref: SheetRef | null, prefix: MessageKey) =>
    sheets.findOrInsert(ref, t(settings.lang, prefix), settings.clientName);

  // The action plan is read before anything is written: a plan too damaged to read refuses the
  // run while every sheet (Results and History included) is still as it was.
  const planFound = sheets.find(record.sheets.plan);
  const previous = planFound === null ? NO_PREVIOUS_PLAN : previousPlan(planFound, record, lang);

  const results = locate(record.sheets.results, "sheetResults");
  if (!results.created) resetSheet(results.sheet);
  renderPlan(
    results.sheet,
    planResults(model, settings, result, read.problems, { displayDate }, results.ref.name),
  );

  const plan = planFound ?? locate(null, "sheetPlan");
  if (!plan.created) resetSheet(plan.sheet);
  renderPlan(
    plan.sheet,
    planActionPlan(settings, result, previous, plan.ref.name, { displayDate }),
  );

  const history = locate(record.sheets.history, "sheetHistory");
  if (history.created) renderPlan(history.sheet, planHistory(model, settings, history.ref.name));
  const run = historyRow({ model, settings, result, displayDate });
  const [row = []] = literal([run.values]);
  history.sheet.appendRow(row);
  history.sheet
    .getRange(history.sheet.getLastRow(), 1, 1, row.length)
    .setNumberFormats([run.formats]);
  // Inserting a sheet makes it the active one (History, the first time); whoever pressed Score
  // wants the Results, whichever sheet they pressed it from.
  spreadsheet.setActiveSheet(results.sheet);

  const updated: StoredAssessment = {
    ...record,
    sheets: {
      questionnaire: questionnaire.ref,
      results: results.ref,
      plan: plan.ref,
      history: history.ref,
    },
    lastScore: lastScoreOf(result, read.problems.length, now.toISOString(), displayDate),
  };
  store.save(updated);
  return summarize(updated, read.answered, null);
}

/** What people wrote on an existing action plan; refuses, in the person's language, if unreadable. */
function previousPlan(
  { sheet, ref }: Located,
  { model, settings }: StoredAssessment,
  lang: Lang,
): PreviousPlan {
  // Values and formulas of one range: a formula people typed is carried as a formula.
  const range = sheet.getDataRange();
  const reading = readPlanEntries(
    range.getValues(),
    { clientName: settings.clientName, areaIds: model.areas.map((area) => area.id) },
    range.getFormulas(),
  );
  if (reading.ok) return reading.plan;
  if (reading.problem === "header") return fail(lang, "pHeaderMissing", { name: ref.name });
  return fail(lang, "pKeyColumnMissing", { name: ref.name, example: model.areas[0]?.id ?? "" });
}

export const showResults = endpoint(ScoreRequestSchema, ({ assessmentId }, lang): null => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const record = loadRecord(AssessmentStore.open(spreadsheet), assessmentId, lang);
  const sheets = new SheetFinder(spreadsheet);
  const located = sheets.find(record.sheets.results) ?? sheets.find(record.sheets.questionnaire);
  if (located !== null) spreadsheet.setActiveSheet(located.sheet);
  return null;
});

/** The server satisfies the sidebar's contract: a renamed or missing function fails to compile. */
export const serverApi = {
  getState,
  listModels,
  createAssessment,
  scoreAssessment,
  addRespondents,
  showResults,
  copyModel,
  checkModel,
  exportModel,
  importModel,
} satisfies ServerApi;
