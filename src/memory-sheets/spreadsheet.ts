/** SpreadsheetApp and the one Spreadsheet it opens. */
import { fromA1 } from "./a1";
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  enumName,
  ProtectionType,
  RelativeDate,
  SheetType,
  WrapStrategy,
} from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import type { MetadataModel } from "./model";
import { MemoryProtection, MemoryUser } from "./protection";
import { type MemoryRange, makeRange } from "./range";
import {
  MemoryConditionalFormatRuleBuilder,
  MemoryDataValidationBuilder,
  MemoryDeveloperMetadata,
  readMetadataArgs,
} from "./rules";
import { MemoryUi } from "./services";
import { checkSheetName, MemorySheet } from "./sheet";
import type { MemoryWorkbook } from "./workbook";

type SpreadsheetMethods =
  | "addDeveloperMetadata"
  | "addEditor"
  | "addEditors"
  | "deleteSheet"
  | "getActiveSheet"
  | "getDeveloperMetadata"
  | "getEditors"
  | "getId"
  | "getName"
  | "getNumSheets"
  | "getOwner"
  | "getProtections"
  | "getRange"
  | "getSheetByName"
  | "getSheets"
  | "getSpreadsheetLocale"
  | "getSpreadsheetTimeZone"
  | "getUrl"
  | "insertSheet"
  | "moveActiveSheet"
  | "rename"
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

  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(newName: string): void {
    this.wb.name = newName;
  }
  getUrl(): string {
    return this.wb.url;
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  getOwner(): MemoryUser {
    return new MemoryUser(this.wb.owner);
  }
  getEditors(): MemoryUser[] {
    return this.wb.editors.map((email) => new MemoryUser(email));
  }
  addEditor(user: string | GoogleAppsScript.Base.User): this {
    return this.addEditors([user instanceof MemoryUser ? user.email : String(user)]);
  }
  addEditors(emailAddresses: string[]): this {
    for (const email of emailAddresses)
      if (!this.wb.editors.includes(email)) this.wb.editors.push(email);
    return this;
  }
  getSheets(): MemorySheet[] {
    return this.wb.sheets.map((s) => new MemorySheet(this.wb, s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheetByName(name: string): MemorySheet | null {
    const sheet = this.wb.findSheet(name);
    return sheet ? new MemorySheet(this.wb, sheet) : null;
  }
  /** insertSheet(), (index), (name), (name, index); index is 0-based; the new sheet becomes active. */
  insertSheet(
    nameOrIndex?: string | number,
    index?: number | { template?: GoogleAppsScript.Spreadsheet.Sheet },
  ): MemorySheet {
    const name = typeof nameOrIndex === "string" ? nameOrIndex : this.nextSheetName();
    const at =
      typeof nameOrIndex === "number"
        ? nameOrIndex
        : typeof index === "number"
          ? index
          : this.wb.sheets.length;
    checkSheetName(this.wb, name);
    if (at < 0 || at > this.wb.sheets.length)
      throw new Error(`The sheet index ${at} is out of range.`);
    const sheet = this.wb.addSheet(name, at);
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
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const sheet = this.wb.activeSheet;
    const rest = this.wb.sheets.filter((s) => s !== sheet);
    rest.splice(Math.max(0, Math.min(rest.length, pos - 1)), 0, sheet);
    this.wb.sheets = rest;
  }
  getRange(a1Notation: string): MemoryRange {
    const { sheetName } = fromA1(a1Notation);
    const sheet = sheetName === null ? this.wb.activeSheet : this.wb.findSheet(sheetName);
    if (!sheet) throw new Error("Range not found");
    const parsed = fromA1(a1Notation, sheet);
    return makeRange(this.wb, sheet, parsed, parsed.bounds);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): MemoryProtection[] {
    return this.wb.sheets.flatMap((sheet) =>
      sheet.protections
        .filter((p) => p.type === enumName(type))
        .map((p) => new MemoryProtection(this.wb, sheet, p)),
    );
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.wb.developerMetadata.push(readMetadataArgs(this.wb, key, valueOrVisibility, visibility));
    return this;
  }
  getDeveloperMetadata(): MemoryDeveloperMetadata[] {
    const list: MetadataModel[] = this.wb.developerMetadata;
    return list.map((m) => new MemoryDeveloperMetadata(list, m));
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.wb.ui.toasts.push({
      message: String(msg),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }

  private nextSheetName(): string {
    for (let n = this.wb.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }
}

type SpreadsheetAppMethods =
  | "flush"
  | "getActive"
  | "getActiveSheet"
  | "getActiveSpreadsheet"
  | "getUi"
  | "newConditionalFormatRule"
  | "newDataValidation";

export class MemorySpreadsheetApp
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppMethods>
{
  readonly [API_NAME] = "SpreadsheetApp";
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly RelativeDate = RelativeDate;
  readonly SheetType = SheetType;
  readonly WrapStrategy = WrapStrategy;

  constructor(readonly wb: MemoryWorkbook) {
    super();
  }

  getActiveSpreadsheet(): MemorySpreadsheet {
    return new MemorySpreadsheet(this.wb);
  }
  getActive(): MemorySpreadsheet {
    return new MemorySpreadsheet(this.wb);
  }
  getActiveSheet(): MemorySheet {
    return new MemorySheet(this.wb, this.wb.activeSheet);
  }
  getUi(): MemoryUi {
    return new MemoryUi(this.wb);
  }
  flush(): void {}
  newDataValidation(): MemoryDataValidationBuilder {
    return new MemoryDataValidationBuilder(this.wb);
  }
  newConditionalFormatRule(): MemoryConditionalFormatRuleBuilder {
    return new MemoryConditionalFormatRuleBuilder(this.wb);
  }
}
