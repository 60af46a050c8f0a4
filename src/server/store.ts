/**
 * What Bussola CX keeps in this spreadsheet, one row each in a hidden sheet: assessments, models
 * saved to the file's library, and model drafts. Read with one getValues, written a row at a time.
 */

import {
  DRAFT_KEY_PREFIX,
  draftKey,
  MODEL_KEY_PREFIX,
  type ModelDraft,
  modelKey,
  NO_TEAM,
  type RowReading,
  recordToRow,
  rowToDraft,
  rowToModel,
  rowToRecord,
  rowToTeam,
  STORE_SHEET_NAME,
  type StoredAssessment,
  TEAM_KEY,
  type Team,
  toRow,
} from "../core/assessment/storage";
import { asLiteralText } from "../core/layout/plan";
import type { Model } from "../core/model/schema";
import { attempt } from "./endpoint";
import { protectSheet } from "./renderer";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER =
  "Bussola CX: model and settings of each assessment (JSON). Do not edit · Modello e impostazioni di ogni valutazione (JSON). Non modificare.";

const keyOf = (row: readonly unknown[]) => String(row[0] ?? "");
const isAssessment = (key: string) =>
  key !== "" &&
  key !== TEAM_KEY &&
  !key.startsWith(MODEL_KEY_PREFIX) &&
  !key.startsWith(DRAFT_KEY_PREFIX);

export class AssessmentStore {
  private constructor(
    private readonly spreadsheet: Spreadsheet,
    private sheet_: Sheet | null,
    private readonly rows: unknown[][],
  ) {}

  static open(spreadsheet: Spreadsheet): AssessmentStore {
    const sheet = spreadsheet.getSheetByName(STORE_SHEET_NAME);
    const rows = sheet === null ? [] : sheet.getDataRange().getValues();
    return new AssessmentStore(spreadsheet, sheet, rows);
  }

  private rowsWhere(test: (key: string) => boolean): unknown[][] {
    return this.rows.slice(1).filter((row) => test(keyOf(row)));
  }

  /** Every stored assessment read back, in creation order; unreadable rows are reported, not dropped. */
  readings(): RowReading[] {
    return this.rowsWhere(isAssessment).map(rowToRecord);
  }

  records(): StoredAssessment[] {
    return this.readings().flatMap((reading) => (reading.ok ? [reading.record] : []));
  }

  find(id: string): RowReading | null {
    return (
      this.readings().find((reading) => (reading.ok ? reading.record.id : reading.id) === id) ??
      null
    );
  }

  /** Models saved to this file, oldest first. */
  models(): Model[] {
    return this.rowsWhere((key) => key.startsWith(MODEL_KEY_PREFIX)).flatMap(
      (row) => rowToModel(row) ?? [],
    );
  }

  /** Library rows that no longer read back as a valid model, by "id@version". */
  unreadableModels(): string[] {
    return this.rowsWhere((key) => key.startsWith(MODEL_KEY_PREFIX))
      .filter((row) => rowToModel(row) === null)
      .map((row) => keyOf(row).slice(MODEL_KEY_PREFIX.length));
  }

  drafts(): ModelDraft[] {
    return this.rowsWhere((key) => key.startsWith(DRAFT_KEY_PREFIX)).flatMap(
      (row) => rowToDraft(row) ?? [],
    );
  }

  /** The hidden sheet the store lives in; null until something is first saved. */
  sheet(): Sheet | null {
    return this.sheet_;
  }

  /** The hidden sheet, made (and protected) now if nothing was saved to this file before. */
  ensureSheet(): Sheet {
    return this.sheet_ ?? this.create();
  }

  /** The file's consultants; none when the row is missing or unreadable. */
  team(): Team {
    const row = this.rowsWhere((key) => key === TEAM_KEY)[0];
    return (row === undefined ? null : rowToTeam(row)) ?? NO_TEAM;
  }

  saveTeam(team: Team): void {
    this.write(toRow(TEAM_KEY, team));
  }

  save(record: StoredAssessment): void {
    this.write(recordToRow(record));
  }

  saveModel(model: Model): void {
    this.write(toRow(modelKey(model), model));
  }

  saveDraft(draft: ModelDraft): void {
    this.write(toRow(draftKey(draft.sheet.id), draft));
  }

  private write(cells: string[]): void {
    const sheet = this.sheet_ ?? this.create();
    const row = cells.map(asLiteralText);
    let index = this.rows.findIndex((existing, i) => i > 0 && keyOf(existing) === cells[0]);
    if (index < 0) index = Math.max(this.rows.length, 1);
    const previous = this.rows[index] ?? [];
    // Overwrite leftovers of a longer earlier version of this row with blanks.
    const width = Math.max(row.length, previous.length);
    const padded = Array.from({ length: width }, (_, c) => row[c] ?? "");
    // Writing outside the grid fails in Sheets: a new sheet has 1000 rows and 26 columns.
    const maxRows = sheet.getMaxRows();
    if (index + 1 > maxRows) sheet.insertRowsAfter(maxRows, index + 1 - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
    sheet.getRange(index + 1, 1, 1, width).setValues([padded]);
    // Remember what getValues will read back: the text without its quote prefix.
    this.rows[index] = Array.from({ length: width }, (_, c) => cells[c] ?? "");
  }

  private create(): Sheet {
    const sheet = this.spreadsheet.insertSheet(STORE_SHEET_NAME, this.spreadsheet.getNumSheets());
    try {
      sheet.getRange(1, 1).setValue(HEADER);
      sheet.hideSheet();
      // Only the consultants may change what scoring relies on; respondents are editors of the file.
      protectSheet(sheet, "Bussola CX", [], this.team().consultants);
    } catch (error) {
      // Never a data sheet left unprotected: the next save makes it again.
      attempt(() => this.spreadsheet.deleteSheet(sheet));
      throw error;
    }
    this.sheet_ = sheet;
    this.rows[0] = [HEADER];
    return sheet;
  }
}
