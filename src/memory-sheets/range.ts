/** Range and RangeList: reading and writing cells. */
import {
  ALL_BOUNDED,
  type GridRect,
  type RangeBounds,
  rectInside,
  rectsOverlap,
  rectToA1,
} from "./a1";
import { BorderStyle, enumName, member, WrapStrategy } from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import {
  type BorderLine,
  type CellBorders,
  type CellFormat,
  type CellModel,
  FORMAT_DEFAULTS,
  FORMAT_KEYS,
} from "./model";
import { MemoryProtection } from "./protection";
import { MemoryDataValidation } from "./rules";
import { MemorySheet } from "./sheet";
import type { SheetModel } from "./sheet-model";
import { type CellValue, displayValue, isDate, parseInput } from "./values";
import type { MemoryWorkbook } from "./workbook";

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HAlign = "left" | "center" | "normal" | "right" | null;
type VAlign = "top" | "middle" | "bottom" | null;
type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};

/** Builds a range, failing with Apps Script's messages for bad coordinates. */
export function makeRange(
  wb: MemoryWorkbook,
  sheet: SheetModel,
  rect: GridRect,
  bounds: RangeBounds = ALL_BOUNDED,
): MemoryRange {
  if (!Number.isInteger(rect.row) || rect.row < 1)
    throw new Error("The starting row of the range is too small.");
  if (!Number.isInteger(rect.column) || rect.column < 1) {
    throw new Error("The starting column of the range is too small.");
  }
  if (!(rect.numRows >= 1)) throw new Error("The number of rows in the range must be at least 1.");
  if (!(rect.numColumns >= 1))
    throw new Error("The number of columns in the range must be at least 1.");
  const { row, column, numRows, numColumns } = rect;
  return new MemoryRange(wb, sheet, { row, column, numRows, numColumns }, bounds);
}

const describe = (x: unknown): string => {
  if (Array.isArray(x)) return `${x.length > 0 && !Array.isArray(x[0]) ? "Object" : "Object[]"}[]`;
  if (x === null) return "null";
  return typeof x === "object"
    ? "Object"
    : typeof x === "string"
      ? "String"
      : typeof x === "number"
        ? "number"
        : typeof x;
};

/** Checks a 2D argument against the range size, with Apps Script's messages. */
export function checkMatrix(data: unknown, rect: GridRect, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new Error(
      `The parameters (${describe(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = data as unknown[][];
  if (rows.length !== rect.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== rect.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`,
      );
    }
  }
  return rows;
}

const clearContent = (cell: CellModel): void => {
  cell.value = null;
  cell.formula = null;
};

const clearFormat = (cell: CellModel): void => {
  for (const key of FORMAT_KEYS) cell[key] = null;
};

const readValue = (cell: CellModel): CellValue | string => {
  const v = cell.value;
  return v === null ? "" : isDate(v) ? new Date(v.getTime()) : v;
};

