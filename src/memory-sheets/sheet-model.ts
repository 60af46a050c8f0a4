/** One sheet's grid and everything attached to it, with the edits Sheets applies to it. */
import { fromA1, type GridRect } from "./a1";
import {
  type CellModel,
  type ChartModel,
  type ConditionalRuleModel,
  emptyCell,
  type MetadataModel,
  type ProtectionModel,
  RangeRef,
} from "./model";
import type { CellValue } from "./values";

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

type Axis = "row" | "column";

/** Where a line (row or column) goes when `count` lines are inserted (count > 0) or deleted (< 0) at `at`. */
function lineMapper(at: number, count: number): (line: number) => number | null {
  if (count >= 0) return (line) => (line >= at ? line + count : line);
  const removed = -count;
  return (line) => (line < at ? line : line < at + removed ? null : line - removed);
}

/** The span [start, start+length) after the same insertion or deletion; null if it vanished. */
function spanMapper(
  at: number,
  count: number,
): (start: number, length: number) => [number, number] | null {
  if (count >= 0) {
    return (start, length) =>
      start >= at
        ? [start + count, length]
        : start + length - 1 >= at
          ? [start, length + count]
          : [start, length];
  }
  const removed = -count;
  return (start, length) => {
    const end = start + length - 1;
    const overlap = Math.max(0, Math.min(end, at + removed - 1) - Math.max(start, at) + 1);
    if (overlap === length) return null;
    const newStart = start < at ? start : start >= at + removed ? start - removed : at;
    return [newStart, length - overlap];
  };
}

