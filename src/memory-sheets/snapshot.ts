/** A plain-JSON picture of the workbook, for the workbench to send to a browser. */
import { quoteSheetName, rectToA1 } from "./a1";
import {
  type CellModel,
  FORMAT_KEYS,
  type MenuModel,
  RangeRef,
  type ValidationModel,
} from "./model";
import type { SheetModel } from "./sheet-model";
import { displayValue, isDate } from "./values";
import type { MemoryWorkbook } from "./workbook";

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

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

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenRows: number[];
  hiddenColumns: number[];
  cells: CellSnapshot[];
  merges: string[];
  dataValidations: {
    criteria: string;
    values: JsonValue[];
    allowInvalid: boolean;
    helpText: string;
  }[];
  protections: {
    type: string;
    range: string | null;
    description: string;
    editors: string[];
    unprotectedRanges: string[];
    warningOnly: boolean;
    domainEdit: boolean;
  }[];
  conditionalFormatRules: {
    ranges: string[];
    condition: { type: string; values: JsonValue[] } | null;
    format: { [key: string]: JsonValue };
  }[];
  charts: {
    id: number | null;
    type: string | null;
    ranges: string[];
    position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
    options: { [key: string]: JsonValue };
    hiddenDimensionStrategy: string;
    mergeStrategy: string;
    numHeaders: number;
    transposeRowsAndColumns: boolean;
  }[];
  developerMetadata: { key: string; value: string | null; visibility: string }[];
}

export interface WorkbookSnapshot {
  id: string;
  name: string;
  url: string;
  locale: string;
  timeZone: string;
  owner: string;
  effectiveUser: string;
  editors: string[];
  authMode: string;
  activeSheet: string;
  sheets: SheetSnapshot[];
  developerMetadata: { key: string; value: string | null; visibility: string }[];
  properties: {
    document: Record<string, string>;
    user: Record<string, string>;
    script: Record<string, string>;
  };
  ui: {
    menus: MenuModel[];
    sidebar: { title: string; content: string; width: number | null; height: number | null } | null;
    dialogs: { title: string; dialogTitle: string; modal: boolean; content: string }[];
    alerts: { title: string | null; prompt: string; buttons: string }[];
    toasts: { message: string; title: string; timeoutSeconds: number | null }[];
  };
  locks: Record<string, string>;
}

/** Any value to JSON: dates to ISO strings, ranges to A1, enums to their names. */
export function toJson(value: unknown, wb: MemoryWorkbook, home?: SheetModel): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (isDate(value)) return value.toISOString();
  if (value instanceof RangeRef) return refToA1(value, wb, home);
  if (Array.isArray(value)) return value.map((v) => toJson(v, wb, home));
  if (typeof value === "object") {
    const own = Object.getPrototypeOf(value) === Object.prototype;
    if (!own) return String(value);
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v, wb, home);
    return out;
  }
  return String(value);
}

/** "B2:C4" on the home sheet, "'Other sheet'!B2:C4" elsewhere. */
export function refToA1(ref: RangeRef, wb: MemoryWorkbook, home?: SheetModel): string {
  const a1 = rectToA1(ref.rect);
  if (home && ref.sheetId === home.sheetId) return a1;
  const sheet = wb.sheetById(ref.sheetId);
  return `${quoteSheetName(sheet ? sheet.name : "#REF")}!${a1}`;
}

const numberKeyed = (map: Map<number, number>): Record<string, number> =>
  Object.fromEntries([...map].sort(([a], [b]) => a - b).map(([k, v]) => [String(k), v]));

