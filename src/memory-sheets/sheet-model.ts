/** One sheet's grid and everything attached to it, with the edits Sheets applies to it. */
import { type Box, boxContains } from "../core/layout/a1";
import { fromA1 } from "./a1";
import {
  type CellModel,
  type ChartModel,
  type ConditionalRuleModel,
  emptyCell,
  type ProtectionModel,
  type RangeProtectionModel,
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

/** Whether two boxes share a cell. */
export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

/** Whether `inner` lies wholly inside `outer`. */
const boxInside = (inner: Box, outer: Box): boolean =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.column + inner.columns <= outer.column + outer.columns;

/**
 * What Apps Script throws when a merge or unmerge takes part of an existing merge (the message as
 * public scripts quote it; not in Google's reference).
 */
const PARTIAL_MERGE = "You must select all cells in a merged range to merge or unmerge them.";

export class SheetModel {
  hidden = false;
  tabColor: string | null = null;
  frozenRows = 0;
  frozenColumns = 0;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  /** Heights set by Sheet.setRowHeights, by row; rows without one have the default height. */
  rowHeights = new Map<number, number>();
  /** Sparse grid: row → column → cell. */
  rows = new Map<number, Map<number, CellModel>>();
  /** The sheet protection (Sheet.protect), if any: at most one. */
  protections: ProtectionModel[] = [];
  /** Range protections (Range.protect), in the order they were made. */
  rangeProtections: RangeProtectionModel[] = [];
  /** Merged blocks, each at least two cells, none overlapping another. */
  merges: Box[] = [];
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
    this.rowHeights = remapKeys(this.rowHeights, line);
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
    this.rowHeights = dropKeys(this.rowHeights, line);
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

  // ---- merges ----------------------------------------------------------------------------

  /** The merge holding a cell, if any. */
  mergeAt(row: number, column: number): Box | undefined {
    return this.merges.find((m) => boxContains(m, row, column));
  }

  /**
   * Merges each of `blocks` (all inside `area`, the range the script called on). Merges wholly
   * inside `area` give way; one that `area` cuts makes it throw, before anything changes. Each
   * block keeps only its top-left cell's value or formula; a one-cell block is no merge.
   */
  merge(area: Box, blocks: Box[]): void {
    this.checkWholeMerges(area);
    this.merges = this.merges.filter((m) => !boxInside(m, area));
    for (const block of blocks) {
      if (block.rows * block.columns < 2) continue;
      this.forEachStoredCell(block, (cell, r, c) => {
        if (r === block.row && c === block.column) return;
        cell.value = null;
        cell.formula = null;
      });
      this.merges.push({ ...block });
    }
  }

  /** Unmerges the merges inside `area`; one that `area` cuts makes it throw. */
  breakApart(area: Box): void {
    this.checkWholeMerges(area);
    this.merges = this.merges.filter((m) => !boxInside(m, area));
  }

  private checkWholeMerges(area: Box): void {
    if (this.merges.some((m) => boxesOverlap(m, area) && !boxInside(m, area)))
      throw new Error(PARTIAL_MERGE);
  }

  /** Like forEachCell, but only over cells already stored (nothing is created). */
  private forEachStoredCell(
    box: Box,
    edit: (cell: CellModel, row: number, column: number) => void,
  ): void {
    for (let r = box.row; r < box.row + box.rows; r++) {
      const line = this.rows.get(r);
      if (!line) continue;
      for (let c = box.column; c < box.column + box.columns; c++) {
        const cell = line.get(c);
        if (cell) edit(cell, r, c);
      }
    }
  }

  /**
   * Moves one row to a new position, like a person dragging it: the rows between slide by one.
   * Cells, formats, notes, validation and hidden state travel; protections (sheet and range),
   * merges, rules and charts stay.
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
    this.rowHeights = remapKeys(this.rowHeights, map);
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
    this.rangeProtections = this.rangeProtections.flatMap((p) => {
      const range = close(p.range);
      if (range === null) return [];
      p.range = range;
      return [p];
    });
    // A merge cut down to one cell is no merge any more.
    this.merges = this.merges.flatMap((m) => {
      const box = close(m);
      return box === null || box.rows * box.columns < 2 ? [] : [box];
    });
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
    for (const p of this.rangeProtections) p.range = shift(p.range);
    this.merges = this.merges.map(shift);
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
