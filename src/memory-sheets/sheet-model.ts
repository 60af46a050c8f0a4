/** One sheet's grid and everything attached to it, with the edits Sheets applies to it. */
import type { Box } from "../core/layout/a1";
import { fromA1 } from "./a1";
import {
  type CellModel,
  type ChartModel,
  type ConditionalRuleModel,
  emptyCell,
  type ProtectionModel,
  RangeRef,
} from "./model";
import type { CellValue } from "./values";

export const DEFAULT_COLUMN_WIDTH = 100;
/** A new sheet's grid (PLATFORM.md: "a new sheet is 1000 × 26"). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Where a line at or after `at` goes when `count` lines are inserted there. */
const shifted =
  (at: number, count: number) =>
  (line: number): number =>
    line >= at ? line + count : line;

/** A span [start, start + length) after the insertion: pushed along, or widened if it straddles. */
function shiftSpan(at: number, count: number, start: number, length: number): [number, number] {
  if (start >= at) return [start + count, length];
  return start + length - 1 >= at ? [start, length + count] : [start, length];
}

/** Where a line goes when `count` lines from `at` are deleted: null for a deleted one. */
const closed =
  (at: number, count: number) =>
  (line: number): number | null =>
    line < at ? line : line >= at + count ? line - count : null;

/** A span after the deletion: cut short, pulled back, or null when all of it was deleted. */
function closeSpan(
  at: number,
  count: number,
  start: number,
  length: number,
): [number, number] | null {
  const overlap = Math.max(0, Math.min(start + length, at + count) - Math.max(start, at));
  if (overlap === length) return null;
  return [start < at ? start : Math.max(at, start - count), length - overlap];
}