function cellSnapshot(
  wb: MemoryWorkbook,
  sheet: SheetModel,
  cell: CellModel,
  row: number,
  column: number,
  validationIndex: (v: ValidationModel) => number,
): CellSnapshot | null {
  const format: { [key: string]: JsonValue } = {};
  for (const key of FORMAT_KEYS) {
    if (cell[key] !== null) format[key] = toJson(cell[key], wb, sheet);
  }
  const hasFormat = Object.keys(format).length > 0;
  if (
    cell.value === null &&
    cell.formula === null &&
    cell.note === "" &&
    !cell.dataValidation &&
    !hasFormat
  ) {
    return null;
  }
  const snap: CellSnapshot = {
    row,
    column,
    a1: rectToA1({ row, column, numRows: 1, numColumns: 1 }),
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

function sheetSnapshot(wb: MemoryWorkbook, sheet: SheetModel, index: number): SheetSnapshot {
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
      const snap = cell && cellSnapshot(wb, sheet, cell, r, c, validationIndex);
      if (snap) cells.push(snap);
    }
  }
  const a1 = (ref: RangeRef): string => refToA1(ref, wb, sheet);
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    index: index + 1,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    lastRow: sheet.lastRow,
    lastColumn: sheet.lastColumn,
    columnWidths: numberKeyed(sheet.columnWidths),
    rowHeights: numberKeyed(sheet.rowHeights),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    cells,
    merges: sheet.merges.map((m) => rectToA1(m)),
    dataValidations: validations.map((v) => ({
      criteria: v.criteria,
      values: v.args.map((x) => toJson(x, wb, sheet)),
      allowInvalid: v.allowInvalid,
      helpText: v.helpText,
    })),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      range: p.rect ? rectToA1(p.rect) : null,
      description: p.description,
      editors: [...p.editors],
      unprotectedRanges: p.unprotected.map((u) => rectToA1(u)),
      warningOnly: p.warningOnly,
      domainEdit: p.domainEdit,
    })),
    conditionalFormatRules: sheet.conditionalRules.map((rule) => {
      const format: { [key: string]: JsonValue } = {};
      for (const key of [
        "background",
        "fontColor",
        "bold",
        "italic",
        "strikethrough",
        "underline",
      ] as const) {
        if (rule[key] !== null) format[key] = rule[key];
      }
      return {
        ranges: rule.ranges.map(a1),
        condition: rule.criteria
          ? { type: rule.criteria, values: rule.args.map((x) => toJson(x, wb, sheet)) }
          : null,
        format,
      };
    }),
    charts: sheet.charts.map((chart) => ({
      id: chart.id,
      type: chart.type,
      ranges: chart.ranges.map(a1),
      position: {
        anchorRow: chart.anchorRow,
        anchorColumn: chart.anchorColumn,
        offsetX: chart.offsetX,
        offsetY: chart.offsetY,
      },
      options: Object.fromEntries(
        Object.entries(chart.options).map(([k, v]) => [k, toJson(v, wb, sheet)]),
      ),
      hiddenDimensionStrategy: chart.hiddenDimensionStrategy,
      mergeStrategy: chart.mergeStrategy,
      numHeaders: chart.numHeaders,
      transposeRowsAndColumns: chart.transposeRowsAndColumns,
    })),
    developerMetadata: sheet.developerMetadata.map(({ key, value, visibility }) => ({
      key,
      value,
      visibility,
    })),
  };
}

export function snapshotWorkbook(wb: MemoryWorkbook): WorkbookSnapshot {
  const ui = wb.ui;
  return {
    id: wb.id,
    name: wb.name,
    url: wb.url,
    locale: wb.locale,
    timeZone: wb.timeZone,
    owner: wb.owner,
    effectiveUser: wb.effectiveUser,
    editors: [...wb.editors],
    authMode: wb.authMode,
    activeSheet: wb.activeSheet.name,
    sheets: wb.sheets.map((sheet, i) => sheetSnapshot(wb, sheet, i)),
    developerMetadata: wb.developerMetadata.map(({ key, value, visibility }) => ({
      key,
      value,
      visibility,
    })),
    properties: {
      document: Object.fromEntries(wb.properties.document),
      user: Object.fromEntries(wb.properties.user),
      script: Object.fromEntries(wb.properties.script),
    },
    ui: {
      menus: JSON.parse(JSON.stringify(ui.menus)) as MenuModel[],
      sidebar: ui.sidebar && { ...ui.sidebar },
      dialogs: ui.dialogs.map((d) => ({
        title: d.title,
        dialogTitle: d.dialogTitle,
        modal: d.modal,
        content: d.content,
      })),
      alerts: ui.alerts.map((a) => ({ ...a })),
      toasts: ui.toasts.map((t) => ({ ...t })),
    },
    locks: { ...wb.locks },
  };
}
