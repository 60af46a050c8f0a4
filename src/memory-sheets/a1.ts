/**
 * A1 text as Sheets reads it, open ends included ("A1:C", "D:D", "3:5"), with an optional sheet
 * name. Bounded "B3"/"A1:C4" alone would be core's `parseBox`; the open ends are the fake's own
 * business (tests and the workbook helpers read whole columns with them).
 */
import { type Box, columnNumber } from "../core/layout/a1";

export interface A1Range extends Box {
  /** The name before "!", unquoted; null when the text names no sheet. */
  sheetName: string | null;
}

/** A sheet's current size: where open ends stop. */
export interface GridSize {
  maxRows: number;
  maxColumns: number;
}

/** Quotes a sheet name for A1 text when it needs it ("'My sheet'!A1"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Sheets' answer to A1 text it cannot read (unverified for every case here). */
const notFound = (): Error => new Error("Range not found");

/**
 * Parses "A1", "A1:C3", "A1:C", "D:D", "3:5", optionally "Sheet!…" or "'My sheet'!…". Open ends
 * extend to `size` (the sheet's current grid).
 */
export function fromA1(a1: string, size: GridSize): A1Range {
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
  if (extra !== undefined || !start || !end) throw notFound();
  const [, startLetters = "", startDigits = ""] = start;
  const [, endLetters = "", endDigits = ""] = end;
  // A lone "A" or "3" is a named range in Sheets, not a cell.
  if (second === undefined && (startLetters === "" || startDigits === "")) throw notFound();
  if (startLetters === "" && startDigits === "") throw notFound();
  if ((startLetters === "") !== (endLetters === "") && startDigits === "") throw notFound();
  const r1 = startDigits === "" ? 1 : Number(startDigits);
  const r2 = endDigits === "" ? size.maxRows : Number(endDigits);
  const c1 = startLetters === "" ? 1 : columnNumber(startLetters);
  const c2 = endLetters === "" ? size.maxColumns : columnNumber(endLetters);
  if (Math.min(r1, r2, c1, c2) < 1) throw notFound();
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    sheetName,
    row,
    column,
    rows: Math.max(r1, r2) - row + 1,
    columns: Math.max(c1, c2) - column + 1,
  };
}
