/** Builds a plan's grid row by row, for report-like sheets (results, action plan, history). */
import { blankFormats, type CellValue, type GridFormats, type HorizontalAlignment } from "./plan";

export interface Cell {
  value: CellValue;
  background?: string | null;
  color?: string | null;
  bold?: boolean;
  align?: HorizontalAlignment;
  wrap?: boolean;
  /** Sheets number format, e.g. "0.0" or "0%". Display only: values keep full precision. */
  format?: string;
}

export type CellInput = Cell | CellValue;

export class GridBuilder {
  private readonly rows: Cell[][] = [];

  /** Appends a row and returns its 1-based row number. */
  row(...cells: CellInput[]): number {
    this.rows.push(cells.map((cell) => (isCell(cell) ? cell : { value: cell })));
    return this.rows.length;
  }

  blank(): number {
    return this.row();
  }

  get rowCount(): number {
    return this.rows.length;
  }

  build(minColumns = 1): { values: CellValue[][]; formats: GridFormats } {
    const columns = Math.max(minColumns, ...this.rows.map((row) => row.length));
    const formats = blankFormats(this.rows.length, columns);
    const values = this.rows.map((row, r) =>
      Array.from({ length: columns }, (_, c) => {
        const cell = row[c];
        if (cell === undefined) return null;
        const at = <T>(grid: T[][] | undefined, value: T) => {
          const line = grid?.[r];
          if (line !== undefined) line[c] = value;
        };
        if (cell.background !== undefined) at(formats.backgrounds, cell.background);
        if (cell.color !== undefined) at(formats.fontColors, cell.color);
        if (cell.bold === true) at(formats.fontWeights, "bold" as const);
        if (cell.align !== undefined) at(formats.horizontalAlignments, cell.align);
        if (cell.wrap === true) at(formats.wraps, true);
        if (cell.format !== undefined) at(formats.numberFormats, cell.format);
        return cell.value;
      }),
    );
    return { values, formats };
  }
}

export function isCell(input: CellInput): input is Cell {
  return input !== null && typeof input === "object" && !(input instanceof Date);
}
