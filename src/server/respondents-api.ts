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
import type { Box } from "../core/layout/a1";
import type { SheetPlan } from "../core/layout/plan";
import {
  editableBoxes,
  planQuestionnaire,
  questionnaireLayout,
} from "../core/layout/questionnaire";
import type { Model } from "../core/model/schema";
import { formatNumber, type Lang } from "../core/texts/i18n";
import { t } from "../core/texts/messages";
import { loadRecord, questionnaireOf, readQuestionnaire } from "./assessments";
import { endpoint, fail, UserError } from "./endpoint";
import { renderNewColumns, replaceEmptyHighlight, setEditable } from "./renderer";
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
  const place = { ...read.rows, firstAnswerColumn };
  const plan = planQuestionnaire(record.model, settings, ref.name, place);
  const at = firstAnswerColumn + existing.length;
  // The notes column as the sheet has it now (by its header, else right after the respondents),
  // where it will be once the new columns push it right.
  const notes = (read.notesColumn ?? at) + added.length;
  // Answers and notes on every question row, and between them any column a person inserted before
  // the notes: Sheets widened the editable range over it when it was inserted, so it stays editable.
  const editable = editableBoxes(place, notes - firstAnswerColumn);
  insertColumns(
    sheet,
    { plan, first: at, count: added.length, editable },
    {
      commit: () => store.save(updated),
      undoCommit: () => store.save(record),
    },
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
    existing.some((respondent, index) => ownValue(read.columns, respondent.id) !== first + index) ||
    // A copied column is a column inserted among them: which one answers is not known.
    read.duplicateColumns.length > 0
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
  const byColumns = SHEETS_MAX_COLUMNS - columns;
  const byCells = Math.floor((SHEETS_MAX_CELLS - rows * columns) / Math.max(1, rows));
  const room = Math.max(0, Math.min(byColumns, byCells));
  if (adding <= room) return;
  const limits = {
    columns: grouped(SHEETS_MAX_COLUMNS, lang),
    millions: formatNumber(SHEETS_MAX_CELLS / 1_000_000, lang),
  };
  if (room === 0) fail(lang, "errSheetFull", { name: sheetName, ...limits });
  // Only the limit that leaves the fewer columns is the one in the way.
  const limit =
    byColumns <= byCells ? t(lang, "errLimitColumns", limits) : t(lang, "errLimitCells", limits);
  const params = { name: sheetName, max: grouped(room, lang), count: grouped(adding, lang), limit };
  if (room === 1) fail(lang, "errTooManyRespondentsOne", params);
  fail(lang, "errTooManyRespondents", params);
}

/** A whole number with its thousands marked as each language writes them (18.278, 18,278). */
function grouped(value: number, lang: Lang): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "it" ? "." : ",");
}

interface NewColumns {
  plan: SheetPlan;
  /** Where the columns go (where the column after the last respondent is now) and how many. */
  first: number;
  count: number;
  /** The sheet's editable ranges once the columns are in. */
  editable: readonly Box[];
}

interface Commit {
  /** Saves the record with the new respondents. */
  commit: () => void;
  /** Saves the record as it was, when something after `commit` failed. */
  undoCommit: () => void;
}

/**
 * Inserts the columns at `first` (notes, and what is in them, move right), writes the plan's
 * columns there, replaces the empty-cell highlight, saves the record, and last sets the editable
 * ranges. All or nothing: if any of it fails, the record is saved back as it was, the inserted
 * columns go, and the conditional-format rules are put back as they were read before the
 * insertion (their order and ranges), so the add-on never leaves a column it does not know of, nor
 * a respondent without a column. The editable ranges are written by the last call: if it fails it
 * has changed nothing, and the insertion's own widening of them goes with the columns.
 */
function insertColumns(sheet: Sheet, columns: NewColumns, { commit, undoCommit }: Commit): void {
  const { plan, first, count, editable } = columns;
  if (count <= 0) return;
  // Read before anything moves, so that these are the rules and ranges to put back.
  const rulesBefore = sheet.getConditionalFormatRules();
  // After the column before rather than before the notes column, which may have been deleted.
  sheet.insertColumnsAfter(first - 1, count);
  let rulesWritten = false;
  let committed = false;
  try {
    renderNewColumns(sheet, plan, first, count);
    rulesWritten = replaceEmptyHighlight(sheet, plan);
    commit();
    committed = true;
    setEditable(sheet, editable);
  } catch (error) {
    undo(sheet, columns, { committed, rulesWritten, rulesBefore, undoCommit });
    throw error;
  }
}

/** Takes back what `insertColumns` did, each step on its own: the first failure is what people read. */
function undo(
  sheet: Sheet,
  { first, count }: NewColumns,
  done: {
    committed: boolean;
    rulesWritten: boolean;
    rulesBefore: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
    undoCommit: () => void;
  },
): void {
  const attempt = (step: () => void): boolean => {
    try {
      step();
      return true;
    } catch {
      return false;
    }
  };
  // If the record cannot be put back, the columns stay: they match the record that was saved.
  if (done.committed && !attempt(done.undoCommit)) return;
  if (!attempt(() => sheet.deleteColumns(first, count))) return;
  if (done.rulesWritten) attempt(() => sheet.setConditionalFormatRules(done.rulesBefore));
}
