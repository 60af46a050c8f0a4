/** Range and RangeList: reading and writing cells. */
import type { Box } from "../core/layout/a1";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import type { CellFormat, CellModel, RangeProtectionModel } from "./model";
import { MemoryProtection } from "./protection";
import { MemoryDataValidation } from "./rules";
import { boxesOverlap, type SheetModel } from "./sheet-model";
import { type CellValue, isDate, parseInput } from "./values";
import type { MemoryWorkbook } from "./workbook";

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HAlign = "left" | "center" | "normal" | "right" | null;
type VAlign = "top" | "middle" | "bottom" | null;

/**
 * Builds a range, failing as Apps Script does for bad coordinates. Outside the grid Sheets says
 * "The coordinates of the range are outside the dimensions of the sheet." (an execution log in
 * diegomanuel/binance-to-google-sheets#19); a script must grow the sheet first.
 */
export function makeRange(wb: MemoryWorkbook, sheet: SheetModel, box: Box): MemoryRange {
  const { row, column, rows, columns } = box;
  if (!Number.isInteger(row) || row < 1)
    throw new Error("The starting row of the range is too small.");
  if (!Number.isInteger(column) || column < 1)
    throw new Error("The starting column of the range is too small.");
  if (!(rows >= 1)) throw new Error("The number of rows in the range must be at least 1.");
  if (!(columns >= 1)) throw new Error("The number of columns in the range must be at least 1.");
  if (!sheet.inGrid(box))
    throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
  return new MemoryRange(wb, sheet, { row, column, rows, columns });
}

const describe = (x: unknown): string => {
  if (Array.isArray(x)) return `${x.length > 0 && !Array.isArray(x[0]) ? "Object" : "Object[]"}[]`;
  if (x === null) return "null";
  if (typeof x === "object") return "Object";
  return typeof x === "string" ? "String" : typeof x;
};

/** Checks a 2D argument against the range size, with Apps Script's messages. */
export function checkMatrix(data: unknown, box: Box, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new Error(
      `The parameters (${describe(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = data as unknown[][];
  if (rows.length !== box.rows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${box.rows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== box.columns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${box.columns}.`,
      );
    }
  }
  return rows;
}

const readValue = (cell: CellModel): CellValue | string => {
  const v = cell.value;
  return v === null ? "" : isDate(v) ? new Date(v.getTime()) : v;
};

type RangeMethods =
  | "breakApart"
  | "getFormulas"
  | "getMergedRanges"
  | "getNotes"
  | "getValues"
  | "isPartOfMerge"
  | "merge"
  | "mergeAcross"
  | "protect"
  | "setBackgrounds"
  | "setDataValidations"
  | "setFontColors"
  | "setFontSize"
  | "setFontWeights"
  | "setFormulas"
  | "setHorizontalAlignments"
  | "setNotes"
  | "setNumberFormats"
  | "setValue"
  | "setValues"
  | "setVerticalAlignment"
  | "setWraps";

