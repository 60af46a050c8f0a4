/** SpreadsheetApp and the one Spreadsheet it opens. */
import { enumName, ProtectionType } from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import { type MemoryProtection, MemoryUser } from "./protection";
import { MemoryConditionalFormatRuleBuilder, MemoryDataValidationBuilder } from "./rules";
import { MemoryUi } from "./services";
import { checkSheetName, MemorySheet, sheetProtections } from "./sheet";
import type { MemoryWorkbook } from "./workbook";

type SpreadsheetMethods =
  | "deleteSheet"
  | "getActiveSheet"
  | "getNumSheets"
  | "getOwner"
  | "getProtections"
  | "getSheetById"
  | "getSheetByName"
  | "getSheets"
  | "getSpreadsheetTimeZone"
  | "insertSheet"
  | "setActiveSheet"
  | "toast";

export class MemorySpreadsheet
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods>
{
  readonly [API_NAME] = "Spreadsheet";

  constructor(readonly wb: MemoryWorkbook) {
    super();
  }

  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  getSheets(): MemorySheet[] {
    return this.wb.sheets.map((s) => new MemorySheet(this.wb, s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  /**
   * "The owner of the document, or null if the document is in a shared drive" (Spreadsheet.getOwner);
   * the fake's file always has an owner (WorkbookOptions.ownerEmail, else the user).
   */
  getOwner(): MemoryUser {
    return new MemoryUser(this.wb.owner);
  }
  /** Every sheet's protections of that type, sheet by sheet in tab order. */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): MemoryProtection[] {
    return this.wb.sheets.flatMap((sheet) => sheetProtections(this.wb, sheet, enumName(type)));
  }
  /** The sheet whose Sheet.getSheetId() is `id`, or null when none has it (Google's reference). */
  getSheetById(id: number): MemorySheet | null {
    const sheet = this.wb.sheetById(id);
    return sheet ? new MemorySheet(this.wb, sheet) : null;
  }
  /** Whatever the case of `name` (see MemoryWorkbook.findSheet). */
  getSheetByName(name: string): MemorySheet | null {
    const sheet = this.wb.findSheet(name);
    return sheet ? new MemorySheet(this.wb, sheet) : null;
  }
  /**
   * insertSheet(name[, index]): index is 0-based; the new sheet (1000 × 26) becomes active
   * (PLATFORM.md). An options object ({ template }) is not modelled.
   */
  insertSheet(sheetName: string, sheetIndex?: number | { template?: unknown }): MemorySheet {
    if (
      typeof sheetName !== "string" ||
      (sheetIndex !== undefined && typeof sheetIndex !== "number")
    )
      throw new Error("The in-memory Spreadsheet models insertSheet(name) and (name, index) only.");
    const at = sheetIndex ?? this.wb.sheets.length;
    checkSheetName(this.wb, sheetName);
    if (at < 0 || at > this.wb.sheets.length)
      throw new Error(`The sheet index ${at} is out of range.`);
    const sheet = this.wb.addSheet(sheetName, at);
    this.wb.activeSheet = sheet;
    return new MemorySheet(this.wb, sheet);
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const model = expectInstance(sheet, MemorySheet, "sheet").model;
    if (!model.hidden && this.wb.sheets.filter((s) => !s.hidden).length === 1) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.wb.sheets = this.wb.sheets.filter((s) => s !== model);
    if (this.wb.activeSheet === model)
      this.wb.activeSheet = this.wb.sheets.find((s) => !s.hidden) ?? model;
  }
  getActiveSheet(): MemorySheet {
    return new MemorySheet(this.wb, this.wb.activeSheet);
  }
  setActiveSheet(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    _restoreSelection?: boolean,
  ): MemorySheet {
    const target = expectInstance(sheet, MemorySheet, "sheet");
    this.wb.activeSheet = target.model;
    return target;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.wb.ui.toasts.push({
      message: String(msg),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
}

type SpreadsheetAppMethods =
  | "flush"
  | "getActiveSpreadsheet"
  | "getUi"
  | "newConditionalFormatRule"
  | "newDataValidation";

export class MemorySpreadsheetApp
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppMethods>
{
  readonly [API_NAME] = "SpreadsheetApp";
  readonly ProtectionType = ProtectionType;

  constructor(readonly wb: MemoryWorkbook) {
    super();
  }

  /**
   * Real Sheets may hold writes back and apply them in batches; flush applies what is pending.
   * Every write here lands at once, so there is nothing to apply: the call is only recorded, which
   * lets tests check it comes before Lock.releaseLock (as Google's Lock reference asks).
   */
  flush(): void {}
  getActiveSpreadsheet(): MemorySpreadsheet {
    return new MemorySpreadsheet(this.wb);
  }
  getUi(): MemoryUi {
    return new MemoryUi(this.wb);
  }
  newDataValidation(): MemoryDataValidationBuilder {
    return new MemoryDataValidationBuilder();
  }
  newConditionalFormatRule(): MemoryConditionalFormatRuleBuilder {
    return new MemoryConditionalFormatRuleBuilder();
  }
}
