/** Plain data behind the in-memory services: what tests inspect and the workbench renders. */
import type { GridRect } from "./a1";
import type { CellValue } from "./values";

export interface BorderLine {
  style: string;
  color: string;
}

export interface CellBorders {
  top: BorderLine | null;
  right: BorderLine | null;
  bottom: BorderLine | null;
  left: BorderLine | null;
}

/** Formatting of one cell; null means "never set" (Sheets' default applies). */
export interface CellFormat {
  numberFormat: string | null;
  background: string | null;
  fontColor: string | null;
  fontWeight: "normal" | "bold" | null;
  fontSize: number | null;
  fontStyle: "normal" | "italic" | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrap: boolean | null;
  borders: CellBorders | null;
}

export interface CellModel extends CellFormat {
  /** Never the formula. For a formula cell: null, or the result a test set with setFormulaResult. */
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
  "fontStyle",
  "horizontalAlignment",
  "verticalAlignment",
  "wrap",
  "borders",
] as const satisfies readonly (keyof CellFormat)[];

/** What the getters return for a format that was never set. */
export const FORMAT_DEFAULTS = {
  numberFormat: "0.###############",
  background: "#ffffff",
  fontColor: "#000000",
  fontWeight: "normal",
  fontSize: 10,
  fontStyle: "normal",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  wrap: false,
} as const;

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
  fontStyle: null,
  horizontalAlignment: null,
  verticalAlignment: null,
  wrap: null,
  borders: null,
});

/** A range stored inside a rule or chart: survives sheet renames, follows row/column inserts. */
export class RangeRef {
  constructor(
    readonly sheetId: number,
    public rect: GridRect,
  ) {}
}

export interface ValidationModel {
  /** A DataValidationCriteria name, e.g. "VALUE_IN_LIST". */
  criteria: string;
  /** As getCriteriaValues returns them; ranges are RangeRef. */
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalRuleModel {
  ranges: RangeRef[];
  /** A BooleanCriteria name, e.g. "CELL_EMPTY"; null if the builder set none. */
  criteria: string | null;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
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
  options: Record<string, unknown>;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
  numHeaders: number;
  transposeRowsAndColumns: boolean;
}

export const cloneChart = (chart: ChartModel): ChartModel => ({
  ...chart,
  ranges: chart.ranges.map((r) => new RangeRef(r.sheetId, { ...r.rect })),
  options: { ...chart.options },
});

export interface ProtectionModel {
  id: number;
  type: "RANGE" | "SHEET";
  /** The protected cells; null for a sheet protection. */
  rect: GridRect | null;
  description: string;
  editors: string[];
  unprotected: GridRect[];
  warningOnly: boolean;
  domainEdit: boolean;
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
}

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; caption: string; entries: MenuEntry[] };

export interface MenuModel {
  kind: "addon" | "custom";
  caption: string;
  entries: MenuEntry[];
}

export interface HtmlModel {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface UiState {
  /** Menus in the order addToUi was called. */
  menus: MenuModel[];
  /** The last sidebar shown. */
  sidebar: HtmlModel | null;
  dialogs: (HtmlModel & { dialogTitle: string; modal: boolean })[];
  alerts: { title: string | null; prompt: string; buttons: string }[];
  prompts: { title: string | null; prompt: string; buttons: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number | null }[];
  /** Answers the next alert() calls pop ("OK", "YES", "NO", "CANCEL", "CLOSE"). */
  alertResponses: string[];
  /** Answers the next prompt() calls pop. */
  promptResponses: { button: string; text: string }[];
}

export type LockKind = "document" | "script" | "user";
/** "held": this execution holds it; "elsewhere": another execution does (tests set this). */
export type LockState = "free" | "held" | "elsewhere";
