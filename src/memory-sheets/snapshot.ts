/** A plain-JSON picture of the workbook, for the workbench's page and its .xlsx download. */
import { a1, boxA1 } from "../core/layout/a1";
import { quoteSheetName } from "./a1";
import type { JsonValue } from "./json";
import { type CellModel, FORMAT_KEYS, type RangeRef, type ValidationModel } from "./model";
import type { SheetModel } from "./sheet-model";
import { displayValue, isDate } from "./values";
import type { MemoryWorkbook } from "./workbook";

export type { JsonValue };

export interface CellSnapshot {
  row: number;
  column: number;
  a1: string;
  /** Dates as ISO strings (see `date`). Null for empty and formula cells. */
  value: string | number | boolean | null;
  date?: true;
  display: string;
  formula?: string;
  note?: string;
  /** Index into the sheet's `dataValidations`. */
  validation?: number;
  format?: { [key: string]: JsonValue };
}

export interface ChartSnapshot {
  type: string | null;
  /** "B2:C4" on the chart's sheet, "'Other sheet'!B2:C4" elsewhere. */
  ranges: string[];
  anchor: { row: number; column: number };
  /** As the script set them, nested objects included ({ vAxis: { viewWindow: { min, max } } }). */
  options: { [option: string]: JsonValue };
  hiddenDimensionStrategy: string;
}

export interface SheetSnapshot {
  name: string;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  lastRow: number;
  lastColumn: number;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenRows: number[];
  cells: CellSnapshot[];
  dataValidations: {
    criteria: ValidationModel["criteria"];
    /** The items, then whether a dropdown shows. */
    values: [string[], boolean];
    allowInvalid: boolean;
    helpText: string;
  }[];
  /** The sheet protection first (if any), then the range protections, oldest first. */
  protections: ProtectionSnapshot[];
  charts: ChartSnapshot[];
  /** Merged blocks, "B2:D2", top to bottom then left to right. */
  merges: string[];
}

export interface ProtectionSnapshot {
  type: "SHEET" | "RANGE";
  /** Null for a sheet protection (the whole sheet, but its unprotected ranges); "B5:B40" else. */
  range: string | null;
  description: string;
  editors: string[];
  /** A sheet protection's exceptions; always empty for a range protection. */
  unprotectedRanges: string[];
  warningOnly: boolean;
  /**
   * True while the script has not yet set the editors or domain edit: the protection then mirrors
   * the file's permissions and protects nothing (Range.protect, Sheet.protect).
   */
  mirrorsFile: boolean;
}

export interface WorkbookSnapshot {
  activeSheet: string;
  sheets: SheetSnapshot[];
}

function refToA1(ref: RangeRef, wb: MemoryWorkbook, home: SheetModel): string {
  const text = boxA1(ref.box);
  if (ref.sheetId === home.sheetId) return text;
  const sheet = wb.sheetById(ref.sheetId);
  return `${quoteSheetName(sheet ? sheet.name : "#REF")}!${text}`;
}

const numberKeyed = (map: Map<number, number>): Record<string, number> =>
  Object.fromEntries([...map].sort(([a], [b]) => a - b).map(([k, v]) => [String(k), v]));

function cellSnapshot(
  wb: MemoryWorkbook,
  cell: CellModel,
  row: number,
  column: number,
  validationIndex: (v: ValidationModel) => number,
): CellSnapshot | null {
  const format: { [key: string]: JsonValue } = {};
  for (const key of FORMAT_KEYS) {
    const value = cell[key];
    if (value !== null) format[key] = value;
  }
  const hasFormat = Object.keys(format).length > 0;
  const empty = cell.value === null && cell.formula === null && cell.note === "";
  if (empty && !cell.dataValidation && !hasFormat) return null;
  const snap: CellSnapshot = {
    row,
    column,
    a1: a1(row, column),
    value: isDate(cell.value) ? cell.value.toISOString() : cell.value,
    display: displayValue(cell.value, cell.numberFormat, wb.locale, wb.timeZone),
  };
  if (isDate(cell.value)) snap.date = true;
  if (cell.formula !== null) snap.formula = cell.formula;
  if (cell.note !== "") snap.note = cell.note;
  if (cell.dataValidation) snap.validation = validationIndex(cell.dataValidation);
  if (hasFormat) snap.format = format;
  return snap;
}

function sheetSnapshot(wb: MemoryWorkbook, sheet: SheetModel): SheetSnapshot {
  const validations: ValidationModel[] = [];
  const validationIndex = (v: ValidationModel): number => {
    const at = validations.indexOf(v);
    return at >= 0 ? at : validations.push(v) - 1;
  };
  const cells: CellSnapshot[] = [];
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const line = sheet.rows.get(r);
    if (!line) continue;
    for (const c of [...line.keys()].sort((a, b) => a - b)) {
      const cell = line.get(c);
      const snap = cell && cellSnapshot(wb, cell, r, c, validationIndex);
      if (snap) cells.push(snap);
    }
  }
  return {
    name: sheet.name,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    lastRow: sheet.lastRow,
    lastColumn: sheet.lastColumn,
    columnWidths: numberKeyed(sheet.columnWidths),
    rowHeights: numberKeyed(sheet.rowHeights),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    cells,
    dataValidations: validations.map((v) => ({
      criteria: v.criteria,
      values: [[...v.args[0]], v.args[1]],
      allowInvalid: v.allowInvalid,
      helpText: v.helpText,
    })),
    protections: [
      ...sheet.protections.map(
        (p): ProtectionSnapshot => ({
          type: "SHEET",
          range: null,
          description: p.description,
          editors: [...p.editors],
          unprotectedRanges: p.unprotected.map(boxA1),
          warningOnly: p.warningOnly,
          mirrorsFile: p.mirrorsFile,
        }),
      ),
      ...sheet.rangeProtections.map(
        (p): ProtectionSnapshot => ({
          type: "RANGE",
          range: boxA1(p.range),
          description: p.description,
          editors: [...p.editors],
          unprotectedRanges: [],
          warningOnly: p.warningOnly,
          mirrorsFile: p.mirrorsFile,
        }),
      ),
    ],
    charts: sheet.charts.map((chart) => ({
      type: chart.type,
      ranges: chart.ranges.map((ref) => refToA1(ref, wb, sheet)),
      anchor: { row: chart.anchorRow, column: chart.anchorColumn },
      options: structuredClone(chart.options),
      hiddenDimensionStrategy: chart.hiddenDimensionStrategy,
    })),
    merges: [...sheet.merges].sort((a, b) => a.row - b.row || a.column - b.column).map(boxA1),
  };
}

export function snapshotWorkbook(wb: MemoryWorkbook): WorkbookSnapshot {
  return {
    activeSheet: wb.activeSheet.name,
    sheets: wb.sheets.map((sheet) => sheetSnapshot(wb, sheet)),
  };
}
