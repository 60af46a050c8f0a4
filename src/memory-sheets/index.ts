/**
 * In-memory Apps Script services for the adapter tests, the end-to-end test of the built bundle in
 * node:vm, the benchmarks and the local workbench. They model exactly the classes and methods the
 * add-on calls (src/server), no more: a method the add-on starts to use is added here first, with
 * the behaviour Google documents (README.md lists every assumption about real Sheets and its
 * source). Every method call a script makes is recorded in `calls`; `workbook` holds the resulting
 * spreadsheet. Formulas are stored, not computed.
 *
 *   const { globals, workbook, calls } = createAppsScriptGlobals({ locale: "it_IT" });
 *   vm.runInContext(bundle, vm.createContext({ ...globals, Date }));   // share Date: see below
 *
 * In a node:vm sandbox pass the host's `Date` into the context, so that dates returned by getValues
 * pass the script's `instanceof Date` checks.
 */
import { CallLog } from "./calls";
import { MemoryCharts } from "./charts";
import { type Guard, Membrane } from "./membrane";
import {
  MemoryHtmlService,
  MemoryLockService,
  MemoryScriptApp,
  MemorySession,
  MemoryUtilities,
} from "./services";
import { MemorySpreadsheetApp } from "./spreadsheet";
import { MemoryWorkbook, type WorkbookOptions } from "./workbook";

export { fromA1 } from "./a1";
export { type CallEntry, CallLog, sheetsCalls } from "./calls";
export type {
  CellSnapshot,
  ChartSnapshot,
  ProtectionSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
} from "./snapshot";
export {
  type AuthModeName,
  type EditAccepted,
  type EditOptions,
  type EditRefused,
  type EditResult,
  MemoryWorkbook,
  type WorkbookOptions,
} from "./workbook";

/**
 * The Apps Script services the add-on uses: the one list, for the fake, the bundle's contract test
 * (which records every use of them) and anything else that needs their names.
 */
export const APPS_SCRIPT_SERVICES = [
  "SpreadsheetApp",
  "Charts",
  "Session",
  "LockService",
  "ScriptApp",
  "HtmlService",
  "Utilities",
] as const;
type ServiceName = (typeof APPS_SCRIPT_SERVICES)[number];

export interface AppsScriptGlobals extends Record<ServiceName, unknown> {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  Session: GoogleAppsScript.Base.Session;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
}

export interface MemoryAppsScript {
  globals: AppsScriptGlobals;
  workbook: MemoryWorkbook;
  calls: CallLog;
}

/** Services that answer in AuthMode.NONE (an add-on's onOpen before it is used in the file). */
const NONE_MODE_TARGETS = new Set(["Ui", "Menu", "ScriptApp", "Utilities", "Charts"]);

/**
 * Single methods of other services that answer in AuthMode.NONE: the menu's entry point, and the
 * user's locale (Google's editor add-on authorization guide: "Access to user data: Locale only").
 */
const NONE_MODE_METHODS = new Set(["SpreadsheetApp.getUi", "Session.getActiveUserLocale"]);

/**
 * Refuses what AuthMode.NONE does not allow, then throws where a test asked a call to fail
 * (workbook.failCalls). Both run after the call is recorded, as Apps Script makes the call first.
 */
function guard(workbook: MemoryWorkbook): Guard {
  return (target, method) => {
    const call = `${target}.${method}`;
    const allowed =
      workbook.authMode !== "NONE" || NONE_MODE_TARGETS.has(target) || NONE_MODE_METHODS.has(call);
    if (!allowed) throw new Error(`You do not have permission to call ${call} in AuthMode.NONE.`);
    const failure = workbook.failCalls.get(call);
    if (failure !== undefined) throw new Error(failure);
  };
}

/** A fresh spreadsheet with one sheet ("Sheet1", 1000 × 26), and the globals that act on it. */
export function createAppsScriptGlobals(options: WorkbookOptions = {}): MemoryAppsScript {
  const workbook = new MemoryWorkbook(options);
  const calls = new CallLog();
  const membrane = new Membrane(calls, guard(workbook));
  const globals = {
    SpreadsheetApp: membrane.wrap(new MemorySpreadsheetApp(workbook)),
    Charts: membrane.wrap(new MemoryCharts()),
    Session: membrane.wrap(new MemorySession(workbook)),
    LockService: membrane.wrap(new MemoryLockService(workbook)),
    ScriptApp: membrane.wrap(new MemoryScriptApp()),
    HtmlService: membrane.wrap(new MemoryHtmlService(workbook)),
    Utilities: membrane.wrap(new MemoryUtilities()),
  } satisfies Record<ServiceName, unknown>;
  // The one cast: our classes implement the subset of the real API that the add-on uses
  // (parameters checked per class with ApiShape); callers get the real Apps Script types.
  return { globals: globals as unknown as AppsScriptGlobals, workbook, calls };
}
