/** Sheet: grid size, frozen panes, visibility, rules, charts and protections of one tab. */
import { fromA1 } from "./a1";
import { MemoryEmbeddedChart, MemoryEmbeddedChartBuilder } from "./charts";
import { enumName } from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import { type ChartModel, cloneChart, type MetadataModel, type ProtectionModel } from "./model";
import { MemoryProtection } from "./protection";
import { checkMatrix, MemoryRange, MemoryRangeList, makeRange } from "./range";
import { MemoryConditionalFormatRule, MemoryDeveloperMetadata, readMetadataArgs } from "./rules";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetModel } from "./sheet-model";
import { MemorySpreadsheet } from "./spreadsheet";
import type { MemoryWorkbook } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type SheetMethods =
  | "activate"
  | "addDeveloperMetadata"
  | "appendRow"
  | "autoResizeColumns"
  | "clear"
  | "clearConditionalFormatRules"
  | "clearContents"
  | "clearFormats"
  | "clearNotes"
  | "deleteColumn"
  | "deleteColumns"
  | "deleteRow"
  | "deleteRows"
  | "getCharts"
  | "getColumnWidth"
  | "getConditionalFormatRules"
  | "getDataRange"
  | "getDeveloperMetadata"
  | "getFrozenColumns"
  | "getFrozenRows"
  | "getIndex"
  | "getLastColumn"
  | "getLastRow"
  | "getMaxColumns"
  | "getMaxRows"
  | "getName"
  | "getParent"
  | "getProtections"
  | "getRange"
  | "getRangeList"
  | "getRowHeight"
  | "getSheetId"
  | "getSheetName"
  | "getSheetValues"
  | "getTabColor"
  | "hasHiddenGridlines"
  | "hideColumn"
  | "hideColumns"
  | "hideRow"
  | "hideRows"
  | "hideSheet"
  | "insertChart"
  | "insertColumnAfter"
  | "insertColumnBefore"
  | "insertColumns"
  | "insertColumnsAfter"
  | "insertColumnsBefore"
  | "insertRowAfter"
  | "insertRowBefore"
  | "insertRows"
  | "insertRowsAfter"
  | "insertRowsBefore"
  | "isColumnHiddenByUser"
  | "isRowHiddenByUser"
  | "isSheetHidden"
  | "newChart"
  | "protect"
  | "removeChart"
  | "setColumnWidth"
  | "setColumnWidths"
  | "setConditionalFormatRules"
  | "setFrozenColumns"
  | "setFrozenRows"
  | "setHiddenGridlines"
  | "setName"
  | "setRowHeight"
  | "setRowHeights"
  | "setTabColor"
  | "showColumns"
  | "showRows"
  | "showSheet"
  | "unhideColumn"
  | "unhideRow"
  | "updateChart";

export const MAX_SHEET_NAME = 100;

