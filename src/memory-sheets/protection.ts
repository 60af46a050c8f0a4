/** A sheet's protection and the users it names. */
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import type { ProtectionModel } from "./model";
import { MemoryRange } from "./range";
import type { SheetModel } from "./sheet-model";
import type { MemoryWorkbook } from "./workbook";

type User = GoogleAppsScript.Base.User;

/** A user as Session and Protection hand it out; scripts pass it back, never ask it anything. */
export class MemoryUser extends ApiObject {
  readonly [API_NAME] = "User";
  constructor(readonly email: string) {
    super();
  }
}

const emailOf = (user: unknown): string => (user instanceof MemoryUser ? user.email : String(user));

type ProtectionMethods =
  | "addEditor"
  | "canDomainEdit"
  | "getEditors"
  | "remove"
  | "removeEditors"
  | "setDescription"
  | "setDomainEdit"
  | "setUnprotectedRanges"
  | "setWarningOnly";

export class MemoryProtection
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods>
{
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
  addEditor(user: string | User): this {
    const email = emailOf(user);
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this;
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
  /** Ranges of the protected sheet only (message unverified). */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.model.unprotected = ranges.map((r) => {
      const range = expectInstance(r, MemoryRange, "ranges");
      if (range.sheet !== this.sheet)
        throw new Error("The unprotected ranges must be on the protected sheet.");
      return { ...range.box };
    });
    return this;
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
}
