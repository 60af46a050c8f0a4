/** How Sheets turns what a script (or a person) writes into a cell value, and back into text. */
import { isDate } from "./json";

export { isDate };

export type CellValue = string | number | boolean | Date | null;

export interface ParsedInput {
  value: CellValue;
  formula: string | null;
}

/** Who writes: a script (Range.setValue & co.) or a person typing into the cell. */
export type Writer = "script" | "person";

export interface WriteContext {
  /** The spreadsheet locale ("it_IT" reads "3,5" as a number). */
  locale: string;
  /** The cell's number format; "@" is plain text. */
  numberFormat: string | null;
  writer: Writer;
}

/** PLATFORM.md: a cell holds at most 50,000 characters. */
const MAX_CELL_CHARS = 50000;
/** The number format Sheets calls "Plain text". */
const PLAIN_TEXT = "@";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Locales whose decimal separator is a comma ("3,5"). */
function usesDecimalComma(locale: string): boolean {
  return /^(it|de|fr|es|pt|nl|pl|ru|tr|sv|da|fi|nb|cs|el|ro|hu|id)/i.test(locale);
}

const text = (value: string): ParsedInput => ({ value, formula: null });

/**
 * What a write stores, following Sheets' parsing of entered text:
 * - "=…" is a formula (Range.setValue reference), except typed by a person in a plain-text cell;
 * - "'…" is text without the apostrophe, which is never stored;
 * - in a plain-text cell ("@") everything else stays text exactly as written: "+2", "1,5", "TRUE";
 * - elsewhere "12", "-3.5" (and "3,5" in comma locales) are numbers, "TRUE"/"FALSE" booleans,
 *   "2024-05-31" a date, and other text starting with "+", "-" or "@" is taken as a formula:
 *   conservative, so tests catch people's text written without protection.
 */
export function parseInput(raw: unknown, context: WriteContext): ParsedInput {
  if (raw === null || raw === undefined) return { value: null, formula: null };
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw, formula: null };
  if (isDate(raw)) return { value: new Date(raw.getTime()), formula: null };
  const written = String(raw);
  if (written.length > MAX_CELL_CHARS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
  const plainText = context.numberFormat === PLAIN_TEXT;
  if (written === "") return { value: null, formula: null };
  if (written.startsWith("=")) {
    return plainText && context.writer === "person"
      ? text(written)
      : { value: null, formula: written };
  }
  if (written.startsWith("'")) return text(written.slice(1));
  if (plainText) return text(written);
  const numeric =
    usesDecimalComma(context.locale) && /^[+-]?\d+,\d+$/.test(written)
      ? written.replace(",", ".")
      : written;
  if (NUMBER.test(numeric)) return { value: Number(numeric), formula: null };
  if (/^(true|false)$/i.test(written))
    return { value: written.toLowerCase() === "true", formula: null };
  const iso = ISO_DATE.exec(written);
  if (iso)
    return { value: new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])), formula: null };
  if (written.length > 1 && /^[+\-@]/.test(written)) return { value: null, formula: `=${written}` };
  return text(written);
}

const bcp47 = (locale: string): string => locale.replace(/_/g, "-");

function formatNumber(n: number, format: string | null, locale: string): string {
  const tag = bcp47(locale);
  if (format === null || format === "" || format === "General" || format.startsWith("0.###")) {
    return new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 10 }).format(n);
  }
  if (format === PLAIN_TEXT) return String(n);
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

/** The text Sheets would show (a small subset of number formats: 0, 0.0, #,##0, 0%, 0.0%, @). */
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