type RangeMethods =
  | "activate"
  | "breakApart"
  | "canEdit"
  | "clear"
  | "clearContent"
  | "clearDataValidations"
  | "clearFormat"
  | "clearNote"
  | "getA1Notation"
  | "getBackground"
  | "getBackgrounds"
  | "getCell"
  | "getColumn"
  | "getDataValidation"
  | "getDataValidations"
  | "getDisplayValue"
  | "getDisplayValues"
  | "getFontColor"
  | "getFontColors"
  | "getFontSize"
  | "getFontSizes"
  | "getFontStyle"
  | "getFontStyles"
  | "getFontWeight"
  | "getFontWeights"
  | "getFormula"
  | "getFormulas"
  | "getGridId"
  | "getHeight"
  | "getHorizontalAlignment"
  | "getHorizontalAlignments"
  | "getLastColumn"
  | "getLastRow"
  | "getMergedRanges"
  | "getNote"
  | "getNotes"
  | "getNumColumns"
  | "getNumRows"
  | "getNumberFormat"
  | "getNumberFormats"
  | "getRow"
  | "getRowIndex"
  | "getSheet"
  | "getValue"
  | "getValues"
  | "getVerticalAlignment"
  | "getVerticalAlignments"
  | "getWidth"
  | "getWrap"
  | "getWraps"
  | "getWrapStrategy"
  | "getWrapStrategies"
  | "isBlank"
  | "isEndColumnBounded"
  | "isEndRowBounded"
  | "isPartOfMerge"
  | "isStartColumnBounded"
  | "isStartRowBounded"
  | "merge"
  | "mergeAcross"
  | "mergeVertically"
  | "offset"
  | "protect"
  | "setBackground"
  | "setBackgrounds"
  | "setBorder"
  | "setDataValidation"
  | "setDataValidations"
  | "setFontColor"
  | "setFontColors"
  | "setFontSize"
  | "setFontSizes"
  | "setFontStyle"
  | "setFontStyles"
  | "setFontWeight"
  | "setFontWeights"
  | "setFormula"
  | "setFormulas"
  | "setHorizontalAlignment"
  | "setHorizontalAlignments"
  | "setNote"
  | "setNotes"
  | "setNumberFormat"
  | "setNumberFormats"
  | "setValue"
  | "setValues"
  | "setVerticalAlignment"
  | "setVerticalAlignments"
  | "setWrap"
  | "setWraps"
  | "setWrapStrategy"
  | "setWrapStrategies";

export class MemoryRange extends ApiObject implements ApiShape<Range, RangeMethods> {
  readonly [API_NAME] = "Range";

  constructor(
    readonly wb: MemoryWorkbook,
    readonly sheet: SheetModel,
    readonly rect: GridRect,
    readonly bounds: RangeBounds,
  ) {
    super();
  }

  // ---- position ---------------------------------------------------------------------------

