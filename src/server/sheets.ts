/** Finding and creating the add-on's sheets by reference, with as few calls as possible. */

import type { SheetRef } from "../core/assessment/storage";
import { uniqueSheetName } from "../core/layout/names";
import { attempt } from "./endpoint";

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
   * The sheet with the ref's id (two calls: getSheetById, getName), or null when no sheet has it.
   * Never by name: a name is free again once its sheet is deleted, and the sheet that takes it
   * next (another assessment's Results, a sheet a person made) is not this one. Taking it would
   * clear or misread someone else's sheet and leave two records pointing at it. A missing report
   * sheet is made anew (findOrInsert); a missing questionnaire or model sheet is reported.
   */
  find(ref: SheetRef | null): Located | null {
    if (ref === null) return null;
    const sheet = this.spreadsheet.getSheetById(ref.id);
    if (sheet === null) return null;
    const name = sheet.getName();
    return { sheet, ref: name === ref.name ? ref : { id: ref.id, name }, created: false };
  }

  /** A new sheet at the end, named "<prefix> · <client>", or numbered when that name is taken. */
  insert(prefix: string, client: string): Located {
    this.taken ??= this.spreadsheet.getSheets().map((sheet) => sheet.getName());
    const name = uniqueSheetName(prefix, client, this.taken);
    this.taken.push(name);
    const sheet = this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
    try {
      return { sheet, ref: { id: sheet.getSheetId(), name }, created: true };
    } catch (error) {
      // A sheet whose id is not known cannot be found again: it goes rather than stay behind.
      attempt(() => this.spreadsheet.deleteSheet(sheet));
      throw error;
    }
  }

  findOrInsert(ref: SheetRef | null, prefix: string, client: string): Located {
    return this.find(ref) ?? this.insert(prefix, client);
  }
}
