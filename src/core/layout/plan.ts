/**
 * A sheet described as data: pure functions build plans, one renderer applies them to Sheets with a
 * fixed number of calls whatever the size (every grid below is written with a single call).
 * Rows and columns are 1-based, like Sheets.
 */

import type { Box } from "./a1";

/** Dates appear only where a person typed one (e.g. an action's due date) and is kept as typed. */
export type CellValue = string | number | boolean | Date | null;

export interface ListValidation {
  /** The only values a cell accepts, shown as a dropdown; anything else is rejected. */
  values: string[];
  helpText: string;
}

export type HorizontalAlignment = "left" | "center" | "right";

/** Formats of every cell of the written grid, each applied with one call. */
export interface GridFormats {
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: ("bold" | "normal")[][];
  horizontalAlignments: HorizontalAlignment[][];
  wraps: boolean[][];
  numberFormats: string[][];
}

export interface ChartPlan {
  kind: "radar" | "column";
  title: string;
  /** The data: first column labels, first row series names. */
  data: Box;
  anchor: { row: number; column: number };
  width: number;
  height: number;
  /** Fixed axis range so charts of different runs compare. */
  axis: { min: number; max: number };
}

export interface RangeProtectionPlan {
  description: string;
  box: Box;
  editors: string[];
}

export interface SheetPlan {
  name: string;
  /**
   * The written grid, from A1. Strings are literal text: the renderer keeps them text even when
   * they start with "=", "+", "-", "@" or look like numbers.
   */
  values: CellValue[][];
  formats: GridFormats;
  /** Rectangles of formulas (A1 notation), each written with one call. */
  formulas: { box: Box; formulas: string[][] }[];
  /** Dropdowns: one grid covering `box`, null where a cell has none. */
  validations: { box: Box; rules: (ListValidation | null)[][] } | null;
  /** Cells highlighted while empty (unanswered answers). */
  highlightEmpty: { boxes: Box[]; background: string } | null;
  /** When set, the sheet is protected except these boxes. */
  protection: { description: string; editable: Box[] } | null;
  /**
   * Boxes only the named people may edit (besides the owner and the file's consultants), even
   * inside the sheet protection's editable boxes: a respondent's own answers and notes.
   */
  rangeProtections: RangeProtectionPlan[];
  /**
   * Cells merged row by row (each row of a box its own merge): text in frozen columns wraps inside
   * its merge, since Sheets does not let it overflow across the freeze line.
   */
  mergedRows: Box[];
  /** Heights in pixels of rows whose text wraps inside a merge (Sheets fits no height to a merge). */
  rowHeights: { row: number; height: number }[];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: { column: number; count: number; width: number }[];
  /** Technical rows (e.g. respondent ids) kept out of sight. */
  hiddenRows: { row: number; count: number }[];
  tabColor: string | null;
  charts: ChartPlan[];
}

/** A plan with nothing but its grid and the given extras: no formulas, dropdowns, protection or charts. */
export function planOf(
  plan: Pick<SheetPlan, "name" | "values" | "formats"> & Partial<SheetPlan>,
): SheetPlan {
  return {
    formulas: [],
    validations: null,
    highlightEmpty: null,
    protection: null,
    rangeProtections: [],
    mergedRows: [],
    rowHeights: [],
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: [],
    hiddenRows: [],
    tabColor: null,
    charts: [],
    ...plan,
  };
}

/**
 * A height that shows all of `text` wrapped at `width` pixels in the default 10-point font: an
 * estimate (about 7 px a character, 17 px a line), erring tall, since Sheets fits no height to
 * merged cells and a cut line is worse than a little air.
 */
export function wrappedHeight(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width / 7));
  const lines = text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return Math.max(21, lines * 17 + 4);
}

/**
 * A figure as a one-decimal number format shows it never reads "-0.0": what would round to zero
 * is written as zero (scoring's rule 13, at the display edge).
 */
export const asDisplayed = (value: number): number => (Math.abs(value) < 0.05 ? 0 : value);

export function emptyGrid<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
}

export function blankFormats(rows: number, columns: number): GridFormats {
  return {
    backgrounds: emptyGrid<string | null>(rows, columns, null),
    fontColors: emptyGrid<string | null>(rows, columns, null),
    fontWeights: emptyGrid<"bold" | "normal">(rows, columns, "normal"),
    horizontalAlignments: emptyGrid<HorizontalAlignment>(rows, columns, "left"),
    wraps: emptyGrid(rows, columns, false),
    numberFormats: emptyGrid(rows, columns, "General"),
  };
}

/**
 * Text exactly as written. setValues reads a string as if typed, so "=…", "+39 …", "#N/A", "1/2" or
 * "€100" would become formulas, errors, dates or numbers. A leading apostrophe (Sheets' quote
 * prefix, never shown and not returned by getValues) keeps any string text; it is added to every
 * string, so no list of risky beginnings can miss one.
 */
export function asLiteralText(text: string): string {
  return text === "" ? text : `'${text}`;
}

function sliceGrid<T>(grid: T[][], first: number, count: number): T[][] {
  return grid.map((row) => row.slice(first - 1, first - 1 + count));
}

/** The values and formats of some columns of a plan, e.g. to write only newly added columns. */
export function sliceColumns(
  plan: SheetPlan,
  first: number,
  count: number,
): Pick<SheetPlan, "values" | "formats"> {
  const { formats } = plan;
  return {
    values: sliceGrid(plan.values, first, count),
    formats: {
      backgrounds: sliceGrid(formats.backgrounds, first, count),
      fontColors: sliceGrid(formats.fontColors, first, count),
      fontWeights: sliceGrid(formats.fontWeights, first, count),
      horizontalAlignments: sliceGrid(formats.horizontalAlignments, first, count),
      wraps: sliceGrid(formats.wraps, first, count),
      numberFormats: sliceGrid(formats.numberFormats, first, count),
    },
  };
}