  getA1Notation(): string {
    return rectToA1(this.rect, this.bounds);
  }
  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  getSheet(): MemorySheet {
    return new MemorySheet(this.wb, this.sheet);
  }
  isStartRowBounded(): boolean {
    return this.bounds.startRow;
  }
  isEndRowBounded(): boolean {
    return this.bounds.endRow;
  }
  isStartColumnBounded(): boolean {
    return this.bounds.startColumn;
  }
  isEndColumnBounded(): boolean {
    return this.bounds.endColumn;
  }
  getCell(row: number, column: number): MemoryRange {
    if (row < 1 || row > this.rect.numRows || column < 1 || column > this.rect.numColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return makeRange(this.wb, this.sheet, {
      row: this.rect.row + row - 1,
      column: this.rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): MemoryRange {
    return makeRange(this.wb, this.sheet, {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }
  activate(): this {
    this.wb.activeSheet = this.sheet;
    return this;
  }
  canEdit(): boolean {
    return true;
  }

  // ---- values -----------------------------------------------------------------------------

  getValue(): CellValue | string {
    return readValue(this.topLeft());
  }
  getValues(): (CellValue | string)[][] {
    return this.read(readValue);
  }
  getDisplayValue(): string {
    return this.display(this.topLeft());
  }
  getDisplayValues(): string[][] {
    return this.read((cell) => this.display(cell));
  }
  setValue(value: unknown): this {
    const parsed = parseInput(value, this.wb.locale);
    this.each((cell) => {
      cell.value = isDate(parsed.value) ? new Date(parsed.value.getTime()) : parsed.value;
      cell.formula = parsed.formula;
    });
    return this;
  }
  setValues(values: unknown[][]): this {
    const rows = checkMatrix(values, this.rect, "setValues");
    const parsed = rows.map((row) => row.map((v) => parseInput(v, this.wb.locale)));
    this.eachWith(parsed, (cell, p) => {
      cell.value = p.value;
      cell.formula = p.formula;
    });
    return this;
  }
  getFormula(): string {
    return this.topLeft().formula ?? "";
  }
  getFormulas(): string[][] {
    return this.read((cell) => cell.formula ?? "");
  }
  /** The same formula text in every cell (Sheets would shift relative references; not modelled). */
  setFormula(formula: string): this {
    return this.setValue(formula);
  }
  setFormulas(formulas: string[][]): this {
    const rows = checkMatrix(formulas, this.rect, "setFormulas");
    return this.setValues(rows);
  }
  getNote(): string {
    return this.topLeft().note;
  }
  getNotes(): string[][] {
    return this.read((cell) => cell.note);
  }
  setNote(note: string | null): this {
    this.each((cell) => {
      cell.note = note ?? "";
    });
    return this;
  }
  setNotes(notes: (string | null)[][]): this {
    this.eachWith(checkMatrix(notes, this.rect, "setNotes"), (cell, note) => {
      cell.note = note === null || note === undefined ? "" : String(note);
    });
    return this;
  }
  clearNote(): this {
    this.eachExisting((cell) => {
      cell.note = "";
    });
    return this;
  }
  isBlank(): boolean {
    return this.read((cell) => cell.value === null && cell.formula === null).every((row) =>
      row.every(Boolean),
    );
  }

  // ---- formats ----------------------------------------------------------------------------

  getBackground(): string {
    return this.topLeft().background ?? FORMAT_DEFAULTS.background;
  }
  getBackgrounds(): string[][] {
    return this.read((cell) => cell.background ?? FORMAT_DEFAULTS.background);
  }
  setBackground(color: string | null): this {
    return this.setFormat("background", color);
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.setFormats("background", colors, "setBackgrounds");
  }
  getFontColor(): string {
    return this.topLeft().fontColor ?? FORMAT_DEFAULTS.fontColor;
  }
  getFontColors(): string[][] {
    return this.read((cell) => cell.fontColor ?? FORMAT_DEFAULTS.fontColor);
  }
  setFontColor(color: string | null): this {
    return this.setFormat("fontColor", color);
  }
  setFontColors(colors: unknown[][]): this {
    return this.setFormats("fontColor", colors, "setFontColors");
  }
  getFontWeight(): "normal" | "bold" {
    return this.topLeft().fontWeight ?? FORMAT_DEFAULTS.fontWeight;
  }
  getFontWeights(): ("normal" | "bold")[][] {
    return this.read((cell) => cell.fontWeight ?? FORMAT_DEFAULTS.fontWeight);
  }
  setFontWeight(fontWeight: "normal" | "bold" | null): this {
    return this.setFormat("fontWeight", fontWeight);
  }
  setFontWeights(fontWeights: ("normal" | "bold" | null)[][]): this {
    return this.setFormats("fontWeight", fontWeights, "setFontWeights");
  }
  getFontSize(): number {
    return this.topLeft().fontSize ?? FORMAT_DEFAULTS.fontSize;
  }
  getFontSizes(): number[][] {
    return this.read((cell) => cell.fontSize ?? FORMAT_DEFAULTS.fontSize);
  }
  setFontSize(size: number): this {
    return this.setFormat("fontSize", size);
  }
  setFontSizes(sizes: number[][]): this {
    return this.setFormats("fontSize", sizes, "setFontSizes");
  }
  getFontStyle(): "normal" | "italic" {
    return this.topLeft().fontStyle ?? FORMAT_DEFAULTS.fontStyle;
  }
  getFontStyles(): ("normal" | "italic")[][] {
    return this.read((cell) => cell.fontStyle ?? FORMAT_DEFAULTS.fontStyle);
  }
  setFontStyle(fontStyle: "normal" | "italic" | null): this {
    return this.setFormat("fontStyle", fontStyle);
  }
  setFontStyles(fontStyles: ("normal" | "italic" | null)[][]): this {
    return this.setFormats("fontStyle", fontStyles, "setFontStyles");
  }
  getNumberFormat(): string {
    return this.topLeft().numberFormat ?? FORMAT_DEFAULTS.numberFormat;
  }
  getNumberFormats(): string[][] {
    return this.read((cell) => cell.numberFormat ?? FORMAT_DEFAULTS.numberFormat);
  }
  setNumberFormat(numberFormat: string): this {
    return this.setFormat("numberFormat", numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this.setFormats("numberFormat", numberFormats, "setNumberFormats");
  }
  getHorizontalAlignment(): string {
    return this.topLeft().horizontalAlignment ?? FORMAT_DEFAULTS.horizontalAlignment;
  }
  getHorizontalAlignments(): string[][] {
    return this.read((cell) => cell.horizontalAlignment ?? FORMAT_DEFAULTS.horizontalAlignment);
  }
  setHorizontalAlignment(alignment: HAlign): this {
    return this.setFormat("horizontalAlignment", alignment);
  }
  setHorizontalAlignments(alignments: HAlign[][]): this {
    return this.setFormats("horizontalAlignment", alignments, "setHorizontalAlignments");
  }
  getVerticalAlignment(): string {
    return this.topLeft().verticalAlignment ?? FORMAT_DEFAULTS.verticalAlignment;
  }
  getVerticalAlignments(): string[][] {
    return this.read((cell) => cell.verticalAlignment ?? FORMAT_DEFAULTS.verticalAlignment);
  }
  setVerticalAlignment(alignment: VAlign): this {
    return this.setFormat("verticalAlignment", alignment);
  }
  setVerticalAlignments(alignments: VAlign[][]): this {
    return this.setFormats("verticalAlignment", alignments, "setVerticalAlignments");
  }
  getWrap(): boolean {
    return this.topLeft().wrap ?? FORMAT_DEFAULTS.wrap;
  }
  getWraps(): boolean[][] {
    return this.read((cell) => cell.wrap ?? FORMAT_DEFAULTS.wrap);
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.setFormat("wrap", isWrapEnabled);
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setFormats("wrap", isWrapEnabled, "setWraps");
  }
  getWrapStrategy(): unknown {
    return member(WrapStrategy, this.getWrap() ? "WRAP" : "OVERFLOW");
  }
  getWrapStrategies(): unknown[][] {
    return this.read((cell) => member(WrapStrategy, cell.wrap ? "WRAP" : "OVERFLOW"));
  }
  /** Stored as wrap true (WRAP) or false (OVERFLOW, CLIP). */
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    return this.setFormat("wrap", enumName(strategy) === "WRAP");
  }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): this {
    const wraps = checkMatrix(strategies, this.rect, "setWrapStrategies").map((row) =>
      row.map((s) => enumName(s) === "WRAP"),
    );
    return this.setFormats("wrap", wraps, "setWrapStrategies");
  }
  /** Each edge: true draws, false erases, null leaves it. Inner lines use vertical/horizontal. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): this {
    const line: BorderLine = {
      color: color ?? "#000000",
      style: style === null || style === undefined ? enumName(BorderStyle.SOLID) : enumName(style),
    };
    const edge = (current: BorderLine | null, flag: boolean | null): BorderLine | null =>
      flag === null ? current : flag ? { ...line } : null;
    const last = { row: this.getLastRow(), column: this.getLastColumn() };
    this.each((cell, r, c) => {
      const b: CellBorders = cell.borders ?? { top: null, right: null, bottom: null, left: null };
      b.top = edge(b.top, r === this.rect.row ? top : horizontal);
      b.bottom = edge(b.bottom, r === last.row ? bottom : horizontal);
      b.left = edge(b.left, c === this.rect.column ? left : vertical);
      b.right = edge(b.right, c === last.column ? right : vertical);
      cell.borders = b.top || b.right || b.bottom || b.left ? b : null;
    });
    return this;
  }

  // ---- clearing ---------------------------------------------------------------------------

  /** Contents and formats; notes and data validation stay (unless the options say otherwise). */
  clear(options?: ClearOptions): this {
    const o = options ?? {};
    const only = Boolean(o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly);
    this.eachExisting((cell) => {
      if (!only || o.contentsOnly) clearContent(cell);
      if (!only || o.formatOnly) clearFormat(cell);
      if (o.validationsOnly) cell.dataValidation = null;
    });
    return this;
  }
  clearContent(): this {
    this.eachExisting(clearContent);
    return this;
  }
  clearFormat(): this {
    this.eachExisting(clearFormat);
    return this;
  }
  clearDataValidations(): this {
    this.eachExisting((cell) => {
      cell.dataValidation = null;
    });
    return this;
  }

  // ---- validation, merges, protection ------------------------------------------------------

  getDataValidation(): MemoryDataValidation | null {
    const rule = this.topLeft().dataValidation;
    return rule ? new MemoryDataValidation(this.wb, rule) : null;
  }
  getDataValidations(): (MemoryDataValidation | null)[][] {
    return this.read((cell) =>
      cell.dataValidation ? new MemoryDataValidation(this.wb, cell.dataValidation) : null,
    );
  }
  setDataValidation(rule: DataValidation | null): this {
    const model = rule === null ? null : expectInstance(rule, MemoryDataValidation, "rule").model;
    this.each((cell) => {
      cell.dataValidation = model;
    });
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): this {
    const models = checkMatrix(rules, this.rect, "setDataValidations").map((row) =>
      row.map((rule) =>
        rule === null ? null : expectInstance(rule, MemoryDataValidation, "rules").model,
      ),
    );
    this.eachWith(models, (cell, model) => {
      cell.dataValidation = model;
    });
    return this;
  }
  merge(): this {
    return this.mergeRects([this.rect]);
  }
  mergeAcross(): this {
    const { row, column, numRows, numColumns } = this.rect;
    return this.mergeRects(
      Array.from({ length: numRows }, (_, i) => ({ row: row + i, column, numRows: 1, numColumns })),
    );
  }
  mergeVertically(): this {
    const { row, column, numRows, numColumns } = this.rect;
    return this.mergeRects(
      Array.from({ length: numColumns }, (_, i) => ({
        row,
        column: column + i,
        numRows,
        numColumns: 1,
      })),
    );
  }
  breakApart(): this {
    this.checkWholeMerges(this.rect);
    this.sheet.merges = this.sheet.merges.filter((m) => !rectInside(m, this.rect));
    return this;
  }
  getMergedRanges(): MemoryRange[] {
    return this.sheet.merges
      .filter((m) => rectsOverlap(m, this.rect))
      .map((m) => makeRange(this.wb, this.sheet, m));
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => rectsOverlap(m, this.rect));
  }
  protect(): MemoryProtection {
    const model = {
      id: this.wb.nextId(),
      type: "RANGE" as const,
      rect: { ...this.rect },
      description: "",
      editors: [...this.wb.editors],
      unprotected: [],
      warningOnly: false,
      domainEdit: false,
    };
    this.sheet.protections.push(model);
    return new MemoryProtection(this.wb, this.sheet, model);
  }

  // ---- helpers (module-internal; scripts never see them through the API types) -------------

  private topLeft(): CellModel {
    return this.sheet.cellAt(this.rect.row, this.rect.column);
  }
  private display(cell: CellModel): string {
    return displayValue(cell.value, cell.numberFormat, this.wb.locale, this.wb.timeZone);
  }
  private read<T>(pick: (cell: CellModel) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numColumns }, (_, j) => pick(this.sheet.cellAt(row + i, column + j))),
    );
  }
  private each(edit: (cell: CellModel, row: number, column: number) => void): void {
    this.sheet.forEachCell(this.rect, edit);
  }
  private eachWith<T>(data: T[][], edit: (cell: CellModel, value: T) => void): void {
    this.sheet.forEachCell(this.rect, (cell, r, c) => {
      edit(cell, data[r - this.rect.row]?.[c - this.rect.column] as T);
    });
  }
  /** Only cells that exist: clearing a whole column does not materialise a thousand cells. */
  private eachExisting(edit: (cell: CellModel) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (const [r, cols] of this.sheet.rows) {
      if (r < row || r >= row + numRows) continue;
      for (const [c, cell] of cols) if (c >= column && c < column + numColumns) edit(cell);
    }
  }
  private setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K]): this {
    this.each((cell: CellFormat) => {
      cell[key] = value;
    });
    return this;
  }
  private setFormats<K extends keyof CellFormat>(
    key: K,
    values: unknown[][],
    method: string,
  ): this {
    this.eachWith(checkMatrix(values, this.rect, method), (cell: CellFormat, v) => {
      cell[key] = (v ?? null) as CellFormat[K];
    });
    return this;
  }
  private checkWholeMerges(rect: GridRect): void {
    if (this.sheet.merges.some((m) => rectsOverlap(m, rect) && !rectInside(m, rect))) {
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    }
  }
  private mergeRects(rects: GridRect[]): this {
    for (const rect of rects) {
      this.checkWholeMerges(rect);
      this.sheet.merges = this.sheet.merges.filter((m) => !rectsOverlap(m, rect));
      if (rect.numRows * rect.numColumns < 2) continue;
      this.sheet.merges.push({ ...rect });
      // Sheets keeps only the top-left value of merged cells.
      this.sheet.forEachCell(rect, (cell, r, c) => {
        if (r !== rect.row || c !== rect.column) clearContent(cell);
      });
    }
    return this;
  }
}

