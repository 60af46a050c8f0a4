/**
 * Adding respondents to an existing questionnaire: new columns only, answers untouched, and all or
 * nothing. Everything written goes where the sheet has its rows now (found by their ids, as scoring
 * finds them), never where the layout first put them: people insert, sort and move rows.
 */
import type { ReadAnswers } from "../core/assessment/answers";
import {
  type AssessmentSettings,
  type Respondent,
  withRespondentIds,
} from "../core/assessment/assessment";
import { ownValue } from "../core/assessment/scoring";
import type { StoredAssessment } from "../core/assessment/storage";
import { summarize } from "../core/assessment/summary";
import {
  type AddRespondentsRequest,
  AddRespondentsRequestSchema,
  type AssessmentSummary,
  duplicateRespondentErrors,
} from "../core/contract/contract";
import type { SheetPlan } from "../core/layout/plan";
import { planQuestionnaire, questionnaireLayout } from "../core/layout/questionnaire";
import type { Model } from "../core/model/schema";
import type { Lang } from "../core/texts/i18n";
import { loadRecord, questionnaireOf, readQuestionnaire } from "./assessments";
import { endpoint, fail, UserError } from "./endpoint";
import { renderNewColumns } from "./renderer";
import { SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Google Sheets' limits (PLATFORM.md: "a spreadsheet holds at most 10 million cells and a sheet
 * 18,278 columns"). The in-memory fake enforces neither, so the tests shape the sheet to reach them.
 */
export const SHEETS_MAX_COLUMNS = 18_278;
export const SHEETS_MAX_CELLS = 10_000_000;

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
  const { sheet, ref } = questionnaireOf(new SheetFinder(spreadsheet), record, lang);
  const read = readQuestionnaire(sheet, record, lang);
  // Everything is checked before the first write, so a refusal leaves the file as it was.
  const firstAnswerColumn = answerColumnsStart(ref.name, record.model, existing, read, lang);
  checkRoom(sheet, ref.name, request.respondents.length, lang);
  const added = withRespondentIds(existing, request.respondents);
  const settings: AssessmentSettings = { ...record.settings, respondents: [...existing, ...added] };
  const updated: StoredAssessment = { ...record, settings };
  const plan = planQuestionnaire(record.model, settings, ref.name, {
    ...read.rows,
    firstAnswerColumn,
  });
  insertColumns(sheet, plan, firstAnswerColumn + existing.length, added.length, () =>
    store.save(updated),
  );
  // New respondents have answered nothing yet: summarize counts them as 0.
  return summarize(updated, read.answered, null);
}

/**
 * The column of the first respondent, found by the ids in the hidden id row. New columns go right
 * after the last respondent, so the existing ones must sit side by side in their order, after the
 * three fixed columns; if someone moved them apart or reordered them, the place for new columns is
 * not known and writing could land among answers, so nothing is written.
 */
function answerColumnsStart(
  sheetName: string,
  model: Model,
  existing: readonly Respondent[],
  read: ReadAnswers,
  lang: Lang,
): number {
  const generated = questionnaireLayout(model, 0).firstAnswerColumn;
  const first = existing[0] === undefined ? generated : ownValue(read.columns, existing[0].id);
  if (
    first === undefined ||
    first < generated ||
    existing.some((respondent, index) => ownValue(read.columns, respondent.id) !== first + index)
  ) {
    fail(lang, "errColumnsMoved", { name: sheetName });
  }
  return first;
}

/**
 * Refuses, before anything is written, more respondents than the sheet can take: each is a column
 * as tall as the sheet. Columns are capped per sheet; cells are capped per spreadsheet, but adding
 * up every sheet's size costs two calls per sheet, so the check counts this sheet's cells, which the
 * spreadsheet's total includes. If other sheets fill the rest, Sheets refuses the insertion itself,
 * which comes before any other write and so leaves nothing behind.
 */
function checkRoom(sheet: Sheet, sheetName: string, adding: number, lang: Lang): void {
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  const room = Math.max(
    0,
    Math.min(
      SHEETS_MAX_COLUMNS - columns,
      Math.floor((SHEETS_MAX_CELLS - rows * columns) / Math.max(1, rows)),
    ),
  );
  if (adding <= room) return;
  if (room === 0) fail(lang, "errSheetFull", { name: sheetName });
  fail(lang, "errTooManyRespondents", { name: sheetName, max: room, count: adding });
}

/**
 * Inserts `count` columns at `first` (where the notes column is now: notes, and what is in them,
 * move right), writes the plan's columns there, then `commit`s (saves the record). All or nothing:
 * if any of it fails, the inserted columns go again and the record was not saved, so the add-on
 * never leaves a column it does not know of, nor a respondent without a column.
 */
function insertColumns(
  sheet: Sheet,
  plan: SheetPlan,
  first: number,
  count: number,
  commit: () => void,
): void {
  if (count <= 0) return;
  // After the column before rather than before the notes column, which may have been deleted.
  sheet.insertColumnsAfter(first - 1, count);
  try {
    renderNewColumns(sheet, plan, first, count);
    commit();
  } catch (error) {
    try {
      sheet.deleteColumns(first, count);
    } catch {
      // The first failure is the one the person needs to read; this one would only hide it.
    }
    throw error;
  }
}
