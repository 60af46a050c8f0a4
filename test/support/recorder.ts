/**
 * Stand-ins for Apps Script globals that record every use: each property read is logged as a path
 * ("SpreadsheetApp.getUi().createAddonMenu") and answers with another recorder, so code under test
 * runs while the test learns exactly which services it touched.
 */
import { APPS_SCRIPT_SERVICES } from "../../src/memory-sheets";

export interface Recording {
  uses: string[];
  globals: Record<string, unknown>;
}

const ENUMS: Record<string, Record<string, Record<string, string>>> = {
  ScriptApp: {
    AuthMode: {
      NONE: "NONE",
      LIMITED: "LIMITED",
      FULL: "FULL",
      CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
    },
  },
};

export function recordingGlobals(names: readonly string[]): Recording {
  const uses: string[] = [];
  const make = (path: string): unknown =>
    new Proxy(() => undefined, {
      get(_target, key) {
        if (typeof key === "symbol") return undefined;
        if (key === "then") return undefined; // not a promise
        const next = `${path}.${key}`;
        uses.push(next);
        const enumValues = ENUMS[path]?.[key];
        return enumValues ?? make(next);
      },
      apply(_target, _this, args: unknown[]) {
        const call = `${path}(${args.map((a) => JSON.stringify(a) ?? typeof a).join(", ")})`;
        uses.push(call);
        return make(`${path}()`);
      },
    });
  return { uses, globals: Object.fromEntries(names.map((name) => [name, make(name)])) };
}

/**
 * The globals the add-on uses: the Apps Script services the in-memory fake provides, and console.
 * All are stand-ins in bundle tests; code using any other service fails with a ReferenceError.
 */
export const APPS_SCRIPT_GLOBALS = [...APPS_SCRIPT_SERVICES, "console"] as const;
