/** A fresh in-memory Apps Script with its spreadsheet's first sheet, for tests of the fake itself. */
import {
  createAppsScriptGlobals,
  type MemoryAppsScript,
  type WorkbookOptions,
} from "../../src/memory-sheets";

export const setup = (options?: WorkbookOptions) => {
  const env: MemoryAppsScript = createAppsScriptGlobals(options);
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error("no first sheet");
  env.calls.reset();
  return { ...env, ss, sheet, app: env.globals.SpreadsheetApp };
};