export class SheetModel {
  hidden = false;
  tabColor: string | null = null;
  frozenRows = 0;
  frozenColumns = 0;
  hiddenGridlines = false;
  maxRows = 1000;
  maxColumns = 26;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** Sparse grid: row → column → cell. */
  rows = new Map<number, Map<number, CellModel>>();
  merges: GridRect[] = [];
  protections: ProtectionModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];
  charts: ChartModel[] = [];
  developerMetadata: MetadataModel[] = [];

  constructor(
    public name: string,
    readonly sheetId: number,
  ) {}

  // ---- inspection -------------------------------------------------------------------------

  /** The cell at an A1 address (top-left of a range). Unwritten cells come back empty. */
  cell(a1: string): CellModel {
    const { row, column } = fromA1(a1, this);
    return this.cellAt(row, column);
  }

  cellAt(row: number, column: number): CellModel {
    return this.rows.get(row)?.get(column) ?? emptyCell();
  }

  /** Values of a range (default: the data range); null for empty and formula cells. */
  values(a1?: string): CellValue[][] {
    return this.read(a1, (cell) => cell.value);
  }

  formulas(a1?: string): (string | null)[][] {
    return this.read(a1, (cell) => cell.formula);
  }

  read<T>(a1: string | undefined, pick: (cell: CellModel) => T): T[][] {
    const rect = a1 === undefined ? this.dataRect() : fromA1(a1, this);
    const out: T[][] = [];
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const line: T[] = [];
      for (let c = rect.column; c < rect.column + rect.numColumns; c++)
        line.push(pick(this.cellAt(r, c)));
      out.push(line);
    }
    return out;
  }

  /** The last row with a value or formula (0 if none), like Sheet.getLastRow. */
  get lastRow(): number {
    let last = 0;
    for (const [r, cols] of this.rows) {
      if (r > last && [...cols.values()].some(hasContent)) last = r;
    }
    return last;
  }

  get lastColumn(): number {
    let last = 0;
    for (const cols of this.rows.values()) {
      for (const [c, cell] of cols) if (c > last && hasContent(cell)) last = c;
    }
    return last;
  }

  dataRect(): GridRect {
    return {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.lastRow),
      numColumns: Math.max(1, this.lastColumn),
    };
  }

  // ---- edits ------------------------------------------------------------------------------

  /** The stored cell, created if needed; writing beyond the grid grows it, as Sheets does. */
  writableCell(row: number, column: number): CellModel {
    this.grow(row, column);
    let line = this.rows.get(row);
    if (!line) {
      line = new Map();
      this.rows.set(row, line);
    }
    let cell = line.get(column);
    if (!cell) {
      cell = emptyCell();
      line.set(column, cell);
    }
    return cell;
  }

  grow(row: number, column: number): void {
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
  }

  forEachCell(rect: GridRect, edit: (cell: CellModel, row: number, column: number) => void): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++)
        edit(this.writableCell(r, c), r, c);
    }
  }

  /** Inserts (count > 0) or deletes (count < 0) rows at `at`, moving cells and everything anchored to them. */
  shiftRows(at: number, count: number): void {
    this.shift("row", at, count);
  }

  shiftColumns(at: number, count: number): void {
    this.shift("column", at, count);
  }

  /** Moves one row to a new position, like a person dragging it: the rows between slide by one. */
  moveRow(from: number, to: number): void {
    const map = (r: number): number => {
      if (r === from) return to;
      if (from < to && r > from && r <= to) return r - 1;
      if (from > to && r >= to && r < from) return r + 1;
      return r;
    };
    this.grow(to, 1);
    this.rows = remapKeys(this.rows, map);
    remapSet(this.hiddenRows, map);
    remapMap(this.rowHeights, map);
  }

  private shift(axis: Axis, at: number, count: number): void {
    const line = lineMapper(at, count);
    const span = spanMapper(at, count);
    const mapRect = (rect: GridRect): GridRect | null => {
      const [start, length] =
        axis === "row" ? [rect.row, rect.numRows] : [rect.column, rect.numColumns];
      const mapped = span(start, length);
      if (!mapped) return null;
      return axis === "row"
        ? { ...rect, row: mapped[0], numRows: mapped[1] }
        : { ...rect, column: mapped[0], numColumns: mapped[1] };
    };
    const mapRef = (ref: RangeRef): RangeRef | null => {
      if (ref.sheetId !== this.sheetId) return ref;
      const rect = mapRect(ref.rect);
      return rect ? new RangeRef(ref.sheetId, rect) : null;
    };
    if (axis === "row") {
      this.rows = remapKeys(this.rows, line);
      remapSet(this.hiddenRows, line);
      remapMap(this.rowHeights, line);
      this.maxRows = Math.max(1, this.maxRows + count);
    } else {
      for (const [r, cols] of this.rows) this.rows.set(r, remapKeys(cols, line));
      remapSet(this.hiddenColumns, line);
      remapMap(this.columnWidths, line);
      this.maxColumns = Math.max(1, this.maxColumns + count);
    }
    this.merges = this.merges.flatMap((m) => mapRect(m) ?? []);
    this.protections = this.protections.flatMap((p) => {
      const rect = p.rect && mapRect(p.rect);
      if (p.rect && !rect) return [];
      return [{ ...p, rect, unprotected: p.unprotected.flatMap((u) => mapRect(u) ?? []) }];
    });
    this.conditionalRules = this.conditionalRules.flatMap((rule) => {
      const ranges = rule.ranges.flatMap((r) => mapRef(r) ?? []);
      return ranges.length > 0 ? [{ ...rule, ranges }] : [];
    });
    for (const chart of this.charts) {
      chart.ranges = chart.ranges.flatMap((r) => mapRef(r) ?? []);
      if (axis === "row") chart.anchorRow = line(chart.anchorRow) ?? at;
      else chart.anchorColumn = line(chart.anchorColumn) ?? at;
    }
  }
}

const hasContent = (cell: CellModel): boolean => cell.value !== null || cell.formula !== null;

function remapKeys<V>(map: Map<number, V>, to: (key: number) => number | null): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) {
    const target = to(k);
    if (target !== null) out.set(target, v);
  }
  return out;
}

function remapSet(set: Set<number>, to: (key: number) => number | null): void {
  const moved = [...set].flatMap((k) => to(k) ?? []);
  set.clear();
  for (const k of moved) set.add(k);
}

function remapMap<V>(map: Map<number, V>, to: (key: number) => number | null): void {
  const moved = remapKeys(map, to);
  map.clear();
  for (const [k, v] of moved) map.set(k, v);
}
