/** Finding and creating sheets by reference, with few calls. */
import { uniqueSheetName } from "../core/layout/names";
import type { SheetRef } from "../core/storage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** By name first (two calls); by id when the sheet was renamed; null when it was deleted. */
export function findSheet(spreadsheet: Spreadsheet, ref: SheetRef | null): Sheet | null {
  if (ref === null) return null;
  const byName = spreadsheet.getSheetByName(ref.name);
  if (byName !== null && byName.getSheetId() === ref.id) return byName;
  return spreadsheet.getSheets().find((sheet) => sheet.getSheetId() === ref.id) ?? null;
}

export function refOf(sheet: Sheet): SheetRef {
  return { id: sheet.getSheetId(), name: sheet.getName() };
}

export function sheetNames(spreadsheet: Spreadsheet): string[] {
  return spreadsheet.getSheets().map((sheet) => sheet.getName());
}

/** A new sheet at the end, named "<prefix> · <client>" or with a number when that name is taken. */
export function insertUniqueSheet(
  spreadsheet: Spreadsheet,
  prefix: string,
  client: string,
  taken: string[],
): Sheet {
  const name = uniqueSheetName(prefix, client, taken);
  taken.push(name);
  return spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
}