type RangeListMethods =
  | "activate"
  | "breakApart"
  | "clear"
  | "clearContent"
  | "clearDataValidations"
  | "clearFormat"
  | "clearNote"
  | "getRanges"
  | "setBackground"
  | "setBorder"
  | "setFontColor"
  | "setFontSize"
  | "setFontStyle"
  | "setFontWeight"
  | "setFormula"
  | "setHorizontalAlignment"
  | "setNote"
  | "setNumberFormat"
  | "setValue"
  | "setVerticalAlignment"
  | "setWrap"
  | "setWrapStrategy";

/** One call formats many ranges: each method applies to every range, logged once. */
export class MemoryRangeList
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.RangeList, RangeListMethods>
{
  readonly [API_NAME] = "RangeList";

  constructor(readonly ranges: MemoryRange[]) {
    super();
  }

  private apply(edit: (range: MemoryRange) => void): this {
    for (const range of this.ranges) edit(range);
    return this;
  }

  getRanges(): MemoryRange[] {
    return [...this.ranges];
  }
  activate(): this {
    return this.apply((r) => r.activate());
  }
  breakApart(): this {
    return this.apply((r) => r.breakApart());
  }
  clear(options?: ClearOptions): this {
    return this.apply((r) => r.clear(options));
  }
  clearContent(): this {
    return this.apply((r) => r.clearContent());
  }
  clearDataValidations(): this {
    return this.apply((r) => r.clearDataValidations());
  }
  clearFormat(): this {
    return this.apply((r) => r.clearFormat());
  }
  clearNote(): this {
    return this.apply((r) => r.clearNote());
  }
  setBackground(color: string | null): this {
    return this.apply((r) => r.setBackground(color));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): this {
    return this.apply((r) =>
      r.setBorder(top, left, bottom, right, vertical, horizontal, color, style),
    );
  }
  setFontColor(color: string | null): this {
    return this.apply((r) => r.setFontColor(color));
  }
  setFontSize(size: number): this {
    return this.apply((r) => r.setFontSize(size));
  }
  setFontStyle(fontStyle: "normal" | "italic" | null): this {
    return this.apply((r) => r.setFontStyle(fontStyle));
  }
  setFontWeight(fontWeight: "normal" | "bold" | null): this {
    return this.apply((r) => r.setFontWeight(fontWeight));
  }
  setFormula(formula: string): this {
    return this.apply((r) => r.setFormula(formula));
  }
  setHorizontalAlignment(alignment: HAlign): this {
    return this.apply((r) => r.setHorizontalAlignment(alignment));
  }
  setNote(note: string | null): this {
    return this.apply((r) => r.setNote(note));
  }
  setNumberFormat(numberFormat: string): this {
    return this.apply((r) => r.setNumberFormat(numberFormat));
  }
  setValue(value: unknown): this {
    return this.apply((r) => r.setValue(value));
  }
  setVerticalAlignment(alignment: VAlign): this {
    return this.apply((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.apply((r) => r.setWrap(isWrapEnabled));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    return this.apply((r) => r.setWrapStrategy(strategy));
  }
}
