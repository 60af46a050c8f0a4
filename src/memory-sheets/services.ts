/** The services around the spreadsheet: Ui and menus, HTML, Session, the document lock, dates. */
import { AuthMode, Button, ButtonSet, EnumValue, enumName, member } from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import type { HtmlModel, MenuModel } from "./model";
import { MemoryUser } from "./protection";
import type { MemoryWorkbook } from "./workbook";

// ---- Ui -------------------------------------------------------------------------------------

export class MemoryMenu
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Base.Menu, "addItem" | "addSeparator" | "addToUi">
{
  readonly [API_NAME] = "Menu";
  constructor(
    readonly wb: MemoryWorkbook,
    readonly menu: MenuModel,
  ) {
    super();
  }
  addItem(caption: string, functionName: string): this {
    this.menu.entries.push({ kind: "item", caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.menu.entries.push({ kind: "separator" });
    return this;
  }
  addToUi(): void {
    this.wb.ui.menus.push({ ...this.menu, entries: this.menu.entries.map((e) => ({ ...e })) });
  }
}

/** alert's overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function alertArgs(args: unknown[]): { title: string | null; prompt: string; buttons: string } {
  const [a, b, c] = args;
  if (c !== undefined) return { title: String(a), prompt: String(b), buttons: enumName(c) };
  if (b instanceof EnumValue) return { title: null, prompt: String(a), buttons: enumName(b) };
  return { title: null, prompt: String(a), buttons: "OK" };
}

export class MemoryUi
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Base.Ui, "alert" | "createAddonMenu" | "showSidebar">
{
  readonly [API_NAME] = "Ui";
  readonly ButtonSet = ButtonSet;
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  createAddonMenu(): MemoryMenu {
    return new MemoryMenu(this.wb, { entries: [] });
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.wb.ui.sidebar = {
      ...expectInstance(userInterface, MemoryHtmlOutput, "userInterface").html,
    };
  }
  /** Records the alert; answers from workbook.ui.alertResponses, else the set's first button. */
  alert(...args: [string, unknown?, unknown?]): EnumValue {
    const call = alertArgs(args);
    this.wb.ui.alerts.push(call);
    const fallback = call.buttons.startsWith("YES") ? "YES" : "OK";
    return member(Button, this.wb.ui.alertResponses.shift() ?? fallback);
  }
}

// ---- HtmlService ----------------------------------------------------------------------------

export class MemoryHtmlOutput
  extends ApiObject
  implements ApiShape<GoogleAppsScript.HTML.HtmlOutput, "setTitle">
{
  readonly [API_NAME] = "HtmlOutput";
  readonly html: HtmlModel;
  constructor(content: string) {
    super();
    this.html = { title: "", content };
  }
  setTitle(title: string): this {
    this.html.title = title;
    return this;
  }
}

export class MemoryHtmlService
  extends ApiObject
  implements ApiShape<GoogleAppsScript.HTML.HtmlService, "createHtmlOutputFromFile">
{
  readonly [API_NAME] = "HtmlService";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  /** From the `files` option; "Sidebar" and "Sidebar.html" both find Sidebar.html. */
  createHtmlOutputFromFile(filename: string): MemoryHtmlOutput {
    const base = filename.replace(/\.html$/, "");
    const content = this.wb.files[base] ?? this.wb.files[`${base}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new MemoryHtmlOutput(content);
  }
}

// ---- Session, the document lock, ScriptApp ---------------------------------------------------

export class MemorySession
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Base.Session, "getActiveUserLocale" | "getEffectiveUser">
{
  readonly [API_NAME] = "Session";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  getEffectiveUser(): MemoryUser {
    return new MemoryUser(this.wb.effectiveUser);
  }
  getActiveUserLocale(): string {
    return this.wb.userLocale;
  }
}

export class MemoryLock
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Lock.Lock, "releaseLock" | "tryLock">
{
  readonly [API_NAME] = "Lock";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  /** No waiting happens: a lock held elsewhere (workbook.holdLockElsewhere) stays held. */
  tryLock(_timeoutInMillis: number): boolean {
    if (this.wb.documentLock === "elsewhere") return false;
    this.wb.documentLock = "held";
    return true;
  }
  releaseLock(): void {
    if (this.wb.documentLock === "held") this.wb.documentLock = "free";
  }
}

export class MemoryLockService
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Lock.LockService, "getDocumentLock">
{
  readonly [API_NAME] = "LockService";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  getDocumentLock(): MemoryLock {
    return new MemoryLock(this.wb);
  }
}

export class MemoryScriptApp extends ApiObject {
  readonly [API_NAME] = "ScriptApp";
  readonly AuthMode = AuthMode;
}

// ---- Utilities ------------------------------------------------------------------------------

/** Utilities.formatDate's common tokens (yyyy yy MM dd HH mm ss, 'quoted text'). */
function formatDate(date: Date, timeZone: string, format: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const tokens: Record<string, string> = {
    yyyy: parts.year ?? "",
    yy: (parts.year ?? "").slice(-2),
    MM: parts.month ?? "",
    dd: parts.day ?? "",
    HH: parts.hour ?? "",
    mm: parts.minute ?? "",
    ss: parts.second ?? "",
  };
  return format.replace(/yyyy|yy|MM|dd|HH|mm|ss|'[^']*'/g, (t) =>
    t.startsWith("'") ? t.slice(1, -1) : (tokens[t] ?? t),
  );
}

export class MemoryUtilities
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Utilities.Utilities, "formatDate">
{
  readonly [API_NAME] = "Utilities";
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(new Date(date.getTime()), timeZone, format);
  }
}
