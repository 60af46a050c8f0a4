/** Protection of a range or a whole sheet, and the users it names. */
import { member, ProtectionType } from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import type { ProtectionModel } from "./model";
import { MemoryRange, makeRange } from "./range";
import type { SheetModel } from "./sheet-model";
import type { MemoryWorkbook } from "./workbook";

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

export class MemoryUser extends ApiObject implements ApiShape<User, "getEmail"> {
  readonly [API_NAME] = "User";
  constructor(readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

const emailOf = (user: unknown): string => (user instanceof MemoryUser ? user.email : String(user));

type ProtectionMethods =
  | "addEditor"
  | "addEditors"
  | "canDomainEdit"
  | "canEdit"
  | "getDescription"
  | "getEditors"
  | "getProtectionType"
  | "getRange"
  | "getRangeName"
  | "getUnprotectedRanges"
  | "isWarningOnly"
  | "remove"
  | "removeEditor"
  | "removeEditors"
  | "setDescription"
  | "setDomainEdit"
  | "setRange"
  | "setUnprotectedRanges"
  | "setWarningOnly";

export class MemoryProtection extends ApiObject implements ApiShape<Protection, ProtectionMethods> {
  readonly [API_NAME] = "Protection";

  constructor(
    readonly wb: MemoryWorkbook,
    readonly sheet: SheetModel,
    readonly model: ProtectionModel,
  ) {
    super();
  }

  setDescription(description: string): this {
    this.model.description = description;
    return this;
  }
  getDescription(): string {
    return this.model.description;
  }
  addEditor(user: string | User): this {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emailAddresses: string[]): this {
    for (const email of emailAddresses.map(emailOf)) {
      if (!this.model.editors.includes(email)) this.model.editors.push(email);
    }
    return this;
  }
  removeEditor(user: string | User): this {
    return this.removeEditors([emailOf(user)]);
  }
  /** Neither the owner nor the current user can be removed (Protection.removeEditors reference). */
  removeEditors(users: string[] | User[]): this {
    const keep = new Set([this.wb.owner, this.wb.effectiveUser]);
    const removed = new Set(
      (users as readonly unknown[]).map(emailOf).filter((email) => !keep.has(email)),
    );
    this.model.editors = this.model.editors.filter((email) => !removed.has(email));
    return this;
  }
  getEditors(): MemoryUser[] {
    return this.model.editors.map((email) => new MemoryUser(email));
  }
  canEdit(): boolean {
    return this.wb.canEditProtection(this.model, this.wb.effectiveUser);
  }
  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }
  /** Throws for a spreadsheet owned by a consumer account, like Sheets (message unverified). */
  setDomainEdit(editable: boolean): this {
    if (/@(gmail|googlemail)\.com$/i.test(this.wb.owner)) {
      throw new Error(
        "Domain editing can only be set for a spreadsheet that belongs to a Google Workspace domain.",
      );
    }
    this.model.domainEdit = editable;
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.model.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  getProtectionType(): unknown {
    return member(ProtectionType, this.model.type);
  }
  getRange(): MemoryRange {
    const rect = this.model.rect ?? {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return makeRange(this.wb, this.sheet, rect);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const target = expectInstance(range, MemoryRange, "range");
    if (this.model.type === "SHEET" || target.sheet !== this.sheet) {
      throw new Error("The range must be on the protected range's sheet.");
    }
    this.model.rect = { ...target.rect };
    return this;
  }
  getRangeName(): string | null {
    return null;
  }
  getUnprotectedRanges(): MemoryRange[] {
    return this.model.unprotected.map((rect) => makeRange(this.wb, this.sheet, rect));
  }
  /** Only on a sheet protection, with ranges of that sheet (messages unverified). */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    if (this.model.type !== "SHEET") {
      throw new Error(
        "Unprotected ranges can only be set on a protected sheet, not on a protected range.",
      );
    }
    this.model.unprotected = ranges.map((r) => {
      const range = expectInstance(r, MemoryRange, "ranges");
      if (range.sheet !== this.sheet)
        throw new Error("The unprotected ranges must be on the protected sheet.");
      return { ...range.rect };
    });
    return this;
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
}
