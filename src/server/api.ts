import { type AssessmentSettings, withRespondentIds } from "../core/assessment/assessment";
import { score } from "../core/assessment/scoring";
import type { SheetRef, StoredAssessment } from "../core/assessment/storage";
import { lastScoreOf, summarize } from "../core/assessment/summary";
import {
  type AssessmentSummary,
  CreateRequestSchema,
  type CreateRequestValue,
  duplicateEmailErrors,
  duplicateRespondentErrors,
  type FieldError,
  groupPerspectiveErrors,
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
import { asLiteralText } from "../core/layout/plan";
import { planQuestionnaire } from "../core/layout/questionnaire";
import { planResults } from "../core/layout/results";
import type { Model } from "../core/model/schema";
import type { Lang } from "../core/texts/i18n";
import { type MessageKey, t } from "../core/texts/messages";
import { loadRecord, questionnaireOf, readQuestionnaire, warnWeakProtection } from "./assessments";
import { attempt, endpoint, fail, UserError, userLang } from "./endpoint";
import { availableModels, findModel, summaryOf } from "./library";
import { checkModel, copyModel, exportModel, importModel } from "./models-api";
import { literal, renderNewSheet, renderPlan, resetSheet, restoreGrid } from "./renderer";
import { addRespondents } from "./respondents-api";
import { type Located, SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";
import { joinTeam, requireConsultant, setConsultants } from "./team";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  return {
    lang,
    models: modelSummaries(store),
    assessments,
    drafts,
    unreadable,
    consultants: store.team().consultants,
  };
}

export const createAssessment = endpoint(CreateRequestSchema, (request, lang) => {
  const { modelId, modelVersion, respondents, targets = {} } = request;
  const store = AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet());
  requireConsultant(store, [], "actionCreate", lang);
  const models = availableModels(store);
  const model = findModel(models, modelId, modelVersion);
  if (model === undefined) {
    const id = modelVersion ? `${modelId} ${modelVersion}` : modelId;
    throw new UserError([requestError(lang, "modelId", "unknownModel", { id })]);
  }
  const errors: FieldError[] = [
    ...duplicateRespondentErrors(
      respondents.map((respondent) => respondent.name),
      [],
      lang,
    ),
    ...duplicateEmailErrors(
      respondents.map((respondent) => respondent.email),
      [],
      lang,
    ),
    ...targetErrors(model, targets, lang),
  ];
  const mapped = groupPerspectiveErrors(
    model,
    respondents,
    request.groupPerspectives ?? {},
    {},
    lang,
  );
  errors.push(...mapped.errors);
  if (errors.length > 0) throw new UserError(errors);
  return createRecord(model, request);
});

/** Writes a new questionnaire for a validated request. Exported for benchmarks of any model size. */
export function createRecord(model: Model, request: CreateRequestValue): AssessmentSummary {
  const { clientName, respondents, targets = {} } = request;
  const now = new Date();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = AssessmentStore.open(spreadsheet);
  // The groups' perspectives as validated (createAssessment refuses any unmapped group).
  const { perspectives } = groupPerspectiveErrors(
    model,
    respondents,
    request.groupPerspectives ?? {},
    {},
    request.lang,
  );
  const settings: AssessmentSettings = {
    clientName,
    lang: request.lang,
    respondents: withRespondentIds([], respondents),
    targets,
    notesPerRespondent: true,
    ...(perspectives === undefined ? {} : { perspectives }),
    ...(request.minGroupSize === undefined ? {} : { minGroupSize: request.minGroupSize }),
    // Decided now: scores by respondent sit in a sheet every respondent can open, so with groups
    // they are off unless the consultant asked for them.
    showRespondentScores:
      request.showRespondentScores ?? respondents.every((respondent) => respondent.group === ""),
  };
  const named = request.consultants ?? [];
  const consultants = [...new Set([...store.team().consultants, ...named])];
  const finder = new SheetFinder(spreadsheet);
  const { sheet, ref } = finder.insert(t(settings.lang, "sheetQuestionnaire"), clientName);
  const restricted = renderNewSheet(
    spreadsheet,
    sheet,
    planQuestionnaire(model, settings, ref.name),
    consultants,
  );
  const record: StoredAssessment = {
    id: newAssessmentId(now),
    createdAt: now.toISOString(),
    model,
    settings,
    sheets: { questionnaire: ref, results: null, plan: null, history: null },
    lastScore: null,
  };
  try {
    // The new questionnaire already lists the named consultants; joining updates the others.
    joinTeam(store, finder, named);
    store.save(record);
  } catch (error) {
    // Without its record the questionnaire is a sheet the add-on does not know: it goes.
    attempt(() => spreadsheet.deleteSheet(sheet));
    throw error;
  }
  // The assessment exists now: showing it is a courtesy that must not report a failure.
  attempt(() => spreadsheet.setActiveSheet(sheet));
  if (!restricted) attempt(() => warnWeakProtection(spreadsheet, userLang()));
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
  const result = score(model, read.responses, {
    targets: settings.targets,
    ...(settings.minGroupSize === undefined ? {} : { minGroupSize: settings.minGroupSize }),
  });
  const now = new Date();
  const displayDate = formatDate(spreadsheet, now);

  // The action plan is read before anything is written: a plan too damaged to read, or one the
  // person may not rewrite, refuses the run while every sheet is still as it was.
  const planFound = sheets.find(record.sheets.plan);
  requireConsultant(store, [planFound?.sheet ?? null], "actionScore", lang);
  const previous = planFound === null ? null : previousPlan(planFound, record, lang);
  const consultants = store.team().consultants;

  const run = new ScoreRun(spreadsheet);
  let saved: { summary: AssessmentSummary; restricted: boolean };
  try {
    const locate = (ref: SheetRef | null, prefix: MessageKey) =>
      run.located(sheets.findOrInsert(ref, t(settings.lang, prefix), settings.clientName));
    const results = locate(record.sheets.results, "sheetResults");
    if (!results.created) {
      run.replacing(results.sheet, t(settings.lang, "rScoreFailed", { date: displayDate }));
      resetSheet(results.sheet);
    }
    renderPlan(
      results.sheet,
      planResults(model, settings, result, read.problems, { displayDate }, results.ref.name, {
        ...(settings.showRespondentScores === undefined
          ? {}
          : { showRespondentScores: settings.showRespondentScores }),
      }),
      consultants,
    );

    const plan = planFound ?? locate(null, "sheetPlan");
    if (previous !== null) run.rewriting(plan.sheet, previous.grid);
    // Its protection stays until the new one replaces it, so a failed run leaves it protected.
    if (!plan.created) resetSheet(plan.sheet, true);
    const restricted = renderPlan(
      plan.sheet,
      planActionPlan(settings, result, previous?.plan ?? NO_PREVIOUS_PLAN, plan.ref.name, {
        displayDate,
      }),
      consultants,
    );

    const history = locate(record.sheets.history, "sheetHistory");
    if (history.created)
      renderPlan(history.sheet, planHistory(model, settings, history.ref.name), consultants);
    const line = historyRow({ model, settings, result, displayDate });
    const [row = []] = literal([line.values]);
    run.appending(history.sheet);
    history.sheet.appendRow(row);
    history.sheet
      .getRange(history.sheet.getLastRow(), 1, 1, row.length)
      .setNumberFormats([line.formats]);
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
    saved = { summary: summarize(updated, read.answered, null), restricted };
  } catch (error) {
    run.undo();
    throw error;
  }
  if (!saved.restricted) warnWeakProtection(spreadsheet, lang);
  return saved.summary;
}

