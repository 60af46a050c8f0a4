/**
 * Sheet names: readable, within Sheets' rules (100 characters), free of the characters .xlsx
 * refuses (its 31-character limit is the .xlsx writer's to handle), never clashing with another.
 */

export const MAX_SHEET_NAME = 100;
/** Characters Excel refuses in sheet names; avoided so a downloaded .xlsx opens everywhere. */
const UNSAFE = /[[\]*?:/\\\p{Cc}]/gu;

export function cleanSheetName(name: string): string {
  return name
    .replace(UNSAFE, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
}

/** "Questionario · Acme", or "Questionario · Acme (2)" when that name is taken (case-insensitive). */
export function uniqueSheetName(prefix: string, client: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const base = cleanSheetName(`${prefix} · ${client}`) || prefix;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
