/**
 * A cell read as an id: trimmed text, "" for an empty cell. Numbers read as their text (Sheets
 * turns an id such as `1` into a number); a Date reads as its ISO text, which no id matches.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}
