/** Sheet: grid size, frozen panes, visibility, rules, charts and the protection of one tab. */
import { fromA1 } from "./a1";
import { MemoryEmbeddedChart, MemoryEmbeddedChartBuilder } from "./charts";
import { enumName } from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import { cloneChart, FORMAT_KEYS, type ProtectionModel } from "./model";
import { MemoryProtection } from "./protection";
import { checkMatrix, type MemoryRange, MemoryRangeList, makeRange } from "./range";
import { MemoryConditionalFormatRule } from "./rules";
import type { SheetModel } from "./sheet-model";
import type { MemoryWorkbook } from "./workbook";

type SheetMethods =
  | "appendRow"
  | "clear"
  | "clearConditionalFormatRules"
  | "getCharts"
  | "getConditionalFormatRules"
  | "getDataRange"
  | "getLastRow"
  | "getMaxColumns"
  | "getMaxRows"
  | "getName"
  | "getProtections"
  | "getRange"
  | "getRangeList"
  | "getSheetId"
  | "hideRows"
  | "hideSheet"
  | "insertChart"
  | "deleteColumns"
  | "deleteRows"
  | "insertColumnsAfter"
  | "insertColumnsBefore"
  | "insertRowsAfter"
  | "newChart"
  | "protect"
  | "removeChart"
  | "setColumnWidths"
  | "setRowHeights"
  | "setConditionalFormatRules"
  | "setFrozenColumns"
  | "setFrozenRows"
  | "setTabColor";

/** A sheet's protections of one ProtectionType ("SHEET" or "RANGE"). */
export function sheetProtections(
  wb: MemoryWorkbook,
  sheet: SheetModel,
  type: string,
): MemoryProtection[] {
  const models =
    type === "SHEET" ? sheet.protections : type === "RANGE" ? sheet.rangeProtections : [];
  return models.map((p) => new MemoryProtection(wb, sheet, p));
}

/** Sheets' limit on a sheet name's length (unverified; core's names keep within it). */
export const MAX_SHEET_NAME = 100;

/**
 * Sheets refuses a name another sheet has, whatever its case (third-party report:
 * socialpoint-labs/sheetfu#26; not in Google's reference).
 */
