/**
 * Where a cell is: 1-based rows and columns, like Sheets, and their A1 names. The one home of
 * column letters and of the rectangle type, for layouts, the adapter, the in-memory Sheets and the
 * workbench alike.
 */

/** A rectangle of a sheet. */
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** "A", "B", … "Z", "AA", … */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 1, "AA" → 27; lower case reads the same. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function boxA1(box: Box): string {
  const start = a1(box.row, box.column);
  return box.rows === 1 && box.columns === 1
    ? start
    : `${start}:${a1(box.row + box.rows - 1, box.column + box.columns - 1)}`;
}

/**
 * The box of a plain "B3" or "A1:C4", after an optional "Sheet!" prefix; null for anything else
 * (open ends such as "A:A" are the in-memory Sheets' business, not this one's).
 */
export function parseBox(text: string): Box | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    text.slice(text.lastIndexOf("!") + 1).trim(),
  );
  if (match === null) return null;
  const [, c1 = "", r1 = "", c2 = c1, r2 = r1] = match;
  const rows = [Number(r1), Number(r2)];
  const columns = [columnNumber(c1), columnNumber(c2)];
  if (Math.min(...rows) < 1) return null;
  const row = Math.min(...rows);
  const column = Math.min(...columns);
  return {
    row,
    column,
    rows: Math.max(...rows) - row + 1,
    columns: Math.max(...columns) - column + 1,
  };
}

export function boxContains(box: Box, row: number, column: number): boolean {
  return (
    row >= box.row &&
    row < box.row + box.rows &&
    column >= box.column &&
    column < box.column + box.columns
  );
}
