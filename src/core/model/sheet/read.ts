/**
 * Reads a model sheet back into a model and validates it whole. Every value is taken from the cell
 * the spec places it in, and that cell's address is kept under the value's model path, so each schema
 * error ("questions.3.weight") points at the cell to fix (F23). Mistakes in the sheet's structure
 * (a section missing or repeated, a row belonging to no scale) are reported at their row.
 */
import { a1 } from "../../layout/a1";
import type { Lang } from "../../texts/i18n";
import { type MessageKey, t } from "../../texts/messages";
import { type Model, parseModel } from "../schema";
import { cellPaths, LEFT_OUT, readValue, text, widthOf } from "./cells";
import { HEADER_VALUE_COLUMN, placed } from "./layout";
import { ancestorsOf, setAt } from "./paths";
import { type Row, sectionRows } from "./sections";
import {
  type Entries,
  type Field,
  fieldName,
  type List,
  MODEL_HEADER,
  PARENT_TABLES,
  type Parents,
  REQUIRED_MARKERS,
  TABLES,
  type Table,
} from "./spec";

export interface CellError {
  /** A1 address on the model sheet. */
  cell: string;
  /** The model path the error is about, e.g. "questions.3.area". */
  path: string;
  message: string;
}

export type SheetReading = { ok: true; model: Model } | { ok: false; errors: CellError[] };

/** The cell each model path was read from. */
class Addresses {
  private readonly cells = new Map<string, string>();

  /** `path` is at `cell`. */
  set(path: string, cell: string): void {
    this.cells.set(path, cell);
  }

  /**
   * `path` is at `cell`, and so is each path holding it below `within` that has no cell yet: a
   * range's errors point at its minimum, a text's at its first language.
   */
  mark(path: string, cell: string, within: string): void {
    this.set(path, cell);
    for (const outer of ancestorsOf(path)) {
      if (outer.length > within.length && !this.cells.has(outer)) this.cells.set(outer, cell);
    }
  }

  /** The cell of the most specific path that has one: "questions.3.text.en" → E20. */
  cellOf(path: string): string {
    const parts = path.split(".");
    for (let length = parts.length; length > 0; length--) {
      const cell = this.cells.get(parts.slice(0, length).join("."));
      if (cell !== undefined) return cell;
    }
    return "A1";
  }
}

/** Notes the cell of each of a field's values; `at` gives the cell of its n-th cell. */
function markField(
  field: Field,
  prefix: string,
  at: (offset: number) => string,
  addresses: Addresses,
): void {
  cellPaths(field).forEach((path, offset) => {
    addresses.mark(prefix === "" ? path : `${prefix}.${path}`, at(offset), prefix);
  });
}

/** Puts a field's value, read from `cells` (its first cell onwards), into `item`. */
function putField(field: Field, cells: readonly unknown[], item: Record<string, unknown>): void {
  const value = readValue(field, cells.slice(0, widthOf(field)));
  if (value !== LEFT_OUT) setAt(item, field.path, value);
}

/**
 * Reads a model sheet (its getValues) into a model, or every error with the cell to fix.
 * Never throws on bad input.
 */