export function checkSheetName(wb: MemoryWorkbook, name: string): void {
  if (name.trim() === "") throw new Error("Sheet names cannot be empty.");
  if (name.length > MAX_SHEET_NAME) {
    throw new Error(`The sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
  }
  if (wb.findSheet(name))
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

export class MemorySheet
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods>
{
  readonly [API_NAME] = "Sheet";

  constructor(
    readonly wb: MemoryWorkbook,
    readonly model: SheetModel,
  ) {
    super();
  }

  getName(): string {
    return this.model.name;
  }
  getSheetId(): number {
    return this.model.sheetId;
  }

  // ---- ranges -----------------------------------------------------------------------------

  /** (row, column[, numRows[, numColumns]]) or A1 text; either way inside the grid or it throws. */
  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): MemoryRange {
    if (typeof rowOrA1 === "string") {
      const { sheetName } = fromA1(rowOrA1, this.model);
      const sheet = sheetName === null ? this.model : this.wb.findSheet(sheetName);
      if (!sheet) throw new Error("Range not found");
      return makeRange(this.wb, sheet, fromA1(rowOrA1, sheet));
    }
    return makeRange(this.wb, this.model, {
      row: rowOrA1,
      column: column ?? Number.NaN,
      rows: numRows ?? 1,
      columns: numColumns ?? 1,
    });
  }
  getRangeList(a1Notations: string[]): MemoryRangeList {
    return new MemoryRangeList(a1Notations.map((a1) => this.getRange(a1)));
  }
  getDataRange(): MemoryRange {
    return makeRange(this.wb, this.model, this.model.dataBox());
  }
  getLastRow(): number {
    return this.model.lastRow;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  /**
   * One call: writes after the last row with content, with setValues' text and formula rules.
   * A full grid gains a row ("appends"; the growth itself is unverified); the row must fit the
   * grid's columns (unverified).
   */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this.model.lastRow + 1;
    if (row > this.model.maxRows) this.model.insertRows(row, row - this.model.maxRows);
    const box = { row, column: 1, rows: 1, columns: rowContents.length };
    makeRange(this.wb, this.model, box).setValues(checkMatrix([rowContents], box, "appendRow"));
    return this;
  }

  // ---- rows and columns -------------------------------------------------------------------

  /** Positions must lie in the grid (the messages are the ones Sheets gives for other methods). */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, this.model.maxRows, "rows");
    this.model.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, this.model.maxColumns, "columns");
    this.model.insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.checkPosition(beforePosition, this.model.maxColumns, "columns");
    this.model.insertColumns(beforePosition, howMany);
    return this;
  }
  /** Used to take back a History line a failed Score appended. */
  deleteRows(rowPosition: number, howMany: number): this {
    this.checkPosition(rowPosition, this.model.maxRows, "rows");
    this.checkPosition(rowPosition + howMany - 1, this.model.maxRows, "rows");
    this.model.deleteRows(rowPosition, howMany);
    return this;
  }
  /** Used to undo columns a failed Add respondents inserted. */
  deleteColumns(columnPosition: number, howMany: number): this {
    this.checkPosition(columnPosition, this.model.maxColumns, "columns");
    this.checkPosition(columnPosition + howMany - 1, this.model.maxColumns, "columns");
    this.model.deleteColumns(columnPosition, howMany);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.model.columnWidths.set(c, width);
    return this;
  }
  /** Sheet.setRowHeights: the rows keep the height (they move with inserted and deleted rows). */
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this.model.rowHeights.set(r, height);
    return this;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.model.hiddenRows.add(r);
  }

  // ---- the tab ----------------------------------------------------------------------------

  hideSheet(): this {
    if (!this.model.hidden && this.wb.sheets.filter((s) => !s.hidden).length === 1) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    return this;
  }
  setTabColor(color: string | null): this {
    this.model.tabColor = color;
    return this;
  }
  /**
   * "Clears the sheet of content and formatting information" (Sheet.clear reference). Notes,
   * dropdowns and merges stay: whether Sheets clears them too is unverified, and keeping them is
   * the stricter test of a re-render.
   */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    const contents = !options?.formatOnly || Boolean(options.contentsOnly);
    const formats = !options?.contentsOnly || Boolean(options.formatOnly);
    for (const line of this.model.rows.values()) {
      for (const cell of line.values()) {
        if (contents) {
          cell.value = null;
          cell.formula = null;
        }
        if (formats) for (const key of FORMAT_KEYS) cell[key] = null;
      }
    }
    return this;
  }

  // ---- conditional formats, protection ----------------------------------------------------

  /** Replaces all of the sheet's rules, as Sheets does (PLATFORM.md). */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.model.conditionalRules = rules.map((rule) => ({
      ...expectInstance(rule, MemoryConditionalFormatRule, "rules").model,
    }));
  }
  getConditionalFormatRules(): MemoryConditionalFormatRule[] {
    return this.model.conditionalRules.map((rule) => new MemoryConditionalFormatRule({ ...rule }));
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
  }
  /**
   * The sheet's protection, starting with the file's editors and mirroring the file's permissions
   * until the script changes its editors; "if the sheet is already protected, this method returns
   * an object representing its existing protection settings" (Sheet.protect).
   */
  protect(): MemoryProtection {
    let model = this.model.protections[0];
    if (!model) {
      model = {
        id: this.wb.nextId(),
        description: "",
        editors: [...this.wb.editors],
        unprotected: [],
        warningOnly: false,
        domainEdit: false,
        mirrorsFile: true,
      } satisfies ProtectionModel;
      this.model.protections.push(model);
    }
    return new MemoryProtection(this.wb, this.model, model);
  }
  /** The sheet protection (SHEET) or the sheet's range protections (RANGE), oldest first. */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): MemoryProtection[] {
    return sheetProtections(this.wb, this.model, enumName(type));
  }

  // ---- charts -----------------------------------------------------------------------------

  newChart(): MemoryEmbeddedChartBuilder {
    return new MemoryEmbeddedChartBuilder();
  }
  /** The anchor cell must lie in the grid (PLATFORM.md); the message is unverified. */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const model = cloneChart(expectInstance(chart, MemoryEmbeddedChart, "chart").model);
    const anchor = { row: model.anchorRow, column: model.anchorColumn, rows: 1, columns: 1 };
    if (!this.model.inGrid(anchor)) {
      throw new Error("The chart's anchor cell is outside the dimensions of the sheet.");
    }
    model.id = this.wb.nextId();
    this.model.charts.push(model);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = expectInstance(chart, MemoryEmbeddedChart, "chart").model.id;
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
  }
  getCharts(): MemoryEmbeddedChart[] {
    return this.model.charts.map((c) => new MemoryEmbeddedChart(cloneChart(c)));
  }

  private checkPosition(position: number, max: number, what: "rows" | "columns"): void {
    if (!Number.isInteger(position) || position < 1 || position > max)
      throw new Error(`Those ${what} are out of bounds.`);
  }
}
