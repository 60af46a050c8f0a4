/**
 * A model as its editable sheet: a title and a short how-to, then every section of the spec as a
 * marker row, a header row and one row per item. Values, plain-text formats and dropdowns all come
 * from each column's kind, so this file knows no field by name.
 */
import type { Box } from "../../layout/a1";
import { type Cell, GridBuilder } from "../../layout/builder";
import { type ListValidation, planOf, type SheetPlan } from "../../layout/plan";
import { COLORS, headerCell } from "../../layout/style";
import { LANGS, type Lang } from "../../texts/i18n";
import { type MessageKey, t } from "../../texts/messages";
import type { Model } from "../schema";
import { dropdownOf, formatOf, writeCells } from "./cells";
import { headerKeys, modelHeaderKeys, placed, SHEET_WIDTH } from "./layout";
import { valueAt } from "./paths";
import { type Entries, type Field, fieldName, MODEL_HEADER, parentsOf, TABLES } from "./spec";

/** The owner column (an option's scale, a band's scope) holds an id: plain text. */
const OWNER: Field = { kind: "text", path: "" };

interface Dropdown {
  row: number;
  column: number;
  rule: ListValidation;
}

/** The draft sheet for a model, in the consultant's language (model texts keep both languages). */
export function planModelSheet(model: Model, lang: Lang, sheetName: string): SheetPlan {
  const grid = new GridBuilder();
  const dropdowns: Dropdown[] = [];
  const muted = { color: COLORS.muted };
  /** Appends a row; `rules` holds each cell's dropdown (null for none), by position. */
  const row = (cells: Cell[], rules: readonly (ListValidation | null)[]) => {
    const at = grid.row(...cells);
    rules.forEach((rule, index) => {
      if (rule !== null) dropdowns.push({ row: at, column: index + 1, rule });
    });
  };
  const section = (marker: string, title: MessageKey, headers: readonly MessageKey[]) => {
    grid.blank();
    grid.row(
      { value: marker, color: COLORS.technical },
      { value: t(lang, title), bold: true, color: COLORS.title },
    );
    grid.row(...headers.map((key) => headerCell(t(lang, key))));
  };
  /** A field's cells and the dropdown of each. */
  const fieldCells = (field: Field, value: unknown) => {
    const cells = writeCells(field, value, lang);
    const rule = dropdownOf(field, lang);
    return { cells, rules: cells.map(() => rule) };
  };

  grid.row({
    value: t(lang, "msTitle", { name: model.name[lang], version: model.version }),
    bold: true,
    color: COLORS.title,
  });
  for (const key of ["msHowTo1", "msHowTo2", "msHowTo3"] as const)
    grid.row({ value: t(lang, key), ...muted });

  section(MODEL_HEADER.marker, MODEL_HEADER.title, modelHeaderKeys());
  for (const field of MODEL_HEADER.fields) {
    const { cells, rules } = fieldCells(field, valueAt(model, field.path));
    // A field with one value still fills a cell per language, so every value column reads alike.
    const padding = LANGS.slice(cells.length).map(
      (): Cell => ({ value: null, ...formatOf(field) }),
    );
    row(
      [
        { value: fieldName(field.path), bold: true },
        ...[...cells, ...padding].map((cell) => ({ ...cell, wrap: true })),
        { value: t(lang, field.hint), ...muted, wrap: true },
      ],
      [null, ...rules],
    );
  }

  const parents = parentsOf(model);
  for (const table of TABLES) {
    section(table.marker, table.title, headerKeys(table));
    for (const list of table.lists(parents)) {
      const items = itemsOf(valueAt(model, list.path), table.entries);
      for (const item of items) {
        const owner = table.owner === undefined ? [] : [fieldCells(OWNER, list.owner)];
        const fields = placed(table).map(({ field }) =>
          fieldCells(field, valueAt(item, field.path)),
        );
        const parts = [...owner, ...fields];
        row(
          parts.flatMap((part) => part.cells),
          parts.flatMap((part) => part.rules),
        );
      }
    }
  }

  const { values, formats } = grid.build(SHEET_WIDTH);
  return planOf({
    name: sheetName,
    values,
    formats,
    validations: validations(dropdowns),
    frozenColumns: 1,
    columnWidths: [
      { column: 1, count: 1, width: 140 },
      { column: 2, count: 3, width: 200 },
      { column: 5, count: SHEET_WIDTH - 4, width: 220 },
    ],
    tabColor: "#9334e6",
  });
}

/**
 * The rows of one of the model's lists: its items, or for a record (`entries`) one row per entry,
 * its key and its value side by side as the table's columns name them.
 */
function itemsOf(value: unknown, entries: Entries | undefined): unknown[] {
  if (entries === undefined) return Array.isArray(value) ? value : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).map(([key, entry]) => ({
    [entries.key]: key,
    [entries.value]: entry,
  }));
}

/** The dropdowns as one grid over the rows and columns that have any, null elsewhere. */
function validations(dropdowns: readonly Dropdown[]): SheetPlan["validations"] {
  if (dropdowns.length === 0) return null;
  const rows = dropdowns.map((d) => d.row);
  const columns = dropdowns.map((d) => d.column);
  const box: Box = {
    row: Math.min(...rows),
    column: Math.min(...columns),
    rows: Math.max(...rows) - Math.min(...rows) + 1,
    columns: Math.max(...columns) - Math.min(...columns) + 1,
  };
  const rules = Array.from({ length: box.rows }, () =>
    Array.from({ length: box.columns }, (): ListValidation | null => null),
  );
  for (const { row, column, rule } of dropdowns) {
    const line = rules[row - box.row];
    if (line !== undefined) line[column - box.column] = rule;
  }
  return { box, rules };
}