export class MemoryRange
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.Range, RangeMethods>
{
  readonly [API_NAME] = "Range";

  constructor(
    readonly wb: MemoryWorkbook,
    readonly sheet: SheetModel,
    readonly box: Box,
  ) {
    super();
  }

  // ---- values -----------------------------------------------------------------------------

  getValues(): (CellValue | string)[][] {
    const { row, column, rows, columns } = this.box;
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => readValue(this.sheet.cellAt(row + i, column + j))),
    );
  }
  /** "" where a cell holds no formula (Google's reference), so the grid lines up with getValues. */
  getFormulas(): string[][] {
    const { row, column, rows, columns } = this.box;
    return Array.from({ length: rows }, (_, i) =>
      Array.from(
        { length: columns },
        (_, j) => this.sheet.cellAt(row + i, column + j).formula ?? "",
      ),
    );
  }
  /** Each cell parses the value against its own number format (plain text keeps text). */
  setValue(value: unknown): this {
    this.sheet.forEachCell(this.box, (cell) => this.write(cell, value));
    return this;
  }
  setValues(values: unknown[][]): this {
    this.eachWith(checkMatrix(values, this.box, "setValues"), (cell, value) =>
      this.write(cell, value),
    );
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.eachWith(checkMatrix(formulas, this.box, "setFormulas"), (cell, value) =>
      this.write(cell, value),
    );
    return this;
  }
  getNotes(): string[][] {
    const { row, column, rows, columns } = this.box;
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => this.sheet.cellAt(row + i, column + j).note),
    );
  }
  setNotes(notes: (string | null)[][]): this {
    this.eachWith(checkMatrix(notes, this.box, "setNotes"), (cell, note) => {
      cell.note = note === null || note === undefined ? "" : String(note);
    });
    return this;
  }

  // ---- formats ----------------------------------------------------------------------------

  setBackgrounds(colors: (string | null)[][]): this {
    return this.setFormats("background", colors, "setBackgrounds");
  }
  setFontColors(colors: unknown[][]): this {
    return this.setFormats("fontColor", colors, "setFontColors");
  }
  setFontWeights(fontWeights: ("normal" | "bold" | null)[][]): this {
    return this.setFormats("fontWeight", fontWeights, "setFontWeights");
  }
  setFontSize(size: number): this {
    this.sheet.forEachCell(this.box, (cell) => {
      cell.fontSize = size;
    });
    return this;
  }
  setHorizontalAlignments(alignments: HAlign[][]): this {
    return this.setFormats("horizontalAlignment", alignments, "setHorizontalAlignments");
  }
  setVerticalAlignment(alignment: VAlign): this {
    this.sheet.forEachCell(this.box, (cell) => {
      cell.verticalAlignment = alignment;
    });
    return this;
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setFormats("wrap", isWrapEnabled, "setWraps");
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this.setFormats("numberFormat", numberFormats, "setNumberFormats");
  }

  // ---- validation -------------------------------------------------------------------------

  setDataValidations(rules: (DataValidation | null)[][]): this {
    const models = checkMatrix(rules, this.box, "setDataValidations").map((row) =>
      row.map((rule) =>
        rule === null ? null : expectInstance(rule, MemoryDataValidation, "rules").model,
      ),
    );
    this.eachWith(models, (cell, model) => {
      cell.dataValidation = model;
    });
    return this;
  }

  // ---- merges -----------------------------------------------------------------------------

  /**
   * "Merges the cells in the range together into a single block" (Range.merge). Only the top-left
   * value stays (unverified); merges inside the range give way, one the range cuts throws.
   */
  merge(): this {
    this.sheet.merge(this.box, [this.box]);
    return this;
  }
  /** "Merge the cells in the range across the columns of the range": one block per row. */
  mergeAcross(): this {
    const { row, column, rows, columns } = this.box;
    const lines = Array.from({ length: rows }, (_, i) => ({
      row: row + i,
      column,
      rows: 1,
      columns,
    }));
    this.sheet.merge(this.box, lines);
    return this;
  }
  /** Unmerges the merges inside the range (Range.breakApart); one the range cuts throws. */
  breakApart(): this {
    this.sheet.breakApart(this.box);
    return this;
  }
  /** "Merged cells that either are fully within the current range, or contain at least one cell". */
  getMergedRanges(): MemoryRange[] {
    return this.sheet.merges
      .filter((m) => boxesOverlap(m, this.box))
      .sort((a, b) => a.row - b.row || a.column - b.column)
      .map((m) => new MemoryRange(this.wb, this.sheet, { ...m }));
  }
  /** "True if the cells in the current range overlap any merged cells" (Range.isPartOfMerge). */
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => boxesOverlap(m, this.box));
  }

  // ---- protection -------------------------------------------------------------------------

  /**
   * A new range protection each call, even over a protected range (Range.protect: "creates a new
   * protected range that overlaps the existing one"). It starts with the file's editors and,
   * until the script changes its editors or domain edit, "the permissions mirror those of the
   * spreadsheet itself, which effectively means that the range remains unprotected".
   */
  protect(): MemoryProtection {
    const model: RangeProtectionModel = {
      id: this.wb.nextId(),
      range: { ...this.box },
      description: "",
      editors: [...this.wb.editors],
      warningOnly: false,
      domainEdit: false,
      mirrorsFile: true,
    };
    this.sheet.rangeProtections.push(model);
    return new MemoryProtection(this.wb, this.sheet, model);
  }

  // ---- helpers (module-internal; scripts never see them through the API types) -------------

  private write(cell: CellModel, value: unknown): void {
    const parsed = parseInput(value, {
      locale: this.wb.locale,
      numberFormat: cell.numberFormat,
      writer: "script",
    });
    cell.value = parsed.value;
    cell.formula = parsed.formula;
  }
  private eachWith<T>(data: T[][], edit: (cell: CellModel, value: T) => void): void {
    this.sheet.forEachCell(this.box, (cell, r, c) => {
      edit(cell, data[r - this.box.row]?.[c - this.box.column] as T);
    });
  }
  private setFormats<K extends keyof CellFormat>(
    key: K,
    values: unknown[][],
    method: string,
  ): this {
    this.eachWith(checkMatrix(values, this.box, method), (cell: CellFormat, v) => {
      cell[key] = (v ?? null) as CellFormat[K];
    });
    return this;
  }
}

/** What Sheet.getRangeList returns; the add-on only takes its ranges apart again. */
export class MemoryRangeList
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.RangeList, "getRanges">
{
  readonly [API_NAME] = "RangeList";

  constructor(readonly ranges: MemoryRange[]) {
    super();
  }

  getRanges(): MemoryRange[] {
    return [...this.ranges];
  }
}
