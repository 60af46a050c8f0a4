/**
 * The in-memory spreadsheet the services act on. Tests read it, the workbench renders and edits it.
 * Nothing here is logged as a service call.
 */
import { fromA1, rectContains } from "./a1";
import type {
  CellModel,
  LockKind,
  LockState,
  MenuModel,
  MetadataModel,
  ProtectionModel,
  RangeRef,
  UiState,
} from "./model";
import { SheetModel } from "./sheet-model";
import { snapshotWorkbook, type WorkbookSnapshot } from "./snapshot";
import { passesValidation } from "./validation";
import { type CellValue, parseInput } from "./values";

export type AuthModeName = "NONE" | "LIMITED" | "FULL";

export interface WorkbookOptions {
  /** Spreadsheet locale as Sheets reports it, e.g. "it_IT". Default "en_US". */
  locale?: string;
  /** Default "Europe/Rome". */
  timeZone?: string;
  /** The person running the add-on (effective and active user). Default "consultant@example.com". */
  userEmail?: string;
  /** Default: userEmail. */
  ownerEmail?: string;
  /** Who userEdit acts as by default. Default "client@example.com". */
  clientEmail?: string;
  /** Spreadsheet editors (a new protection starts with them). Default: owner and user. */
  editors?: string[];
  /** Session.getActiveUserLocale(). Default: the language of `locale` ("it"). */
  userLocale?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Default "Sheet1". */
  firstSheetName?: string;
  /** Default "FULL". In "NONE" only the Ui, Menu, ScriptApp, Utilities and Charts services answer. */
  authMode?: AuthModeName;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile, by name ("Sidebar"). */
  files?: Record<string, string>;
}

export interface EditAccepted {
  ok: true;
  /** "protected" (a warning-only protection) and/or "invalid" (validation that only warns). */
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
  readonly id: string;
  name: string;
  locale: string;
  timeZone: string;
  readonly owner: string;
  readonly effectiveUser: string;
  readonly clientEmail: string;
  readonly userLocale: string;
  editors: string[];
  authMode: AuthModeName;
  readonly files: Record<string, string>;
  sheets: SheetModel[] = [];
  activeSheet: SheetModel;
  developerMetadata: MetadataModel[] = [];
  readonly properties = {
    document: new Map<string, string>(),
    user: new Map<string, string>(),
    script: new Map<string, string>(),
  };
  readonly ui: UiState = {
    menus: [],
    sidebar: null,
    dialogs: [],
    alerts: [],
    prompts: [],
    toasts: [],
    alertResponses: [],
    promptResponses: [],
  };
  readonly locks: Record<LockKind, LockState> = { document: "free", script: "free", user: "free" };
  readonly logs: string[] = [];
  private lastId = 0;
  private lastSheetId = 0;

  constructor(options: WorkbookOptions = {}) {
    this.id = options.spreadsheetId ?? "memory-spreadsheet-1";
    this.name = options.spreadsheetName ?? "Untitled spreadsheet";
    this.locale = options.locale ?? "en_US";
    this.timeZone = options.timeZone ?? "Europe/Rome";
    this.effectiveUser = options.userEmail ?? "consultant@example.com";
    this.owner = options.ownerEmail ?? this.effectiveUser;
    this.clientEmail = options.clientEmail ?? "client@example.com";
    this.userLocale = options.userLocale ?? this.locale.split("_")[0] ?? "en";
    this.editors = [...new Set(options.editors ?? [this.owner, this.effectiveUser])];
    this.authMode = options.authMode ?? "FULL";
    this.files = { ...options.files };
    this.activeSheet = new SheetModel(options.firstSheetName ?? "Sheet1", 0);
    this.sheets.push(this.activeSheet);
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The last add-on menu added to the UI, if any. */
  get addonMenu(): MenuModel | null {
    return this.ui.menus.filter((m) => m.kind === "addon").pop() ?? null;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
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

  /** Gives a formula cell the result Sheets would have computed (getValues then returns it). */
  setFormulaResult(sheetName: string, a1: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    const { row, column } = fromA1(a1, sheet);
    sheet.writableCell(row, column).value = value;
  }

  /** Simulates another execution holding a lock: tryLock returns false, waitLock throws. */
  holdLockElsewhere(kind: LockKind = "document"): void {
    this.locks[kind] = "elsewhere";
  }

  releaseLockElsewhere(kind: LockKind = "document"): void {
    if (this.locks[kind] === "elsewhere") this.locks[kind] = "free";
  }

  /**
   * A person typing into one cell, as Sheets' editor would accept it: protections apply unless the
   * user may edit them (warning-only ones warn), and validation with allowInvalid=false rejects.
   */
  userEdit(
    sheetName: string,
    a1: string,
    input: string | number | boolean | null,
    options: EditOptions = {},
  ): EditResult {
    const sheet = this.sheet(sheetName);
    const { row, column } = fromA1(a1, sheet);
    const user = options.user ?? this.clientEmail;
    const access = this.checkAccess(sheet, row, column, user);
    if (!access.ok) return access;
    const warnings = [...access.warnings];
    const parsed = parseInput(input, this.locale);
    const rule = sheet.cellAt(row, column).dataValidation;
    const empty = parsed.value === null && parsed.formula === null;
    if (rule && !empty && !passesValidation(rule, parsed, this)) {
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
   * A person dragging row `from` so that it ends up at row `to`; cells, formats, notes, validation,
   * height and hidden state travel with it. Protections, merges, conditional rules and formulas stay
   * where they are. With `options.user`, refuses if that user may not edit a cell of a moved row.
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

  addSheet(name: string, index = this.sheets.length): SheetModel {
    this.lastSheetId += 1;
    const sheet = new SheetModel(name, 100000000 + this.lastSheetId);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  canEditProtection(protection: ProtectionModel, user: string): boolean {
    if (user === this.owner || protection.editors.includes(user)) return true;
    return protection.domainEdit && domainOf(user) === domainOf(this.owner);
  }

  valuesAt(ref: RangeRef): CellValue[] {
    const sheet = this.sheetById(ref.sheetId);
    const { row, column, numRows, numColumns } = ref.rect;
    const out: CellValue[] = [];
    for (let r = row; sheet && r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) out.push(sheet.cellAt(r, c).value);
    }
    return out;
  }

  private checkAccess(sheet: SheetModel, row: number, column: number, user: string): EditResult {
    const warnings: string[] = [];
    for (const p of sheet.protections) {
      const covers = p.rect
        ? rectContains(p.rect, row, column)
        : !p.unprotected.some((u) => rectContains(u, row, column));
      if (!covers) continue;
      if (p.warningOnly) warnings.push("protected");
      else if (!this.canEditProtection(p, user))
        return { ok: false, reason: "protected", message: PROTECTED_MESSAGE };
    }
    return { ok: true, warnings };
  }
}
