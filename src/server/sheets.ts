/** Finding and creating the add-on's sheets by reference, with as few calls as possible. */

import type { SheetRef } from "../core/assessment/storage";
import { uniqueSheetName } from "../core/layout/names";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Located {
  sheet: Sheet;
  /** Up to date: a renamed sheet's ref carries its new name. */
  ref: SheetRef;
  /** True when the sheet was just inserted, so there is nothing of an earlier run to clear. */
  created: boolean;
}

export class SheetFinder {
  private taken: string[] | null = null;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  /**
   * By name first (two calls); by id when the sheet was renamed; by name alone when no sheet has
   * the id any more; null when it was deleted.
   */
  find(ref: SheetRef | null): Located | null {
    if (ref === null) return null;
    const byName = this.spreadsheet.getSheetByName(ref.name);
    if (byName !== null && byName.getSheetId() === ref.id)
      return { sheet: byName, ref, created: false };
    const renamed = this.spreadsheet.getSheets().find((sheet) => sheet.getSheetId() === ref.id);
    if (renamed !== undefined)
      return { sheet: renamed, ref: { id: ref.id, name: renamed.getName() }, created: false };
    // No sheet has the id (the file was re-imported, say): the sheet of that name is the one.
    return byName === null
      ? null
      : { sheet: byName, ref: { id: byName.getSheetId(), name: ref.name }, created: false };
  }

  /** A new sheet at the end, named "<prefix> · <client>", or numbered when that name is taken. */
  insert(prefix: string, client: string): Located {
    this.taken ??= this.spreadsheet.getSheets().map((sheet) => sheet.getName());
    const name = uniqueSheetName(prefix, client, this.taken);
    this.taken.push(name);
    const sheet = this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
    return { sheet, ref: { id: sheet.getSheetId(), name }, created: true };
  }

  findOrInsert(ref: SheetRef | null, prefix: string, client: string): Located {
    return this.find(ref) ?? this.insert(prefix, client);
  }
}
