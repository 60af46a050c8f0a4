/** The services around the spreadsheet: Ui and menus, Session, locks, HTML, properties, utilities. */
import {
  AuthMode,
  Button,
  ButtonSet,
  EnumValue,
  enumName,
  member,
  SandboxMode,
  XFrameOptionsMode,
} from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import type { HtmlModel, LockKind, MenuModel } from "./model";
import { MemoryUser } from "./protection";
import type { MemoryWorkbook } from "./workbook";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

// ---- Ui -------------------------------------------------------------------------------------

export class MemoryMenu
  extends ApiObject
  implements
    ApiShape<GoogleAppsScript.Base.Menu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi">
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
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const sub = expectInstance(menu, MemoryMenu, "menu").menu;
    this.menu.entries.push({ kind: "submenu", caption: sub.caption, entries: sub.entries });
    return this;
  }
  addToUi(): void {
    const copy = JSON.parse(JSON.stringify(this.menu)) as MenuModel;
    this.wb.ui.menus.push(copy);
  }
}

const htmlOf = (output: unknown): HtmlModel => ({
  ...expectInstance(output, MemoryHtmlOutput, "userInterface").html,
});

/** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogArgs(args: unknown[]): { title: string | null; prompt: string; buttons: string } {
  const [a, b, c] = args;
  if (c !== undefined) return { title: String(a), prompt: String(b), buttons: enumName(c) };
  if (b instanceof EnumValue) return { title: null, prompt: String(a), buttons: enumName(b) };
  return { title: null, prompt: String(a), buttons: "OK" };
}

const defaultButton = (buttons: string): string => (buttons.startsWith("YES") ? "YES" : "OK");

type UiMethods =
  | "alert"
  | "createAddonMenu"
  | "createMenu"
  | "prompt"
  | "showModalDialog"
  | "showModelessDialog"
  | "showSidebar";

export class MemoryUi extends ApiObject implements ApiShape<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly [API_NAME] = "Ui";
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  createAddonMenu(): MemoryMenu {
    return new MemoryMenu(this.wb, { kind: "addon", caption: "", entries: [] });
  }
  createMenu(caption: string): MemoryMenu {
    return new MemoryMenu(this.wb, { kind: "custom", caption, entries: [] });
  }
  showSidebar(userInterface: HtmlOutput): void {
    this.wb.ui.sidebar = htmlOf(userInterface);
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.wb.ui.dialogs.push({ ...htmlOf(userInterface), dialogTitle: title, modal: true });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.wb.ui.dialogs.push({ ...htmlOf(userInterface), dialogTitle: title, modal: false });
  }
  /** Records the alert; answers from workbook.ui.alertResponses, else the set's first button. */
  alert(...args: [string, unknown?, unknown?]): unknown {
    const call = dialogArgs(args);
    this.wb.ui.alerts.push(call);
    return member(Button, this.wb.ui.alertResponses.shift() ?? defaultButton(call.buttons));
  }
  prompt(...args: [string, unknown?, unknown?]): MemoryPromptResponse {
    const call = dialogArgs(args);
    this.wb.ui.prompts.push(call);
    const answer = this.wb.ui.promptResponses.shift() ?? {
      button: defaultButton(call.buttons),
      text: "",
    };
    return new MemoryPromptResponse(answer.button, answer.text);
  }
}

export class MemoryPromptResponse
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Base.PromptResponse, "getResponseText" | "getSelectedButton">
{
  readonly [API_NAME] = "PromptResponse";
  constructor(
    readonly button: string,
    readonly text: string,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): unknown {
    return member(Button, this.button);
  }
}

// ---- HtmlService ----------------------------------------------------------------------------

type HtmlOutputMethods =
  | "append"
  | "clear"
  | "getContent"
  | "getHeight"
  | "getTitle"
  | "getWidth"
  | "setContent"
  | "setHeight"
  | "setSandboxMode"
  | "setTitle"
  | "setWidth"
  | "setXFrameOptionsMode";

export class MemoryHtmlOutput extends ApiObject implements ApiShape<HtmlOutput, HtmlOutputMethods> {
  readonly [API_NAME] = "HtmlOutput";
  readonly html: HtmlModel;
  constructor(content: string) {
    super();
    this.html = { title: "", content, width: null, height: null };
  }
  getContent(): string {
    return this.html.content;
  }
  setContent(content: string): this {
    this.html.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.html.content += addedContent;
    return this;
  }
  clear(): this {
    this.html.content = "";
    return this;
  }
  setTitle(title: string): this {
    this.html.title = title;
    return this;
  }
  getTitle(): string {
    return this.html.title;
  }
  setWidth(width: number): this {
    this.html.width = width;
    return this;
  }
  getWidth(): number {
    return this.html.width ?? 0;
  }
  setHeight(height: number): this {
    this.html.height = height;
    return this;
  }
  getHeight(): number {
    return this.html.height ?? 0;
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): this {
    return this;
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    return this;
  }
}

