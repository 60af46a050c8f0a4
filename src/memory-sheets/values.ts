/** How Sheets turns what a script (or a person) writes into a cell value, and back into text. */

export type CellValue = string | number | boolean | Date | null;

export interface ParsedInput {
  value: CellValue;
  formula: string | null;
}

export const MAX_CELL_CHARS = 50000;

/** A Date from any realm (a node:vm sandbox has its own Date constructor). */
export const isDate = (x: unknown): x is Date =>
  Object.prototype.toString.call(x) === "[object Date]";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Locales whose decimal separator is a comma ("3,5"). */
export function usesDecimalComma(locale: string): boolean {
  return /^(it|de|fr|es|pt|nl|pl|ru|tr|sv|da|fi|nb|cs|el|ro|hu|id)/i.test(locale);
}

/**
 * What `setValue` stores, following Sheets' user-entered parsing:
 * "=…" is a formula; "'…" is text without the apostrophe; "12", "-3.5" (and "3,5" in comma
 * locales) are numbers; "TRUE"/"FALSE" booleans; "2024-05-31" a date. Text starting with "+", "-"
 * or "@" that is not a number is taken as a formula too: conservative, so tests catch user text
 * that was written unprotected.
 */
export function parseInput(raw: unknown, locale = "en_US"): ParsedInput {
  if (raw === null || raw === undefined) return { value: null, formula: null };
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw, formula: null };
  if (isDate(raw)) return { value: new Date(raw.getTime()), formula: null };
  const text = String(raw);
  if (text.length > MAX_CELL_CHARS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
  if (text === "") return { value: null, formula: null };
  if (text.startsWith("=")) return { value: null, formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const numeric =
    usesDecimalComma(locale) && /^[+-]?\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
  if (NUMBER.test(numeric)) return { value: Number(numeric), formula: null };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true", formula: null };
  const iso = ISO_DATE.exec(text);
  if (iso)
    return { value: new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])), formula: null };
  if (text.length > 1 && /^[+\-@]/.test(text)) return { value: null, formula: `=${text}` };
  return { value: text, formula: null };
}

const bcp47 = (locale: string): string => locale.replace(/_/g, "-");

function formatNumber(n: number, format: string | null, locale: string): string {
  const tag = bcp47(locale);
  if (format === null || format === "" || format === "General" || format.startsWith("0.###")) {
    return new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 10 }).format(n);
  }
  if (format === "@") return String(n);
  const percent = format.includes("%");
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  return new Intl.NumberFormat(tag, {
    style: percent ? "percent" : "decimal",
    useGrouping: format.includes(","),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
    .format(n)
    .replace(/\s%$/, "%");
}

/** The text Sheets would show (a small subset of number formats: 0, 0.00, #,##0, 0%, 0.0%, @). */
export function displayValue(
  value: CellValue,
  numberFormat: string | null,
  locale: string,
  timeZone: string,
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return formatNumber(value, numberFormat, locale);
  if (isDate(value)) {
    return new Intl.DateTimeFormat(bcp47(locale), {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
    }).format(value);
  }
  return value;
}
