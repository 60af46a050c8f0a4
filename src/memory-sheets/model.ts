/** Plain data behind the in-memory services: what tests inspect and the workbench renders. */
import type { Box } from "../core/layout/a1";
import type { JsonValue } from "./json";
import type { CellValue } from "./values";

/** Formatting of one cell; null means "never set" (Sheets' default applies). */
export interface CellFormat {
  numberFormat: string | null;
  background: string | null;
  fontColor: string | null;
  fontWeight: "normal" | "bold" | null;
  fontSize: number | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrap: boolean | null;
}

export interface CellModel extends CellFormat {
  /** Never the formula: a formula cell's value is null (formulas are stored, not computed). */
  value: CellValue;
  formula: string | null;
  note: string;
  dataValidation: ValidationModel | null;
}

export const FORMAT_KEYS = [
  "numberFormat",
  "background",
  "fontColor",
  "fontWeight",
  "fontSize",
  "horizontalAlignment",
  "verticalAlignment",
  "wrap",
] as const satisfies readonly (keyof CellFormat)[];

export const emptyCell = (): CellModel => ({
  value: null,
  formula: null,
  note: "",
  dataValidation: null,
  numberFormat: null,
  background: null,
  fontColor: null,
  fontWeight: null,
  fontSize: null,
  horizontalAlignment: null,
  verticalAlignment: null,
  wrap: null,
});

/** A range stored inside a rule or chart: survives sheet renames, follows column inserts. */
export class RangeRef {
  constructor(
    readonly sheetId: number,
    public box: Box,
  ) {}
}

/** A dropdown: the one kind of rule the add-on builds (requireValueInList). */
export interface ValidationModel {
  criteria: "VALUE_IN_LIST";
  /** As getCriteriaValues would return them: the items, then whether a dropdown shows. */
  args: [values: string[], showDropdown: boolean];
  allowInvalid: boolean;
  helpText: string;
}

/** A conditional format: the add-on's only one colours empty cells (whenCellEmpty). */
export interface ConditionalRuleModel {
  ranges: RangeRef[];
  /** A BooleanCriteria name, e.g. "CELL_EMPTY"; null if the builder set none. */
  criteria: string | null;
  background: string | null;
}

export interface ChartModel {
  /** Assigned by insertChart. */
  id: number | null;
  /** A Charts.ChartType name, e.g. "RADAR". */
  type: string | null;
  ranges: RangeRef[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** Plain JSON, copied when set: a script's later changes to its object do not reach the chart. */
  options: { [option: string]: JsonValue };
  hiddenDimensionStrategy: string;
  numHeaders: number;
}

export const cloneChart = (chart: ChartModel): ChartModel => ({
  ...chart,
  ranges: chart.ranges.map((r) => new RangeRef(r.sheetId, { ...r.box })),
  options: structuredClone(chart.options),
});

/** What a sheet protection (Sheet.protect) and a range protection (Range.protect) share. */
export interface ProtectionSettings {
  id: number;
  description: string;
  /** Who may edit besides the owner; a new protection copies the file's editors. */
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  /**
   * True until the script changes the editors (addEditor(s), removeEditor(s)) or sets domain
   * edit: until then "the permissions mirror those of the spreadsheet itself, which effectively
   * means that the range [sheet] remains unprotected" (Range.protect, Sheet.protect).
   */
  mirrorsFile: boolean;
}

/** A whole-sheet protection (Sheet.protect): at most one per sheet, with its exceptions. */
export interface ProtectionModel extends ProtectionSettings {
  unprotected: Box[];
}

/** A range protection (Range.protect): a new one each call, overlapping others freely. */
export interface RangeProtectionModel extends ProtectionSettings {
  range: Box;
}

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" };

/** An add-on menu (Ui.createAddonMenu), the only kind the add-on builds. */
export interface MenuModel {
  entries: MenuEntry[];
}

export interface HtmlModel {
  title: string;
  content: string;
}

export interface UiState {
  /** Menus in the order addToUi was called. */
  menus: MenuModel[];
  /** The last sidebar shown. */
  sidebar: HtmlModel | null;
  alerts: { title: string | null; prompt: string; buttons: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number | null }[];
  /** Answers the next alert() calls pop ("OK", "YES", "NO", "CANCEL", "CLOSE"). */
  alertResponses: string[];
}

/** "held": this execution holds it; "elsewhere": another execution does (tests set this). */
export type LockState = "free" | "held" | "elsewhere";