export function readModelSheet(cells: readonly (readonly unknown[])[], lang: Lang): SheetReading {
  const { rows: sections, markers, repeated } = sectionRows(cells);
  const missing = REQUIRED_MARKERS.filter((marker) => !sections.has(marker));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((section) => ({
        cell: "A1",
        path: "",
        message: t(lang, "msMissingSection", { section }),
      })),
    };
  }
  const rowsOf = (marker: string) => sections.get(marker) ?? [];
  const markerCell = (marker: string) => a1((markers.get(marker) ?? 0) + 1, 1);
  /** Mistakes in the sheet's structure, found before the schema runs. */
  const structure: CellError[] = repeated.map(({ section, index }) => ({
    cell: a1(index + 1, 1),
    path: "",
    message: t(lang, "msRepeatedSection", { section }),
  }));
  const rowError = (row: Row, message: string) =>
    structure.push({ cell: a1(row.index + 1, 1), path: "", message });
  const addresses = new Addresses();
  const candidate: Record<string, unknown> = {};

  // The header: one row per field, found by the field's name; a field named twice is a mistake.
  const named = new Map<string, Row>();
  for (const row of rowsOf(MODEL_HEADER.marker)) {
    const name = text(row.cells[0]);
    if (named.has(name)) rowError(row, t(lang, "msRepeatedField", { field: name }));
    else named.set(name, row);
  }
  for (const field of MODEL_HEADER.fields) {
    const row = named.get(fieldName(field.path));
    // A field whose row is missing: its errors point at the section's marker.
    if (row === undefined) addresses.set(field.path, markerCell(MODEL_HEADER.marker));
    else markField(field, "", (n) => a1(row.index + 1, HEADER_VALUE_COLUMN + n + 1), addresses);
    putField(field, row?.cells.slice(HEADER_VALUE_COLUMN) ?? [], candidate);
  }

  const parents: Parents = {
    scales: idsOf(PARENT_TABLES.scales, rowsOf(PARENT_TABLES.scales.marker)),
    areas: idsOf(PARENT_TABLES.areas, rowsOf(PARENT_TABLES.areas.marker)),
    questions: idsOf(PARENT_TABLES.questions, rowsOf(PARENT_TABLES.questions.marker)),
  };
  for (const table of TABLES) {
    const rows = rowsOf(table.marker);
    const lists = table.lists(parents);
    for (const list of lists) {
      // Errors about a whole list (e.g. "needs at least 1") point at its section's marker (the
      // first cell of the sheet for a section an older sheet lacks); those about an item's own
      // list at the item's row, which its path falls back to.
      if (list.inItem === undefined) addresses.mark(list.path, markerCell(table.marker), "");
      const owner = list.owner;
      const members =
        owner === undefined
          ? rows
          : rows.filter((row) => owner !== "" && text(row.cells[0]) === owner);
      if (members.length === 0 && list.optional === true) continue;
      const value =
        table.entries === undefined
          ? members.map((row, i) => readItem(table, row, `${list.path}.${i}`, addresses))
          : readEntries(
              table,
              table.entries,
              list,
              members,
              addresses,
              (row, column, key, params) =>
                structure.push({
                  cell: a1(row.index + 1, column + 1),
                  path: "",
                  message: t(lang, key, params),
                }),
            );
      setAt(candidate, list.path, value);
    }
    // Rows that belong to nothing would be dropped without a word: they are errors.
    const { owner } = table;
    if (owner === undefined) continue;
    const owners = new Set(lists.map((list) => list.owner));
    for (const row of rows) {
      const name = text(row.cells[0]);
      if (!owners.has(name)) rowError(row, t(lang, owner.unknown, { [owner.param]: name }));
    }
  }

  const parsed = parseModel(candidate, lang);
  const errors = [
    ...structure,
    ...(parsed.ok
      ? []
      : parsed.errors.map((error) => ({ ...error, cell: addresses.cellOf(error.path) }))),
  ];
  return parsed.ok && errors.length === 0 ? parsed : { ok: false, errors };
}

/** One row as an item of the list at `prefix`; the row's first cell stands for the whole item. */
function readItem(
  table: Table,
  row: Row,
  prefix: string,
  addresses: Addresses,
): Record<string, unknown> {
  addresses.set(prefix, a1(row.index + 1, 1));
  const item: Record<string, unknown> = {};
  for (const { field, column } of placed(table)) {
    markField(field, prefix, (n) => a1(row.index + 1, column + n + 1), addresses);
    putField(field, row.cells.slice(column), item);
  }
  return item;
}

/** A mistake in the sheet's structure at a row's cell (0-based column). */
type CellMistake = (
  row: Row,
  column: number,
  key: MessageKey,
  params?: Record<string, string>,
) => void;

/**
 * Rows that are the entries of a record (a question's wordings): each row's key cell names its
 * entry, so its value's errors point at the row ("questions.3.wording.customer.en" at the English
 * text) and the entry itself (an unknown perspective) at the key cell. A row without a key, or
 * with a key an earlier row has, is a mistake of the sheet's and is left out.
 */
function readEntries(
  table: Table,
  entries: Entries,
  list: List,
  rows: readonly Row[],
  addresses: Addresses,
  mistake: CellMistake,
): Record<string, unknown> {
  const columns = placed(table);
  const keyAt = columns.find(({ field }) => field.path === entries.key);
  const valueAt = columns.find(({ field }) => field.path === entries.value);
  if (keyAt === undefined || valueAt === undefined) throw new Error(`${table.marker}: no entries`);
  // A Map, made a record at the end: setting record["__proto__"] would set the prototype.
  const found = new Map<string, unknown>();
  for (const row of rows) {
    const key = text(row.cells[keyAt.column]);
    if (key === "") {
      mistake(row, keyAt.column, entries.missing);
      continue;
    }
    if (found.has(key)) {
      const owner = table.owner === undefined ? {} : { [table.owner.param]: text(row.cells[0]) };
      mistake(row, keyAt.column, entries.repeated, { ...owner, [entries.key]: key });
      continue;
    }
    const prefix = `${list.path}.${key}`;
    addresses.mark(prefix, a1(row.index + 1, keyAt.column + 1), list.path);
    // The value's cells under the entry's own path: "text.en" is the entry's ".en".
    cellPaths(valueAt.field).forEach((path, offset) => {
      const inner = path.slice(entries.value.length);
      addresses.mark(`${prefix}${inner}`, a1(row.index + 1, valueAt.column + offset + 1), prefix);
    });
    found.set(key, readValue(valueAt.field, row.cells.slice(valueAt.column)));
  }
  return Object.fromEntries(found);
}

/** The id cells of a table's rows, as text ("" when empty). */
function idsOf(table: Table, rows: readonly Row[]): string[] {
  const id = placed(table).find(({ field }) => field.path === "id")?.column ?? 0;
  return rows.map((row) => text(row.cells[id]));
}
