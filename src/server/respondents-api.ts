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
  duplicateEmailErrors,
  duplicateRespondentErrors,
  type FieldError,
  groupPerspectiveErrors,
} from "../core/contract/contract";
import type { Box } from "../core/layout/a1";
import type { RangeProtectionPlan, SheetPlan } from "../core/layout/plan";
import {
  editableBoxes,
  planQuestionnaire,
  questionnaireLayout,
} from "../core/layout/questionnaire";
import type { Model } from "../core/model/schema";
import { formatNumber, type Lang } from "../core/texts/i18n";
import { t } from "../core/texts/messages";
import { loadRecord, questionnaireOf, readQuestionnaire, warnWeakProtection } from "./assessments";
import { attempt, endpoint, fail, UserError } from "./endpoint";
import { protectRanges, renderNewColumns, replaceEmptyHighlight, setEditable } from "./renderer";
import { SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";
import { requireConsultant } from "./team";

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
  const errors: FieldError[] = [
    ...duplicateRespondentErrors(
      request.respondents.map((r) => r.name),
      existing.map((r) => r.name),
      lang,
    ),
    ...duplicateEmailErrors(
      request.respondents.map((r) => r.email),
      existing.map((r) => r.email),
      lang,
    ),
  ];
  const mapped = groupPerspectiveErrors(
    record.model,
    request.respondents,
    request.groupPerspectives ?? {},
    record.settings.perspectives ?? {},
    lang,
  );
  errors.push(...mapped.errors);
  if (errors.length > 0) throw new UserError(errors);
  const { sheet, ref } = questionnaireOf(new SheetFinder(spreadsheet), record, lang);
  requireConsultant(store, [sheet], "actionAddRespondents", lang);
  const read = readQuestionnaire(sheet, record, lang);
  // Everything is checked before the first write, so a refusal leaves the file as it was.
  const firstAnswerColumn = answerColumnsStart(ref.name, record.model, existing, read, lang);
  const perRespondent = record.settings.notesPerRespondent === true;
  const count = request.respondents.length;
  checkRoom(sheet, ref.name, count, perRespondent ? 2 : 1, lang);
  const added = withRespondentIds(existing, request.respondents);
  const settings: AssessmentSettings = {
    ...record.settings,
    respondents: [...existing, ...added],
    ...(mapped.perspectives === undefined ? {} : { perspectives: mapped.perspectives }),
  };
  const updated: StoredAssessment = { ...record, settings };
  const place = { ...read.rows, firstAnswerColumn };
  const plan = planQuestionnaire(record.model, settings, ref.name, place);
  const at = firstAnswerColumn + existing.length;
  const insertions: Insertion[] = [{ first: at, count, planFirst: at }];
  let lastEditable: number;
  if (perRespondent) {
    // New notes go after the last respondent's notes (found by their ids), or, when none is left,
    // right after the answers; in both cases where that is once the new answer columns are in.
    const found = Object.values(read.notesColumns).filter((column) => column >= at);
    const notesAt = (found.length > 0 ? Math.max(...found) + 1 : at) + count;
    insertions.push({ first: notesAt, count, planFirst: at + count + existing.length });
    lastEditable = notesAt + count - 1;
  } else {
    // The shared notes column as the sheet has it now (by its header, else right after the
    // respondents), where it will be once the new columns push it right.
    lastEditable = (read.notesColumn ?? at) + count;
  }
  // Answers and notes on every question row, and between them any column a person inserted before
  // the notes: Sheets widened the editable range over it when it was inserted, so it stays editable.
  const editable = editableBoxes(place, lastEditable - firstAnswerColumn + 1);
  // Only the new respondents' own columns get new protections, placed where they were inserted.
  const protections = plan.rangeProtections.flatMap((protection) => {
    const insertion = insertions.find(
      ({ planFirst, count: span }) =>
        protection.box.column >= planFirst && protection.box.column < planFirst + span,
    );
    if (insertion === undefined) return [];
    const column = insertion.first + protection.box.column - insertion.planFirst;
    return [{ ...protection, box: { ...protection.box, column } }];
  });
  const restricted = insertColumns(
    sheet,
    { plan, insertions, editable, protections, consultants: store.team().consultants },
    {
      commit: () => store.save(updated),
      undoCommit: () => store.save(record),
    },
  );
  if (!restricted) warnWeakProtection(spreadsheet, lang);
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
 * Refuses, before anything is written, more respondents than the sheet can take: each is
 * `columnsEach` columns as tall as the sheet (answers, and notes where each respondent has their
 * own). Columns are capped per sheet; cells are capped per spreadsheet, but adding
 * up every sheet's size costs two calls per sheet, so the check counts this sheet's cells, which the
 * spreadsheet's total includes. If other sheets fill the rest, Sheets refuses the insertion itself,
 * which comes before any other write and so leaves nothing behind.
 */
function checkRoom(
  sheet: Sheet,
  sheetName: string,
  adding: number,
  columnsEach: number,
  lang: Lang,
): void {
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  const byColumns = Math.floor((SHEETS_MAX_COLUMNS - columns) / columnsEach);
  const byCells = Math.floor((SHEETS_MAX_CELLS - rows * columns) / Math.max(1, rows * columnsEach));
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

/** Columns inserted at `first` (sheet) that take the plan's columns from `planFirst`. */
interface Insertion {
  first: number;
  count: number;
  planFirst: number;
}

interface NewColumns {
  plan: SheetPlan;
  /** Left to right; each `first` is where it goes once the ones before it are in. */
  insertions: Insertion[];
  /** The sheet's editable ranges once the columns are in. */
  editable: readonly Box[];
  /** The new respondents' own columns, at their place on the sheet. */
  protections: readonly RangeProtectionPlan[];
  consultants: readonly string[];
}

interface Commit {
  /** Saves the record with the new respondents. */
  commit: () => void;
  /** Saves the record as it was, when something after `commit` failed. */
  undoCommit: () => void;
}

/**
 * Inserts the columns (answers, then notes: what is right of them moves right), writes the plan's
 * columns there, protects the new respondents' own columns, replaces the empty-cell highlight,
 * saves the record, and last sets the editable ranges. All or nothing: if any of it fails, the
 * record is saved back as it was, the new protections and inserted columns go, and the
 * conditional-format rules are put back as they were read before the insertion (their order and
 * ranges), so the add-on never leaves a column it does not know of, nor a respondent without a
 * column. The editable ranges are written by the last call: if it fails it has changed nothing,
 * and the insertion's own widening of them goes with the columns.
 */
function insertColumns(sheet: Sheet, columns: NewColumns, { commit, undoCommit }: Commit): boolean {
  const { plan, insertions, editable, protections, consultants } = columns;
  if (insertions.every(({ count }) => count <= 0)) return true;
  // Read before anything moves, so that these are the rules and ranges to put back.
  const rulesBefore = sheet.getConditionalFormatRules();
  const done: Done = {
    inserted: [],
    protections: [],
    restricted: true,
    committed: false,
    rulesWritten: false,
  };
  try {
    for (const insertion of insertions) {
      // After the column before rather than before a notes column, which may have been deleted.
      sheet.insertColumnsAfter(insertion.first - 1, insertion.count);
      done.inserted.push(insertion);
    }
    for (const { first, count, planFirst } of insertions)
      renderNewColumns(sheet, plan, planFirst, count, first);
    done.restricted = protectRanges(sheet, protections, consultants, done.protections);
    done.rulesWritten = replaceEmptyHighlight(sheet, plan);
    commit();
    done.committed = true;
    setEditable(sheet, editable);
  } catch (error) {
    undo(sheet, done, rulesBefore, undoCommit);
    throw error;
  }
  return done.restricted;
}

interface Done {
  inserted: Insertion[];
  protections: GoogleAppsScript.Spreadsheet.Protection[];
  /** False when a new respondent's protection only warns. */
  restricted: boolean;
  committed: boolean;
  rulesWritten: boolean;
}

/** Takes back what `insertColumns` did, each step on its own: the first failure is what people read. */
function undo(
  sheet: Sheet,
  done: Done,
  rulesBefore: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
  undoCommit: () => void,
): void {
  // If the record cannot be put back, the columns stay: they match the record that was saved.
  if (done.committed && !attempt(undoCommit)) return;
  for (const protection of done.protections) attempt(() => protection.remove());
  // Right to left, so each insertion is still where it was made.
  for (const { first, count } of [...done.inserted].reverse())
    if (!attempt(() => sheet.deleteColumns(first, count))) return;
  if (done.rulesWritten) attempt(() => sheet.setConditionalFormatRules(rulesBefore));
}