export class SheetModel {
  hidden = false;
  tabColor: string | null = null;
  frozenRows = 0;
  frozenColumns = 0;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  /** Sparse grid: row → column → cell. */
  rows = new Map<number, Map<number, CellModel>>();
  protections: ProtectionModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];
  charts: ChartModel[] = [];

  constructor(
    public name: string,
    readonly sheetId: number,
  ) {}

  // ---- inspection (tests, workbench) ------------------------------------------------------

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

  private read<T>(a1: string | undefined, pick: (cell: CellModel) => T): T[][] {
    const box = a1 === undefined ? this.dataBox() : fromA1(a1, this);
    return Array.from({ length: box.rows }, (_, i) =>
      Array.from({ length: box.columns }, (_, j) => pick(this.cellAt(box.row + i, box.column + j))),
    );
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

  /** Like Sheet.getDataRange: from A1 to the last row and column with content, at least A1. */
  dataBox(): Box {
    return {
      row: 1,
      column: 1,
      rows: Math.max(1, this.lastRow),
      columns: Math.max(1, this.lastColumn),
    };
  }

  inGrid(box: Box): boolean {
    return (
      box.row + box.rows - 1 <= this.maxRows && box.column + box.columns - 1 <= this.maxColumns
    );
  }

  // ---- edits ------------------------------------------------------------------------------

  /** The stored cell, created if needed. Callers have checked that it is inside the grid. */
  writableCell(row: number, column: number): CellModel {
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

  forEachCell(box: Box, edit: (cell: CellModel, row: number, column: number) => void): void {
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.column; c < box.column + box.columns; c++)
        edit(this.writableCell(r, c), r, c);
    }
  }

  /** Inserts `count` rows before row `at`, moving cells and everything anchored to them. */
  insertRows(at: number, count: number): void {
    const line = shifted(at, count);
    this.rows = remapKeys(this.rows, line);
    remapSet(this.hiddenRows, line);
    this.maxRows += count;
    this.shiftAnchored(
      (box) => {
        const [row, rows] = shiftSpan(at, count, box.row, box.rows);
        return { ...box, row, rows };
      },
      (chart) => {
        chart.anchorRow = line(chart.anchorRow);
      },
    );
  }

  /** Inserts `count` columns before column `at`, moving cells and everything anchored to them. */
  insertColumns(at: number, count: number): void {
    const line = shifted(at, count);
    for (const [r, cols] of this.rows) this.rows.set(r, remapKeys(cols, line));
    const widths = remapKeys(this.columnWidths, line);
    this.columnWidths.clear();
    for (const [c, width] of widths) this.columnWidths.set(c, width);
    this.maxColumns += count;
    this.shiftAnchored(
      (box) => {
        const [column, columns] = shiftSpan(at, count, box.column, box.columns);
        return { ...box, column, columns };
      },
      (chart) => {
        chart.anchorColumn = line(chart.anchorColumn);
      },
    );
  }

  /**
   * Deletes `count` rows from row `at`: their cells go, what lies below moves up, and ranges that
   * span them shrink (ranges wholly inside are dropped), as when a person deletes rows in Sheets.
   */
  deleteRows(at: number, count: number): void {
    const line = closed(at, count);
    this.rows = dropKeys(this.rows, line);
    const hidden = [...this.hiddenRows].flatMap((row) => line(row) ?? []);
    this.hiddenRows.clear();
    for (const row of hidden) this.hiddenRows.add(row);
    this.maxRows -= count;
    this.closeAnchored(
      (box) => {
        const span = closeSpan(at, count, box.row, box.rows);
        return span === null ? null : { ...box, row: span[0], rows: span[1] };
      },
      (chart) => {
        chart.anchorRow = line(chart.anchorRow) ?? at;
      },
    );
  }

  /** Deletes `count` columns from column `at`, as `deleteRows` does rows. */
  deleteColumns(at: number, count: number): void {
    const line = closed(at, count);
    for (const [r, cols] of this.rows) this.rows.set(r, dropKeys(cols, line));
    const widths = dropKeys(this.columnWidths, line);
    this.columnWidths.clear();
    for (const [c, width] of widths) this.columnWidths.set(c, width);
    this.maxColumns -= count;
    this.closeAnchored(
      (box) => {
        const span = closeSpan(at, count, box.column, box.columns);
        return span === null ? null : { ...box, column: span[0], columns: span[1] };
      },
      (chart) => {
        chart.anchorColumn = line(chart.anchorColumn) ?? at;
      },
    );
  }

  /**
   * Moves one row to a new position, like a person dragging it: the rows between slide by one.
   * Cells, formats, notes, validation and hidden state travel; protections, rules and charts stay.
   */
  moveRow(from: number, to: number): void {
    if (Math.max(from, to) > this.maxRows) throw new Error("Those rows are out of bounds.");
    const map = (r: number): number => {
      if (r === from) return to;
      if (from < to && r > from && r <= to) return r - 1;
      if (from > to && r >= to && r < from) return r + 1;
      return r;
    };
    this.rows = remapKeys(this.rows, map);
    remapSet(this.hiddenRows, map);
  }

  private closeAnchored(
    close: (box: Box) => Box | null,
    moveChart: (chart: ChartModel) => void,
  ): void {
    const closeRef = (ref: RangeRef): RangeRef[] => {
      if (ref.sheetId !== this.sheetId) return [ref];
      const box = close(ref.box);
      return box === null ? [] : [new RangeRef(ref.sheetId, box)];
    };
    for (const p of this.protections) p.unprotected = p.unprotected.flatMap((b) => close(b) ?? []);
    for (const rule of this.conditionalRules) rule.ranges = rule.ranges.flatMap(closeRef);
    for (const chart of this.charts) {
      chart.ranges = chart.ranges.flatMap(closeRef);
      moveChart(chart);
    }
  }

  private shiftAnchored(shift: (box: Box) => Box, moveChart: (chart: ChartModel) => void): void {
    const shiftRef = (ref: RangeRef): RangeRef =>
      ref.sheetId === this.sheetId ? new RangeRef(ref.sheetId, shift(ref.box)) : ref;
    for (const p of this.protections) p.unprotected = p.unprotected.map(shift);
    for (const rule of this.conditionalRules) rule.ranges = rule.ranges.map(shiftRef);
    for (const chart of this.charts) {
      chart.ranges = chart.ranges.map(shiftRef);
      moveChart(chart);
    }
  }
}

const hasContent = (cell: CellModel): boolean => cell.value !== null || cell.formula !== null;

function remapKeys<V>(map: Map<number, V>, to: (key: number) => number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) out.set(to(k), v);
  return out;
}

function dropKeys<V>(map: Map<number, V>, to: (key: number) => number | null): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) {
    const key = to(k);
    if (key !== null) out.set(key, v);
  }
  return out;
}

function remapSet(set: Set<number>, to: (key: number) => number): void {
  const moved = [...set].map(to);
  set.clear();
  for (const k of moved) set.add(k);
}
