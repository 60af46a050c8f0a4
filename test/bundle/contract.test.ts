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

/**
 * Loads the bundle with every service a recorder. With `locale`, Session.getActiveUserLocale()
 * answers that string (or throws that error), as the recorder's own answer is no string; the reads
 * are recorded all the same, in the recorder's form.
 */
function load(locale?: string | Error) {
  const recording = recordingGlobals(APPS_SCRIPT_GLOBALS);
  const globals = { ...recording.globals };
  if (locale !== undefined) {
    const recorded = recording.globals.Session as Record<string, unknown>;
    globals.Session = new Proxy(recorded, {
      get(target, key) {
        if (key !== "getActiveUserLocale") return Reflect.get(target, key);
        recording.uses.push("Session.getActiveUserLocale");
        return () => {
          recording.uses.push("Session.getActiveUserLocale()");
          if (locale instanceof Error) throw locale;
          return locale;
        };
      },
    });
  }
  const context = vm.createContext(globals);
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  return { context: context as Record<string, unknown>, recording };
}

/** The add-on menu's chain, and nothing else: SpreadsheetApp.getUi().createAddonMenu().addItem(…)… */
const MENU_USE =
  /^SpreadsheetApp\.getUi(\(\)(\.createAddonMenu(\(\)(\.(addItem|addSeparator|addToUi)(\(.*\))?)*)?)?)?$/;
const LOCALE_USE = /^Session\.getActiveUserLocale(\(\))?$/;

/** The captions onOpen gave the menu's items, in order. */
const captions = (uses: readonly string[]) =>
  uses.flatMap((use) => {
    const item = /\.addItem\(("(?:[^"\\]|\\.)*"), "\w+"\)$/.exec(use);
    return item?.[1] === undefined ? [] : [JSON.parse(item[1]) as string];
  });

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

  it("onOpen in AuthMode.NONE builds the add-on menu and reads only the user's locale", () => {
    const { context, recording } = load("it_IT");
    (context.onOpen as (event: unknown) => void)({ authMode: "NONE" });
    // Google's editor add-on authorization guide: in NONE, "Access to user data: Locale only".
    const { uses } = recording;
    expect(uses.filter((use) => !MENU_USE.test(use) && !LOCALE_USE.test(use))).toEqual([]);
    expect(uses.filter((use) => use === "Session.getActiveUserLocale()")).toHaveLength(1);
    expect(uses.filter((use) => use.endsWith(".addToUi()"))).toHaveLength(1);
    expect(captions(uses)).toEqual(["Apri Bussola CX", "Calcola i punteggi", "Guida"]);
    expect(uses.some((use) => use.includes("addItem(") && use.includes('"openSidebar"'))).toBe(
      true,
    );
  });

  it("onOpen shows both languages only when the locale cannot be read", () => {
    const { context, recording } = load(new Error("Session is unavailable"));
    (context.onOpen as (event: unknown) => void)({ authMode: "NONE" });
    expect(captions(recording.uses)).toEqual([
      "Open Bussola CX · Apri Bussola CX",
      "Score now · Calcola i punteggi",
      "Help · Guida",
    ]);
  });

  it("onInstall builds the same menu, touching nothing else", () => {
    const { context, recording } = load("en_US");
    (context.onInstall as (event: unknown) => void)({ authMode: "NONE" });
    expect(recording.uses.some((use) => use.endsWith(".addToUi()"))).toBe(true);
    expect(recording.uses.every((use) => MENU_USE.test(use) || LOCALE_USE.test(use))).toBe(true);
    expect(captions(recording.uses)).toEqual(["Open Bussola CX", "Score now", "Help"]);
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