export class MemoryHtmlService
  extends ApiObject
  implements
    ApiShape<GoogleAppsScript.HTML.HtmlService, "createHtmlOutput" | "createHtmlOutputFromFile">
{
  readonly [API_NAME] = "HtmlService";
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  createHtmlOutput(html?: unknown): MemoryHtmlOutput {
    return new MemoryHtmlOutput(html === undefined ? "" : String(html));
  }
  /** From the `files` option; "Sidebar" and "Sidebar.html" both find Sidebar.html. */
  createHtmlOutputFromFile(filename: string): MemoryHtmlOutput {
    const base = filename.replace(/\.html$/, "");
    const content = this.wb.files[base] ?? this.wb.files[`${base}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new MemoryHtmlOutput(content);
  }
}

// ---- Session, locks, ScriptApp ---------------------------------------------------------------

type SessionMethods =
  | "getActiveUser"
  | "getActiveUserLocale"
  | "getEffectiveUser"
  | "getScriptTimeZone"
  | "getTemporaryActiveUserKey";

export class MemorySession
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Base.Session, SessionMethods>
{
  readonly [API_NAME] = "Session";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  getActiveUser(): MemoryUser {
    return new MemoryUser(this.wb.effectiveUser);
  }
  getEffectiveUser(): MemoryUser {
    return new MemoryUser(this.wb.effectiveUser);
  }
  getActiveUserLocale(): string {
    return this.wb.userLocale;
  }
  getScriptTimeZone(): string {
    return this.wb.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return `temporary-key-${this.wb.effectiveUser}`;
  }
}

export class MemoryLock
  extends ApiObject
  implements
    ApiShape<GoogleAppsScript.Lock.Lock, "hasLock" | "releaseLock" | "tryLock" | "waitLock">
{
  readonly [API_NAME] = "Lock";
  constructor(
    readonly wb: MemoryWorkbook,
    readonly kind: LockKind,
  ) {
    super();
  }
  /** No waiting happens: a lock held elsewhere (workbook.holdLockElsewhere) stays held. */
  tryLock(_timeoutInMillis: number): boolean {
    if (this.wb.locks[this.kind] === "elsewhere") return false;
    this.wb.locks[this.kind] = "held";
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error("Lock timeout: another process was holding the lock for too long.");
    }
  }
  releaseLock(): void {
    if (this.wb.locks[this.kind] === "held") this.wb.locks[this.kind] = "free";
  }
  hasLock(): boolean {
    return this.wb.locks[this.kind] === "held";
  }
}

export class MemoryLockService
  extends ApiObject
  implements
    ApiShape<GoogleAppsScript.Lock.LockService, "getDocumentLock" | "getScriptLock" | "getUserLock">
{
  readonly [API_NAME] = "LockService";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  getDocumentLock(): MemoryLock {
    return new MemoryLock(this.wb, "document");
  }
  getScriptLock(): MemoryLock {
    return new MemoryLock(this.wb, "script");
  }
  getUserLock(): MemoryLock {
    return new MemoryLock(this.wb, "user");
  }
}

export class MemoryScriptApp extends ApiObject {
  readonly [API_NAME] = "ScriptApp";
  readonly AuthMode = AuthMode;
}

// ---- PropertiesService ----------------------------------------------------------------------

/** Apps Script's documented quota per property value. */
export const MAX_PROPERTY_BYTES = 9 * 1024;

type PropertiesMethods =
  | "deleteAllProperties"
  | "deleteProperty"
  | "getKeys"
  | "getProperties"
  | "getProperty"
  | "setProperties"
  | "setProperty";

export class MemoryProperties
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Properties.Properties, PropertiesMethods>
{
  readonly [API_NAME] = "Properties";
  constructor(readonly store: Map<string, string>) {
    super();
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    const text = String(value);
    if (new TextEncoder().encode(text).length > MAX_PROPERTY_BYTES)
      throw new Error("Argument too large: value");
    this.store.set(key, text);
    return this;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class MemoryPropertiesService
  extends ApiObject
  implements
    ApiShape<
      GoogleAppsScript.Properties.PropertiesService,
      "getDocumentProperties" | "getScriptProperties" | "getUserProperties"
    >
{
  readonly [API_NAME] = "PropertiesService";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  getDocumentProperties(): MemoryProperties {
    return new MemoryProperties(this.wb.properties.document);
  }
  getUserProperties(): MemoryProperties {
    return new MemoryProperties(this.wb.properties.user);
  }
  getScriptProperties(): MemoryProperties {
    return new MemoryProperties(this.wb.properties.script);
  }
}

// ---- Utilities, Logger ----------------------------------------------------------------------

/** Utilities.formatDate's common tokens (yyyy yy MM dd HH mm ss, 'quoted text'). */
export function formatDate(date: Date, timeZone: string, format: string): string {
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
  implements ApiShape<GoogleAppsScript.Utilities.Utilities, "formatDate" | "getUuid" | "sleep">
{
  readonly [API_NAME] = "Utilities";
  private uuids = 0;
  /** Deterministic, so snapshots are stable. */
  getUuid(): string {
    this.uuids += 1;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, "0")}`;
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(new Date(date.getTime()), timeZone, format);
  }
  sleep(_milliseconds: number): void {}
}

export class MemoryLogger
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Base.Logger, "clear" | "getLog" | "log">
{
  readonly [API_NAME] = "Logger";
  constructor(readonly wb: MemoryWorkbook) {
    super();
  }
  log(data: unknown, ...values: unknown[]): this {
    let i = 0;
    const text =
      typeof data === "string"
        ? data.replace(/%s/g, () => String(values[i++]))
        : JSON.stringify(data);
    this.wb.logs.push(text);
    return this;
  }
  getLog(): string {
    return this.wb.logs.join("\n");
  }
  clear(): void {
    this.wb.logs.length = 0;
  }
}