/** Sheets refuses duplicate names regardless of case (unverified: assumed from the UI). */
export function checkSheetName(wb: MemoryWorkbook, name: string, self?: SheetModel): void {
  if (name.trim() === "") throw new Error("Sheet names cannot be empty.");
  if (name.length > MAX_SHEET_NAME) {
    throw new Error(`The sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
  }
  const clash = wb.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash)
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

const span = (start: number, count = 1): number[] =>
  Array.from({ length: count }, (_, i) => start + i);

export class MemorySheet extends ApiObject implements ApiShape<Sheet, SheetMethods> {
  readonly [API_NAME] = "Sheet";

  constructor(
    readonly wb: MemoryWorkbook,
    readonly model: SheetModel,
  ) {
    super();
  }

  // ---- identity ---------------------------------------------------------------------------

  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(name: string): this {
    checkSheetName(this.wb, name, this.model);
    this.model.name = name;
    return this;
  }
  getSheetId(): number {
    return this.model.sheetId;
  }
  getIndex(): number {
    return this.wb.sheets.indexOf(this.model) + 1;
  }
  getParent(): MemorySpreadsheet {
    return new MemorySpreadsheet(this.wb);
  }
  activate(): this {
    this.wb.activeSheet = this.model;
    return this;
  }

  // ---- ranges -----------------------------------------------------------------------------

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): MemoryRange {
    if (typeof rowOrA1 === "string") {
      const { sheetName } = fromA1(rowOrA1);
      const sheet = sheetName === null ? this.model : this.wb.findSheet(sheetName);
      if (!sheet) throw new Error("Range not found");
      const parsed = fromA1(rowOrA1, sheet);
      return makeRange(this.wb, sheet, parsed, parsed.bounds);
    }
    return makeRange(this.wb, this.model, {
      row: rowOrA1,
      column: column ?? Number.NaN,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }
  getRangeList(a1Notations: string[]): MemoryRangeList {
    return new MemoryRangeList(a1Notations.map((a1) => this.getRange(a1)));
  }
  getDataRange(): MemoryRange {
    return makeRange(this.wb, this.model, this.model.dataRect());
  }
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const rows = numRows === -1 ? this.model.lastRow - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.model.lastColumn - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, columns).getValues();
  }
  getLastRow(): number {
    return this.model.lastRow;
  }
  getLastColumn(): number {
    return this.model.lastColumn;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  /** One call, same text/formula rules as setValues; the row after the last row with content. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this.model.lastRow + 1;
    const range = makeRange(this.wb, this.model, {
      row,
      column: 1,
      numRows: 1,
      numColumns: rowContents.length,
    });
    range.setValues(checkMatrix([rowContents], range.rect, "appendRow"));
    return this;
  }

  // ---- rows and columns -------------------------------------------------------------------

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.model.shiftRows(beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsBefore(afterPosition + 1, howMany);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsBefore(afterPosition + 1, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.model.maxRows) {
      throw new Error("Those rows are out of bounds.");
    }
    if (howMany >= this.model.maxRows)
      throw new Error("You can't delete all the rows on the sheet.");
    this.model.shiftRows(rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.model.shiftColumns(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsBefore(afterPosition + 1, howMany);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsBefore(afterPosition + 1, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.model.maxColumns) {
      throw new Error("Those columns are out of bounds.");
    }
    if (howMany >= this.model.maxColumns)
      throw new Error("You can't delete all the columns on the sheet.");
    this.model.shiftColumns(columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (const c of span(startColumn, numColumns)) this.model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this;
  }
  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (const r of span(startRow, numRows)) this.model.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (const r of span(rowIndex, numRows)) this.model.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (const r of span(rowIndex, numRows)) this.model.hiddenRows.delete(r);
  }
  hideRow(row: GoogleAppsScript.Spreadsheet.Range): void {
    const { rect } = expectInstance(row, MemoryRange, "row");
    this.hideRows(rect.row, rect.numRows);
  }
  unhideRow(row: GoogleAppsScript.Spreadsheet.Range): void {
    const { rect } = expectInstance(row, MemoryRange, "row");
    this.showRows(rect.row, rect.numRows);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.model.hiddenRows.has(rowPosition);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (const c of span(columnIndex, numColumns)) this.model.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (const c of span(columnIndex, numColumns)) this.model.hiddenColumns.delete(c);
  }
  hideColumn(column: GoogleAppsScript.Spreadsheet.Range): void {
    const { rect } = expectInstance(column, MemoryRange, "column");
    this.hideColumns(rect.column, rect.numColumns);
  }
  unhideColumn(column: GoogleAppsScript.Spreadsheet.Range): void {
    const { rect } = expectInstance(column, MemoryRange, "column");
    this.showColumns(rect.column, rect.numColumns);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }

  // ---- the tab ----------------------------------------------------------------------------

  hideSheet(): this {
    if (!this.model.hidden && this.wb.sheets.filter((s) => !s.hidden).length === 1) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  setTabColor(color: string | null): this {
    this.model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  setHiddenGridlines(hideGridlines: boolean): this {
    this.model.hiddenGridlines = hideGridlines;
    return this;
  }
  hasHiddenGridlines(): boolean {
    return this.model.hiddenGridlines;
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    this.wholeSheet().clear(options);
    return this;
  }
  clearContents(): this {
    this.wholeSheet().clearContent();
    return this;
  }
  clearFormats(): this {
    this.wholeSheet().clearFormat();
    return this;
  }
  clearNotes(): this {
    this.wholeSheet().clearNote();
    return this;
  }

  // ---- conditional formats, protections, metadata ------------------------------------------

  /** Replaces all of the sheet's rules, as Sheets does. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.model.conditionalRules = rules.map((rule) => ({
      ...expectInstance(rule, MemoryConditionalFormatRule, "rules").model,
    }));
  }
  getConditionalFormatRules(): MemoryConditionalFormatRule[] {
    return this.model.conditionalRules.map(
      (rule) => new MemoryConditionalFormatRule(this.wb, { ...rule }),
    );
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
  }
  /** The sheet's protection; a second call returns the existing one. */
  protect(): MemoryProtection {
    let model = this.model.protections.find((p) => p.type === "SHEET");
    if (!model) {
      model = {
        id: this.wb.nextId(),
        type: "SHEET",
        rect: null,
        description: "",
        editors: [...this.wb.editors],
        unprotected: [],
        warningOnly: false,
        domainEdit: false,
      } satisfies ProtectionModel;
      this.model.protections.push(model);
    }
    return new MemoryProtection(this.wb, this.model, model);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): MemoryProtection[] {
    return this.model.protections
      .filter((p) => p.type === enumName(type))
      .map((p) => new MemoryProtection(this.wb, this.model, p));
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.model.developerMetadata.push(
      readMetadataArgs(this.wb, key, valueOrVisibility, visibility),
    );
    return this;
  }
  getDeveloperMetadata(): MemoryDeveloperMetadata[] {
    const list: MetadataModel[] = this.model.developerMetadata;
    return list.map((m) => new MemoryDeveloperMetadata(list, m));
  }

  // ---- charts -----------------------------------------------------------------------------

  newChart(): MemoryEmbeddedChartBuilder {
    return new MemoryEmbeddedChartBuilder(this.wb, this.model);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const model: ChartModel = cloneChart(expectInstance(chart, MemoryEmbeddedChart, "chart").model);
    if (model.id !== null && this.model.charts.some((c) => c.id === model.id)) {
      throw new Error("The chart is already in the sheet; use updateChart.");
    }
    model.id = model.id ?? this.wb.nextId();
    this.model.charts.push(model);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const model = cloneChart(expectInstance(chart, MemoryEmbeddedChart, "chart").model);
    const at = this.model.charts.findIndex((c) => c.id !== null && c.id === model.id);
    if (at < 0) throw new Error("Chart not found on this sheet.");
    this.model.charts[at] = model;
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = expectInstance(chart, MemoryEmbeddedChart, "chart").model.id;
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
  }
  getCharts(): MemoryEmbeddedChart[] {
    return this.model.charts.map(
      (c) => new MemoryEmbeddedChart(this.wb, this.model, cloneChart(c)),
    );
  }

  private wholeSheet(): MemoryRange {
    return makeRange(this.wb, this.model, {
      row: 1,
      column: 1,
      numRows: this.model.maxRows,
      numColumns: this.model.maxColumns,
    });
  }
}
