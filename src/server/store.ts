/**
 * The assessments stored in this spreadsheet: one row each in a hidden sheet, read with one
 * getValues and written one row at a time.
 */
import { asLiteralText } from "../core/layout/plan";
import {
  type RowReading,
  recordToRow,
  rowToRecord,
  STORE_SHEET_NAME,
  type StoredAssessment,
} from "../core/storage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER =
  "Bussola CX: model and settings of each assessment (JSON). Do not edit · Modello e impostazioni di ogni valutazione (JSON). Non modificare.";

export class AssessmentStore {
  private constructor(
    private readonly spreadsheet: Spreadsheet,
    private sheet: Sheet | null,
    private readonly rows: unknown[][],
  ) {}

  static open(spreadsheet: Spreadsheet): AssessmentStore {
    const sheet = spreadsheet.getSheetByName(STORE_SHEET_NAME);
    const rows = sheet === null ? [] : sheet.getDataRange().getValues();
    return new AssessmentStore(spreadsheet, sheet, rows);
  }

  /** Every stored row read back, in creation order; unreadable rows are reported, not dropped. */
  readings(): RowReading[] {
    return this.rows
      .slice(1)
      .filter((row) => String(row[0] ?? "") !== "")
      .map(rowToRecord);
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

  save(record: StoredAssessment): void {
    const sheet = this.sheet ?? this.create();
    const row = recordToRow(record).map(asLiteralText);
    let index = this.rows.findIndex((existing, i) => i > 0 && existing[0] === record.id);
    if (index < 0) index = Math.max(this.rows.length, 1);
    const previous = this.rows[index] ?? [];
    // Overwrite leftovers of a longer earlier version of this record with blanks.
    const width = Math.max(row.length, previous.length);
    const padded = Array.from({ length: width }, (_, c) => row[c] ?? "");
    const maxColumns = sheet.getMaxColumns();
    if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
    sheet.getRange(index + 1, 1, 1, width).setValues([padded]);
    this.rows[index] = padded;
  }

  private create(): Sheet {
    const sheet = this.spreadsheet.insertSheet(STORE_SHEET_NAME, this.spreadsheet.getNumSheets());
    sheet.getRange(1, 1).setValue(HEADER);
    sheet.hideSheet();
    // Warn anyone who opens it; the add-on itself is never blocked by a warning.
    sheet.protect().setDescription("Bussola CX").setWarningOnly(true);
    this.sheet = sheet;
    this.rows[0] = [HEADER];
    return sheet;
  }
}
