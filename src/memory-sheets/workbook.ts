/**
 * The in-memory spreadsheet the services act on. Tests read it, the workbench renders and edits it.
 * Nothing here is logged as a service call.
 */
import { boxContains } from "../core/layout/a1";
import { fromA1 } from "./a1";
import type { CellModel, LockState, MenuModel, ProtectionSettings, UiState } from "./model";
import { SheetModel } from "./sheet-model";
import { snapshotWorkbook, type WorkbookSnapshot } from "./snapshot";
import { passesValidation } from "./validation";
import { type CellValue, parseInput } from "./values";

export type AuthModeName = "NONE" | "LIMITED" | "FULL";

export interface WorkbookOptions {
  /** Spreadsheet locale as Sheets reports it, e.g. "it_IT". Default "en_US". */
  locale?: string;
  /**
   * The person running the add-on (the effective user; also the owner unless `ownerEmail` says
   * otherwise). Default "consultant@example.com".
   */
  userEmail?: string;
  /**
   * The file's owner, when it is not the user: the script then runs as an editor who may be kept
   * out of protections the owner never is. Default: the user.
   */
  ownerEmail?: string;
  /** Spreadsheet editors (a new protection starts with them). Default: the owner and the user. */
  editors?: string[];
  /**
   * Default "FULL". In "NONE" only Ui, Menu, ScriptApp, Utilities and Charts answer, and of the
   * other services SpreadsheetApp.getUi and Session.getActiveUserLocale.
   */
  authMode?: AuthModeName;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile, by name ("Sidebar"). */
  files?: Record<string, string>;
  /**
   * Test-only: calls that throw, by "Class.method" (e.g. "Protection.removeEditors"), each with
   * its message. For failures Google documents but the fake cannot bring about by itself (an
   * editor whose access comes through a Google group, a scope missing from the manifest). The
   * call is recorded, then throws; nothing of it runs.
   */
  failCalls?: Record<string, string>;
}

export interface EditAccepted {
  ok: true;
  /** "protected" (a warning-only protection) and/or "invalid" (a dropdown that only warns). */
  warnings: string[];
}
export interface EditRefused {
  ok: false;
  reason: "protected" | "invalid";
  message: string;
}
export type EditResult = EditAccepted | EditRefused;

export interface EditOptions {
  /** Who types; default the workbook's clientEmail. */
  user?: string;
}

const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";
const INVALID_MESSAGE =
  "There was a problem: the data you entered violates the data validation rules set on this cell.";

const domainOf = (email: string): string => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

export class MemoryWorkbook {
  locale: string;
  /** Default "Europe/Rome", the add-on's home; only Utilities.formatDate and displays read it. */
  readonly timeZone = "Europe/Rome";
  readonly owner: string;
  /** Who runs the add-on's code now (Session.getEffectiveUser); see runScriptsAs. */
  effectiveUser: string;
  /** Who userEdit acts as by default: a respondent, not an editor of the protections. */
  readonly clientEmail = "client@example.com";
  /** Session.getActiveUserLocale(): the language of the spreadsheet locale ("it"). */
  readonly userLocale: string;
  editors: string[];
  authMode: AuthModeName;
  readonly files: Record<string, string>;
  /** WorkbookOptions.failCalls; tests may add or remove entries at any time. */
  readonly failCalls: Map<string, string>;
  sheets: SheetModel[] = [];
  activeSheet: SheetModel;
  readonly ui: UiState = {
    menus: [],
    sidebar: null,
    alerts: [],
    toasts: [],
    alertResponses: [],
  };
  documentLock: LockState = "free";
  private lastId = 0;
  private lastSheetId = 0;

