/**
 * The rules of each kind of cell, both ways: how a value is written (plain text or number,
 * wrapped, coloured, with a dropdown) and how a typed cell is read back for the schema (empty →
 * missing, "0,75" → 0.75, sì/yes → true, "internal, customer" → two ids). Writer and reader both
 * come here, so a value always reads back as it was written.
 */
import type { Cell } from "../../layout/builder";
import type { CellValue, ListValidation } from "../../layout/plan";
import { LANGS, type Lang } from "../../texts/i18n";
import { t } from "../../texts/messages";
import type { Field, Kind } from "./spec";

/** A cell as trimmed text; a date (someone typed one) as its ISO form. */
export function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

function stringOf(value: unknown): string | undefined {
  const raw = text(value);
  return raw === "" ? undefined : raw;
}

function numberOf(value: unknown): unknown {
  if (typeof value === "number") return value;
  const raw = text(value);
  if (raw === "") return undefined;
  // One decimal separator at most, point or comma. "1.000,5" and "1,000" (a thousand, or one?) are
  // ambiguous: they stay text, and the schema says a number is needed.
  const ambiguous = /^[+-]?\d{1,3},\d{3}$/.test(raw);
  return !ambiguous && /^[+-]?\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(",", ".")) : raw;
}

function yesNo(lang: Lang): [string, string] {
  return [t(lang, "yes"), t(lang, "no")];
}

/** sì/no in any language, and the words a spreadsheet or a person may use for true and false. */
function booleanOf(value: unknown): unknown {
  if (typeof value === "boolean") return value;
  const raw = text(value).toLowerCase();
  if (raw === "") return undefined;
  const said = (answer: 0 | 1) => LANGS.some((lang) => yesNo(lang)[answer].toLowerCase() === raw);
  if (said(0) || ["true", "si", "vero"].includes(raw)) return true;
  if (said(1) || ["false", "falso"].includes(raw)) return false;
  return raw;
}

/** How many cells a field takes: one per language for a text in every language, else one. */
export function widthOf(kind: Kind): number {
  return kind.kind === "localized" ? LANGS.length : 1;
}

/** The model path of each of a field's cells: "name.it", "name.en"; or the field's own path. */
export function cellPaths(field: Field): string[] {
  return field.kind === "localized" ? LANGS.map((lang) => `${field.path}.${lang}`) : [field.path];
}

/**
 * The number format of a kind's cells: numbers stay numbers; every other value is plain text, so
 * "1.10" or "50%" typed later stays as typed.
 */
export function formatOf(kind: Kind): Pick<Cell, "format"> {
  return kind.kind === "number" ? {} : { format: "@" };
}

/** A value as its cell shows it; no value (an absent optional text) is an empty cell. */
function written(kind: Kind, value: unknown, lang: Lang): CellValue {
  switch (kind.kind) {
    case "number":
      return typeof value === "number" ? value : null;
    case "yesNo":
      return typeof value === "boolean" ? yesNo(lang)[value ? 0 : 1] : null;
    case "ids":
      return Array.isArray(value) ? value.join(ID_SEPARATOR) : null;
    default:
      return typeof value === "string" ? value : null;
  }
}

/** The cells a field's value is written in, left to right. */
export function writeCells(field: Field, value: unknown, lang: Lang): Cell[] {
  const format = formatOf(field);
  if (field.kind === "localized") {
    const texts: Partial<Record<Lang, unknown>> =
      value !== null && typeof value === "object" ? value : {};
    const wrap = field.long === true ? { wrap: true } : {};
    return LANGS.map((each) => ({ value: written(field, texts[each], lang), ...format, ...wrap }));
  }
  const shown = written(field, value, lang);
  const colour = field.kind === "colour" && typeof shown === "string" ? { background: shown } : {};
  return [{ value: shown, ...format, ...colour }];
}

/** The dropdown of a kind's cells, for kinds with fixed values. */
export function dropdownOf(kind: Kind, lang: Lang): ListValidation | null {
  if (kind.kind === "yesNo") return { values: yesNo(lang), helpText: t(lang, "msChoose") };
  if (kind.kind === "choice") return { values: [...kind.values], helpText: t(lang, kind.help) };
  return null;
}

/** Marks an optional value whose cells are all empty: the model leaves it out. */
export const LEFT_OUT = Symbol("left out");

/** How a list of ids is written in one cell; it is read at any comma, with or without spaces. */
const ID_SEPARATOR = ", ";

/** Ids from one cell: split at commas, each trimmed; empty pieces ("a, , b", "a,") are no ids. */
function idsOf(value: unknown): string[] | typeof LEFT_OUT {
  const raw = text(value);
  if (raw === "") return LEFT_OUT;
  return raw
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
}

/** A field's value as the schema should see it, from its cells (as many as `widthOf`). */
export function readValue(field: Field, cells: readonly unknown[]): unknown {
  switch (field.kind) {
    case "number":
      return numberOf(cells[0]);
    case "yesNo": {
      const value = booleanOf(cells[0]);
      return field.optional === true && value === undefined ? LEFT_OUT : value;
    }
    case "ids":
      return idsOf(cells[0]);
    case "localized": {
      const texts = Object.fromEntries(LANGS.map((lang, i) => [lang, stringOf(cells[i])]));
      const empty = Object.values(texts).every((each) => each === undefined);
      return field.optional === true && empty ? LEFT_OUT : texts;
    }
    default:
      return stringOf(cells[0]);
  }
}
