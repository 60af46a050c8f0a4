/**
 * Where each field of the spec sits on the sheet: its first column and its header texts. The writer
 * puts values there and the reader takes them (and the errors' cells) from there, so the two cannot
 * drift apart when a column is added or moved in the spec.
 */
import { LANGS } from "../../texts/i18n";
import type { MessageKey } from "../../texts/messages";
import { widthOf } from "./cells";
import { type Column, MODEL_HEADER, TABLES, type Table } from "./spec";

/** A field at its first column (0-based; a text in every language goes on to the right). */
export interface Placed {
  field: Column;
  column: number;
}

const placements = new Map<Table, readonly Placed[]>();

/** The columns of a table's fields, after the owner column where there is one. */
export function placed(table: Table): readonly Placed[] {
  const known = placements.get(table);
  if (known !== undefined) return known;
  let column = table.owner === undefined ? 0 : 1;
  const found = table.columns.map((field) => {
    const at = { field, column };
    column += widthOf(field);
    return at;
  });
  placements.set(table, found);
  return found;
}

/** A table's header row, as message keys: the owner, then each field (each language of a text). */
export function headerKeys(table: Table): MessageKey[] {
  const fields = table.columns.flatMap((column) =>
    column.kind === "localized" ? LANGS.map((lang) => column.header[lang]) : [column.header],
  );
  return table.owner === undefined ? fields : [table.owner.header, ...fields];
}

/** The model header's header row: field, its value in each language, hint. */
export function modelHeaderKeys(): MessageKey[] {
  const { nameHeader, valueHeader, hintHeader } = MODEL_HEADER;
  return [nameHeader, ...LANGS.map((lang) => valueHeader[lang]), hintHeader];
}

/** The first column of a model header row's values (after the field's name). */
export const HEADER_VALUE_COLUMN = 1;

/** Columns the sheet needs: its widest section. */
export const SHEET_WIDTH = Math.max(
  modelHeaderKeys().length,
  ...TABLES.map((table) => headerKeys(table).length),
);