  constructor(options: WorkbookOptions = {}) {
    this.locale = options.locale ?? "en_US";
    this.effectiveUser = options.userEmail ?? "consultant@example.com";
    this.owner = options.ownerEmail ?? this.effectiveUser;
    this.userLocale = this.locale.split("_")[0] ?? "en";
    this.editors = [...new Set(options.editors ?? [this.owner, this.effectiveUser])];
    this.authMode = options.authMode ?? "FULL";
    this.files = { ...options.files };
    this.failCalls = new Map(Object.entries(options.failCalls ?? {}));
    this.activeSheet = new SheetModel("Sheet1", 0);
    this.sheets.push(this.activeSheet);
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The last add-on menu added to the UI, if any. */
  get addonMenu(): MenuModel | null {
    return this.ui.menus[this.ui.menus.length - 1] ?? null;
  }

  /**
   * The sheet of that name, whatever its case: Sheets treats names that differ only in case as
   * the same (it refuses to create both; third-party report socialpoint-labs/sheetfu#26), so
   * getSheetByName("results") finds "Results" (unverified against Google's reference).
   */
  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** The sheet of exactly that name, for tests; throws listing the sheets when there is none. */
  sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames.join(", ")})`);
    return sheet;
  }

  sheetById(sheetId: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  cell(sheetName: string, a1: string): CellModel {
    return this.sheet(sheetName).cell(a1);
  }

  values(sheetName: string, a1?: string): CellValue[][] {
    return this.sheet(sheetName).values(a1);
  }

  formulas(sheetName: string, a1?: string): (string | null)[][] {
    return this.sheet(sheetName).formulas(a1);
  }

  /**
   * Test-only: from now on the add-on runs as `email`, as when another editor of the file (a fellow
   * consultant) opens it and uses the add-on. They become an editor of the file if not one already.
   */
  runScriptsAs(email: string): void {
    this.effectiveUser = email;
    if (!this.editors.includes(email)) this.editors.push(email);
  }

  /** Simulates another execution holding the document lock: tryLock returns false. */
  holdLockElsewhere(): void {
    this.documentLock = "elsewhere";
  }

  releaseLockElsewhere(): void {
    if (this.documentLock === "elsewhere") this.documentLock = "free";
  }

  /**
   * A person typing into one cell, as Sheets' editor would accept it: protections apply unless the
   * user may edit them (warning-only ones warn), and a dropdown with allowInvalid=false rejects.
   * A plain-text cell keeps what is typed as text. Typing into a merged block goes to its top-left
   * cell, the one a person selecting the block edits (the fake's choice; unverified).
   */
  userEdit(
    sheetName: string,
    a1: string,
    input: string | number | boolean | null,
    options: EditOptions = {},
  ): EditResult {
    const sheet = this.sheet(sheetName);
    const box = fromA1(a1, sheet);
    if (!sheet.inGrid(box)) throw new Error(`${a1} is outside the grid of "${sheetName}".`);
    const merged = sheet.mergeAt(box.row, box.column);
    const { row, column } = merged ?? box;
    const user = options.user ?? this.clientEmail;
    const access = this.checkAccess(sheet, row, column, user);
    if (!access.ok) return access;
    const warnings = [...access.warnings];
    const before = sheet.cellAt(row, column);
    const parsed = parseInput(input, {
      locale: this.locale,
      numberFormat: before.numberFormat,
      writer: "person",
    });
    const rule = before.dataValidation;
    const empty = parsed.value === null && parsed.formula === null;
    if (rule && !empty && !passesValidation(rule, parsed)) {
      if (!rule.allowInvalid)
        return { ok: false, reason: "invalid", message: rule.helpText || INVALID_MESSAGE };
      warnings.push("invalid");
    }
    const cell = sheet.writableCell(row, column);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    return { ok: true, warnings };
  }

  /**
   * A person dragging row `from` so that it ends up at row `to`; cells, formats, notes, validation
   * and hidden state travel with it. Protections (sheet and range), merges, conditional rules and
   * formulas stay where they are. With `options.user`, refuses if that user may not edit a cell of
   * a moved row.
   */
  moveRow(sheetName: string, from: number, to: number, options: EditOptions = {}): EditResult {
    const sheet = this.sheet(sheetName);
    if (options.user !== undefined) {
      for (let r = Math.min(from, to); r <= Math.max(from, to); r++) {
        for (let c = 1; c <= sheet.maxColumns; c++) {
          const access = this.checkAccess(sheet, r, c, options.user);
          if (!access.ok) return access;
        }
      }
    }
    sheet.moveRow(from, to);
    return { ok: true, warnings: [] };
  }

  /** Everything, as plain JSON (dates as ISO strings) for the workbench. */
  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this);
  }

  // ---- used by the services ---------------------------------------------------------------

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  addSheet(name: string, index: number): SheetModel {
    this.lastSheetId += 1;
    const sheet = new SheetModel(name, 100000000 + this.lastSheetId);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /**
   * Whether `user` may edit what a protection covers, leaving warnings aside: always the owner
   * (Protection.canEdit), anyone while the protection still mirrors the file (Range.protect), else
   * its editors, and the owner's domain when domain edit is on (Protection.setDomainEdit).
   */
  mayEdit(p: ProtectionSettings, user: string): boolean {
    if (p.mirrorsFile || user === this.owner || p.editors.includes(user)) return true;
    return p.domainEdit && domainOf(user) === domainOf(this.owner);
  }

  /**
   * Every protection covering the cell applies: the sheet protection unless one of its unprotected
   * ranges holds the cell, and each range protection holding it, even inside the sheet
   * protection's unprotected ranges. One that refuses the user refuses the edit ("If a cell is
   * protected by multiple protected ranges and any of them prevent a particular user from editing
   * the cell, then that user is not permitted to edit the cell", Range.protect).
   */
  private checkAccess(sheet: SheetModel, row: number, column: number, user: string): EditResult {
    const covering: ProtectionSettings[] = [
      ...sheet.protections.filter((p) => !p.unprotected.some((b) => boxContains(b, row, column))),
      ...sheet.rangeProtections.filter((p) => boxContains(p.range, row, column)),
    ];
    let warned = false;
    for (const p of covering) {
      if (p.warningOnly) warned = true;
      else if (!this.mayEdit(p, user))
        return { ok: false, reason: "protected", message: PROTECTED_MESSAGE };
    }
    return { ok: true, warnings: warned ? ["protected"] : [] };
  }
}
