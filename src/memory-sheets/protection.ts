/** Protections of a sheet or of a range, and the users they name. */
import { type EnumValue, member, ProtectionType } from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import type { ProtectionModel, ProtectionSettings, RangeProtectionModel } from "./model";
import { MemoryRange, makeRange } from "./range";
import type { SheetModel } from "./sheet-model";
import type { MemoryWorkbook } from "./workbook";

type User = GoogleAppsScript.Base.User;

/** A user as Session, Spreadsheet.getOwner and Protection hand it out. */
export class MemoryUser
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Base.User, "getEmail">
{
  readonly [API_NAME] = "User";
  constructor(readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

const emailOf = (user: unknown): string => (user instanceof MemoryUser ? user.email : String(user));

/**
 * What Protection says to a user who may not edit the protected area (Protection.getEditors and
 * canDomainEdit: "Throws an exception if the user does not have permission to edit the protected
 * range or sheet"); the wording is unverified.
 */
const NO_PERMISSION = "You do not have permission to edit this protected range or sheet.";

type ProtectionMethods =
  | "addEditor"
  | "addEditors"
  | "canDomainEdit"
  | "canEdit"
  | "getDescription"
  | "getEditors"
  | "getProtectionType"
  | "getRange"
  | "getUnprotectedRanges"
  | "isWarningOnly"
  | "remove"
  | "removeEditor"
  | "removeEditors"
  | "setDescription"
  | "setDomainEdit"
  | "setUnprotectedRanges"
  | "setWarningOnly";

/** A sheet protection (its model has `unprotected`) or a range protection (it has `range`). */
export class MemoryProtection
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods>
{
  readonly [API_NAME] = "Protection";

  constructor(
    readonly wb: MemoryWorkbook,
    readonly sheet: SheetModel,
    readonly model: ProtectionModel | RangeProtectionModel,
  ) {
    super();
  }

  getProtectionType(): EnumValue {
    return member(ProtectionType, "range" in this.model ? "RANGE" : "SHEET");
  }
  /** A sheet protection's range "spans the entire sheet" (Protection.getRange). */
  getRange(): MemoryRange {
    const whole = { row: 1, column: 1, rows: this.sheet.maxRows, columns: this.sheet.maxColumns };
    return makeRange(this.wb, this.sheet, "range" in this.model ? this.model.range : whole);
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): this {
    this.checkCanEdit();
    this.model.description = description;
    return this;
  }

  // ---- editors ----------------------------------------------------------------------------

  /**
   * "The spreadsheet owner is always able to edit protected ranges and sheets" (Protection.canEdit);
   * the user is the one running the script. A warning-only protection lets everyone edit
   * (Protection.isWarningOnly), so canEdit is true there (unverified).
   */
  canEdit(): boolean {
    return this.model.warningOnly || this.wb.mayEdit(this.model, this.wb.effectiveUser);
  }
  getEditors(): MemoryUser[] {
    this.checkCanEdit();
    return this.model.editors.map((email) => new MemoryUser(email));
  }
  addEditor(user: string | User): this {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emailAddresses: string[]): this {
    const model = this.changeEditors();
    for (const email of (emailAddresses as readonly unknown[]).map(emailOf)) {
      if (!model.editors.includes(email)) model.editors.push(email);
    }
    return this;
  }
  removeEditor(user: string | User): this {
    return this.removeEditors([emailOf(user)]);
  }
  /** Neither the owner nor the current user can be removed (Protection.removeEditors reference). */
  removeEditors(users: string[] | User[]): this {
    const model = this.changeEditors();
    const keep = new Set([this.wb.owner, this.wb.effectiveUser]);
    const removed = new Set(
      (users as readonly unknown[]).map(emailOf).filter((email) => !keep.has(email)),
    );
    model.editors = model.editors.filter((email) => !removed.has(email));
    return this;
  }
  canDomainEdit(): boolean {
    this.checkCanEdit();
    return this.model.domainEdit;
  }
  /** Throws for a spreadsheet owned by a consumer account, like Sheets (message unverified). */
  setDomainEdit(editable: boolean): this {
    this.checkCanEdit();
    if (/@(gmail|googlemail)\.com$/i.test(this.wb.owner)) {
      throw new Error(
        "Domain editing can only be set for a spreadsheet that belongs to a Google Workspace domain.",
      );
    }
    this.changeEditors().domainEdit = editable;
    return this;
  }

  // ---- warning, exceptions, removal -------------------------------------------------------

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.checkCanEdit();
    this.model.warningOnly = warningOnly;
    return this;
  }
  /** "If the Protection object corresponds to a protected range … returns an empty array". */
  getUnprotectedRanges(): MemoryRange[] {
    if ("range" in this.model) return [];
    return this.model.unprotected.map((box) => makeRange(this.wb, this.sheet, box));
  }
  /**
   * "Throws an exception if the Protection object corresponds to a protected range instead of a
   * protected sheet or if any of the ranges are not on the protected sheet" (messages unverified).
   */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    const model = this.model;
    if ("range" in model)
      throw new Error("Unprotected ranges can only be set on a protected sheet, not a range.");
    this.checkCanEdit();
    model.unprotected = ranges.map((r) => {
      const range = expectInstance(r, MemoryRange, "ranges");
      if (range.sheet !== this.sheet)
        throw new Error("The unprotected ranges must be on the protected sheet.");
      return { ...range.box };
    });
    return this;
  }
  remove(): void {
    this.checkCanEdit();
    const model = this.model;
    if ("range" in model)
      this.sheet.rangeProtections = this.sheet.rangeProtections.filter((p) => p !== model);
    else this.sheet.protections = this.sheet.protections.filter((p) => p !== model);
  }

  /**
   * Changing a protection one may not edit throws, like reading its editors does (unverified for
   * the changes: the stricter side). The first change of editors or domain edit ends the time the
   * protection mirrors the file (Range.protect, Sheet.protect).
   */
  private changeEditors(): ProtectionSettings {
    this.checkCanEdit();
    this.model.mirrorsFile = false;
    return this.model;
  }
  private checkCanEdit(): void {
    if (!this.canEdit()) throw new Error(NO_PERMISSION);
  }
}
