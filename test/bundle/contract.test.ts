/**
 * The built dist/Code.js, checked the way Apps Script will treat it: a plain script (no modules)
 * in a global scope that has Apps Script's services and none of Node's or the browser's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { entryExports } from "../../build/build";
import { APPS_SCRIPT_GLOBALS, recordingGlobals } from "../support/recorder";

const root = join(import.meta.dirname, "../..");
const code = readFileSync(join(root, "dist/Code.js"), "utf8");

function load() {
  const recording = recordingGlobals(APPS_SCRIPT_GLOBALS);
  const context = vm.createContext({ ...recording.globals });
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  return { context: context as Record<string, unknown>, recording };
}

describe("dist/Code.js", () => {
  it("parses as a classic script: no import or export statements", () => {
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it("declares every export of the server entry as a top-level function", async () => {
    const names = await entryExports();
    expect(names).toEqual(expect.arrayContaining(["onOpen", "onInstall", "openSidebar"]));
    const { context } = load();
    for (const name of names) {
      expect(code, name).toMatch(new RegExp(`^function ${name}\\(`, "m"));
      expect(typeof context[name], name).toBe("function");
    }
  });

  it("declares no function Apps Script could not call from the sidebar (names ending in _)", async () => {
    expect((await entryExports()).filter((name) => name.endsWith("_"))).toEqual([]);
  });

  it("evaluates without Node or browser globals and calls no service at load", () => {
    const { context, recording } = load();
    for (const name of [
      "require",
      "process",
      "setTimeout",
      "fetch",
      "URL",
      "TextEncoder",
      "atob",
    ]) {
      expect(context[name], name).toBeUndefined();
    }
    expect(recording.uses).toEqual([]);
  });

  it("onOpen in AuthMode.NONE only builds the add-on menu", () => {
    const { context, recording } = load();
    (context.onOpen as (event: unknown) => void)({ authMode: "NONE" });
    const touched = recording.uses.filter((use) => use !== "ScriptApp.AuthMode");
    expect(touched.length).toBeGreaterThan(0);
    for (const use of touched) {
      expect(use).toMatch(
        /^SpreadsheetApp\.getUi(\(\)(\.createAddonMenu(\(\)(\.(addItem|addSeparator|addToUi)(\(.*\))?)*)?)?)?$/,
      );
    }
    expect(touched.filter((use) => use.endsWith(".addToUi()"))).toHaveLength(1);
    expect(touched.some((use) => use.includes("addItem(") && use.includes('"openSidebar"'))).toBe(
      true,
    );
  });

  it("onInstall builds the same menu", () => {
    const { context, recording } = load();
    (context.onInstall as (event: unknown) => void)({ authMode: "NONE" });
    expect(recording.uses.some((use) => use.endsWith(".addToUi()"))).toBe(true);
    expect(
      recording.uses.every(
        (use) => use.startsWith("SpreadsheetApp.getUi") || use === "ScriptApp.AuthMode",
      ),
    ).toBe(true);
  });
});

describe("dist/appsscript.json", () => {
  const manifest = JSON.parse(readFileSync(join(root, "dist/appsscript.json"), "utf8")) as {
    runtimeVersion: string;
    oauthScopes: string[];
  };
  it("runs on V8 with only the scopes the add-on uses", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes.sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      // Session.getEffectiveUser(), added to each protection before its other editors are removed.
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
  });
});
