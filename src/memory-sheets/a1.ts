/** A1 notation as Sheets parses it: sheet names, open ends ("A1:C", "D:D", "3:5"). */
import { columnLetter, columnNumber } from "../core/layout/a1";

export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Which ends of a range were written in the A1 text ("A1:C" has an open end row). */
export interface RangeBounds {
  startRow: boolean;
  endRow: boolean;
  startColumn: boolean;
  endColumn: boolean;
}

export interface A1Range extends GridRect {
  sheetName: string | null;
  bounds: RangeBounds;
}

export const ALL_BOUNDED: RangeBounds = Object.freeze({
  startRow: true,
  endRow: true,
  startColumn: true,
  endColumn: true,
});

/** "B3", "A1:C4", or with open ends ("A1:C", "D:D", "3:5") when bounds say so. */
export function toA1(
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
  bounds = ALL_BOUNDED,
): string {
  const start =
    (bounds.startColumn ? columnLetter(column) : "") + (bounds.startRow ? String(row) : "");
  const allBounded = bounds.startRow && bounds.endRow && bounds.startColumn && bounds.endColumn;
  if (allBounded && numRows === 1 && numColumns === 1) return start;
  const end =
    (bounds.endColumn ? columnLetter(column + numColumns - 1) : "") +
    (bounds.endRow ? String(row + numRows - 1) : "");
  return `${start}:${end}`;
}

export function rectToA1(rect: GridRect, bounds = ALL_BOUNDED): string {
  return toA1(rect.row, rect.column, rect.numRows, rect.numColumns, bounds);
}

/** Quotes a sheet name for use in A1 text when it needs it ("'My sheet'!A1"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * Parses "A1", "A1:C3", "A1:C", "D:D", "3:5", optionally "Sheet!…" or "'My sheet'!…".
 * Open ends extend to `limits` (the sheet's current size). Throws "Range not found" like Sheets.
 */
export function fromA1(a1: string, limits = { maxRows: 1000, maxColumns: 26 }): A1Range {
  let text = a1.trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const rawName = text.slice(0, bang);
    sheetName =
      rawName.startsWith("'") && rawName.endsWith("'")
        ? rawName.slice(1, -1).replace(/''/g, "'")
        : rawName;
    text = text.slice(bang + 1);
  }
  const [first, second, extra] = text.split(":");
  const start = PART.exec(first ?? "");
  const end = second === undefined ? start : PART.exec(second);
  if (extra !== undefined || !start || !end) throw new Error("Range not found");
  const [, startLetters = "", startDigits = ""] = start;
  const [, endLetters = "", endDigits = ""] = end;
  const single = second === undefined;
  // A lone "A" or "3" is a named range in Sheets, not a cell.
  if (single && (startLetters === "" || startDigits === "")) throw new Error("Range not found");
  if (startLetters === "" && startDigits === "") throw new Error("Range not found");
  if ((startLetters === "") !== (endLetters === "") && startDigits === "")
    throw new Error("Range not found");
  const bounds: RangeBounds = {
    startRow: startDigits !== "",
    endRow: endDigits !== "",
    startColumn: startLetters !== "",
    endColumn: endLetters !== "",
  };
  const r1 = bounds.startRow ? Number(startDigits) : 1;
  const r2 = bounds.endRow ? Number(endDigits) : limits.maxRows;
  const c1 = bounds.startColumn ? columnNumber(startLetters) : 1;
  const c2 = bounds.endColumn ? columnNumber(endLetters) : limits.maxColumns;
  if (r1 < 1 || r2 < 1 || c1 < 1 || c2 < 1) throw new Error("Range not found");
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    sheetName,
    row,
    column,
    numRows: Math.max(r1, r2) - row + 1,
    numColumns: Math.max(c1, c2) - column + 1,
    bounds,
  };
}

export function rectContains(rect: GridRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    column >= rect.column &&
    column < rect.column + rect.numColumns
  );
}

export function rectsOverlap(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function rectInside(inner: GridRect, outer: GridRect): boolean {
  return (
    rectContains(outer, inner.row, inner.column) &&
    rectContains(outer, inner.row + inner.numRows - 1, inner.column + inner.numColumns - 1)
  );
}
