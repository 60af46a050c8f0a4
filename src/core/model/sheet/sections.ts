/**
 * Finds the sections of a model sheet by their "#section" marker rows, so people may insert, remove
 * or move rows inside a section. Header rows are known by their text in any language, so a sheet
 * made in Italian reads the same for an English-speaking consultant.
 */
import { a1 } from "../../layout/a1";
import { LANGS } from "../../texts/i18n";
import { type MessageKey, t } from "../../texts/messages";
import { text } from "./cells";
import { HEADER_VALUE_COLUMN, headerKeys, modelHeaderKeys } from "./layout";
import { MARKERS, MODEL_HEADER, TABLES } from "./spec";

/** A row of a section: its 0-based index in the sheet, and its cells. */
export interface Row {
  index: number;
  cells: readonly unknown[];
}

export interface Sections {
  /** Each section's item rows, by marker ("#areas"). */
  rows: Map<string, Row[]>;
  /** 0-based row index of each section's marker. */
  markers: Map<string, number>;
  /** Sections marked twice: the later marker's row. */
  repeated: { section: string; index: number }[];
}

/** The first header of each section, as message keys: a row that starts with it is a header row. */
const FIRST_HEADERS = new Map<string, MessageKey | undefined>([
  [MODEL_HEADER.marker, modelHeaderKeys()[0]],
  ...TABLES.map((table) => [table.marker, headerKeys(table)[0]] as const),
]);

function isHeaderRow(section: string, first: string): boolean {
  const key = FIRST_HEADERS.get(section) ?? "mcId";
  return LANGS.some((lang) => t(lang, key).toLowerCase() === first.toLowerCase());
}

/** Splits the sheet (its getValues) by marker rows; header rows and blank rows are left out. */
export function sectionRows(cells: readonly (readonly unknown[])[]): Sections {
  const rows = new Map<string, Row[]>();
  const markers = new Map<string, number>();
  const repeated: Sections["repeated"] = [];
  let current: string | null = null;
  cells.forEach((row, index) => {
    const first = text(row[0]);
    if (MARKERS.includes(first)) {
      if (markers.has(first)) repeated.push({ section: first, index });
      else {
        markers.set(first, index);
        rows.set(first, []);
      }
      current = first;
      return;
    }
    if (current === null || isHeaderRow(current, first)) return;
    if (row.every((cell) => text(cell) === "")) return;
    rows.get(current)?.push({ index, cells: row });
  });
  return { rows, markers, repeated };
}

/** The cell holding a header field's value ("id", "version") on a model sheet, or A1. */
export function headerFieldCell(
  cells: readonly (readonly unknown[])[],
  key: "id" | "version",
): string {
  const start = cells.findIndex((row) => text(row[0]) === MODEL_HEADER.marker);
  const index = cells.findIndex((row, i) => i > start && text(row[0]) === key);
  return start < 0 || index < 0 ? "A1" : a1(index + 1, HEADER_VALUE_COLUMN + 1);
}
