/**
 * The built add-on running locally: dist/Code.js evaluated in a node:vm context whose only globals
 * are the in-memory Apps Script services, called through its top-level functions as Apps Script
 * would. Used by the workbench and by the end-to-end tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import {
  createAppsScriptGlobals,
  type MemoryAppsScript,
  type WorkbookOptions,
} from "../src/memory-sheets";

export interface Sandbox extends MemoryAppsScript {
  /** Calls a top-level function of Code.js; arguments and result cross as JSON, like google.script.run. */
  call(name: string, args?: readonly unknown[]): unknown;
  /** The names google.script.run may call: top-level functions not ending in "_". */
  functions: Set<string>;
}

export function createSandbox(distDir: string, options: WorkbookOptions = {}): Sandbox {
  const code = readFileSync(join(distDir, "Code.js"), "utf8");
  const sidebar = readFileSync(join(distDir, "Sidebar.html"), "utf8");
  const env = createAppsScriptGlobals({ locale: "it_IT", files: { Sidebar: sidebar }, ...options });
  // The host's Date, so dates from getValues pass the bundle's instanceof checks.
  const context = vm.createContext({ ...env.globals, Date }) as Record<string, unknown>;
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  const functions = new Set(
    [...code.matchAll(/^function ([A-Za-z0-9]+)\(/gm)]
      .map((match) => match[1] ?? "")
      .filter((name) => name !== "" && !name.endsWith("_")),
  );
  const call = (name: string, args: readonly unknown[] = []): unknown => {
    const fn = context[name];
    if (!functions.has(name) || typeof fn !== "function") {
      throw new Error(`Script function not found: ${name}`);
    }
    const result = fn(
      ...args.map((arg) => (arg === undefined ? undefined : JSON.parse(JSON.stringify(arg)))),
    );
    return result === undefined ? null : JSON.parse(JSON.stringify(result));
  };
  return { ...env, call, functions };
}
