/**
 * What the server code does where Google documents a limit or a failure: the menu in AuthMode.NONE
 * (the user's locale may be read there, nothing else), and a sheet protection whose editors cannot
 * be removed (warning-only, as a fallback for that one failure and no other).
 */
import { describe, expect, it } from "vitest";
import type { CreateRequest } from "../../src/core/contract/contract";
import { t } from "../../src/core/texts/messages";
import type { WorkbookOptions } from "../../src/memory-sheets";
import { createAssessment } from "../../src/server/api";
import { onInstall, onOpen } from "../../src/server/menu";
import { protectSheet } from "../../src/server/renderer";
import { installAppsScript } from "../support/apps-script";

/** The captions of the add-on menu onOpen built, separators left out. */
function menuCaptions(
  options: WorkbookOptions,
  run: (authMode: GoogleAppsScript.Script.AuthMode) => void,
) {
  const { workbook, globals } = installAppsScript(options);
  run(globals.ScriptApp.AuthMode[options.authMode ?? "FULL"]);
  return (workbook.addonMenu?.entries ?? []).flatMap((entry) =>
    entry.kind === "item" ? [entry.caption] : [],
  );
}

describe("the add-on menu speaks the user's language in every auth mode", () => {
  it("in AuthMode.NONE it reads the user's locale (Google: 'Access to user data: Locale only')", () => {
    const open = (authMode: GoogleAppsScript.Script.AuthMode) => onOpen({ authMode });
    expect(menuCaptions({ authMode: "NONE", locale: "it_IT" }, open)).toEqual([
      "Apri Bussola CX",
      "Calcola i punteggi",
      "Guida",
    ]);
    expect(menuCaptions({ authMode: "NONE", locale: "en_GB" }, open)).toEqual([
      "Open Bussola CX",
      "Score now",
      "Help",
    ]);
  });

  it("reads nothing else in AuthMode.NONE: only the locale and the menu", () => {
    const { calls, globals } = installAppsScript({ authMode: "NONE" });
    onInstall({ authMode: globals.ScriptApp.AuthMode.NONE });
    const used = new Set(calls.entries.map(({ target, method }) => `${target}.${method}`));
    expect([...used].sort()).toEqual([
      "Menu.addItem",
      "Menu.addSeparator",
      "Menu.addToUi",
      "Session.getActiveUserLocale",
      "SpreadsheetApp.getUi",
      "Ui.createAddonMenu",
    ]);
  });

  it("in LIMITED and FULL too, and without an event object", () => {
    for (const authMode of ["LIMITED", "FULL"] as const) {
      expect(
        menuCaptions({ authMode, locale: "it_IT" }, (mode) => onOpen({ authMode: mode }))[0],
      ).toBe("Apri Bussola CX");
    }
    expect(menuCaptions({ locale: "it_IT" }, () => onOpen())[0]).toBe("Apri Bussola CX");
  });

  it("shows both languages only when the locale itself cannot be read, in any mode", () => {
    const failCalls = { "Session.getActiveUserLocale": "Service unavailable: Session" };
    for (const authMode of ["NONE", "FULL"] as const) {
      expect(
        menuCaptions({ authMode, locale: "it_IT", failCalls }, (mode) =>
          onOpen({ authMode: mode }),
        ),
      ).toEqual([
        "Open Bussola CX · Apri Bussola CX",
        "Score now · Calcola i punteggi",
        "Help · Guida",
      ]);
    }
  });
});

describe("a sheet protection falls back to warning-only for its one documented failure", () => {
  /** The first sheet, protected by protectSheet with D5:D9 left editable. */
  function protectFirstSheet(options: WorkbookOptions) {
    const env = installAppsScript({
      userEmail: "consultant@studio.it",
      editors: ["consultant@studio.it", "team@studio.it"],
      ...options,
    });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    if (sheet === undefined) throw new Error("no first sheet");
    const run = () =>
      protectSheet(sheet, "Questionario", [{ row: 5, column: 4, rows: 5, columns: 1 }], []);
    return { ...env, run, protection: () => env.workbook.sheet("Sheet1").protections[0] };
  }

  it("protects for real when the editors can be removed", () => {
    const { run, protection } = protectFirstSheet({});
    run();
    expect(protection()).toMatchObject({ warningOnly: false, editors: ["consultant@studio.it"] });
  });

  it("warns only when Sheets refuses to remove an editor (access through a Google group)", () => {
    const { run, protection, workbook } = protectFirstSheet({
      failCalls: { "Protection.removeEditors": "You can't remove the editor team@studio.it." },
    });
    run();
    expect(protection()).toMatchObject({ warningOnly: true, description: "Questionario" });
    // Still a protection with its editable answers: only the lock became a warning.
    expect(protection()?.unprotected).toEqual([{ row: 5, column: 4, rows: 5, columns: 1 }]);
    expect(workbook.userEdit("Sheet1", "A1", "x")).toEqual({ ok: true, warnings: ["protected"] });
  });

  it("warns only when Sheets refuses to turn off editing by the whole domain", () => {
    const { run, protection, globals, workbook } = protectFirstSheet({
      failCalls: { "Protection.setDomainEdit": "Domain editing cannot be changed here." },
    });
    // A protection the whole domain may edit already exists: protect() returns it.
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet?.protect();
    const existing = workbook.sheet("Sheet1").protections[0];
    if (existing === undefined) throw new Error("no protection");
    existing.domainEdit = true;
    run();
    expect(protection()).toMatchObject({ warningOnly: true });
  });

  it.each([
    // The userinfo.email scope missing from the manifest: the add-on's own bug, never a warning.
    [
      "Session.getEffectiveUser",
      "You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
    ],
    ["Protection.addEditor", "Service Spreadsheets failed while accessing document."],
    ["Sheet.protect", "Service Spreadsheets failed while accessing document."],
    ["Protection.getEditors", "You do not have permission to access the protected sheet."],
  ])("lets any other failure through (%s)", (call, message) => {
    const { run, protection } = protectFirstSheet({ failCalls: { [call]: message } });
    expect(run).toThrow(message);
    expect(protection()?.warningOnly ?? false).toBe(false);
  });

  it("and the endpoint turns it into a clear unexpected error, leaving no half-made sheet", () => {
    const detail =
      "You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email";
    const { workbook } = installAppsScript({ failCalls: { "Session.getEffectiveUser": detail } });
    const request: CreateRequest = {
      modelId: "cx-maturity",
      clientName: "Acme",
      lang: "it",
      respondents: [{ name: "Anna", group: "Direzione" }],
    };
    expect(createAssessment(request)).toEqual({
      ok: false,
      errors: [{ field: "", message: t("it", "errUnexpected", { detail }) }],
    });
    expect(workbook.sheetNames).toEqual(["Sheet1"]);
  });
});