/** A cell grid as a sheet held it: values, and the formulas of the same range. */
interface Grid {
  values: unknown[][];
  formulas: string[][];
}

/**
 * What a scoring run changed, so that a run failing midway (a quota, a timeout, a refusal by
 * Sheets) can take it back: sheets it inserted go, an action plan it cleared gets back every cell
 * people had in it (values and formulas, under its protection, which the run kept; the layout
 * comes back at the next Score), and a History line it appended goes. Results it had cleared are
 * left saying that the run failed, never half of a new run beside the old record. Each step is
 * tried on its own, and the run's own failure is what the person reads.
 */
class ScoreRun {
  private readonly inserted: Sheet[] = [];
  private plan: { sheet: Sheet; grid: Grid } | null = null;
  private history: { sheet: Sheet; rows: number } | null = null;
  private results: { sheet: Sheet; message: string } | null = null;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  located(located: Located & { created: boolean }): Located & { created: boolean } {
    if (located.created) this.inserted.push(located.sheet);
    return located;
  }

  replacing(sheet: Sheet, message: string): void {
    this.results = { sheet, message };
  }

  rewriting(sheet: Sheet, grid: Grid): void {
    this.plan = { sheet, grid };
  }

  appending(sheet: Sheet): void {
    this.history = { sheet, rows: sheet.getLastRow() };
  }

  undo(): void {
    const { plan, history } = this;
    if (history !== null && !this.inserted.includes(history.sheet)) {
      attempt(() => {
        const last = history.sheet.getLastRow();
        if (last > history.rows) history.sheet.deleteRows(history.rows + 1, last - history.rows);
      });
    }
    if (plan !== null) attempt(() => restoreGrid(plan.sheet, plan.grid));
    const { results } = this;
    if (results !== null)
      attempt(() => {
        resetSheet(results.sheet);
        results.sheet.getRange(1, 1).setValue(asLiteralText(results.message));
      });
    for (const sheet of this.inserted) attempt(() => this.spreadsheet.deleteSheet(sheet));
  }
}

/** What people wrote on an existing action plan; refuses, in the person's language, if unreadable. */
function previousPlan(
  { sheet, ref }: Located,
  { model, settings }: StoredAssessment,
  lang: Lang,
): { plan: PreviousPlan; grid: Grid } {
  // Values and formulas of one range: a formula people typed is carried as a formula.
  const range = sheet.getDataRange();
  const grid = { values: range.getValues(), formulas: range.getFormulas() };
  const reading = readPlanEntries(
    grid.values,
    { clientName: settings.clientName, areaIds: model.areas.map((area) => area.id) },
    grid.formulas,
  );
  if (reading.ok) return { plan: reading.plan, grid };
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
  setConsultants,
  copyModel,
  checkModel,
  exportModel,
  importModel,
} satisfies ServerApi;
