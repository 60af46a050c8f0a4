/** Puts the in-memory Apps Script services on globalThis, where the server code looks for them. */
import { afterEach } from "vitest";
import {
  createAppsScriptGlobals,
  type MemoryAppsScript,
  type WorkbookOptions,
} from "../../src/memory-sheets";

const installed = new Set<string>();

export function installAppsScript(options: WorkbookOptions = {}): MemoryAppsScript {
  const env = createAppsScriptGlobals({ locale: "it_IT", ...options });
  for (const [name, service] of Object.entries(env.globals)) {
    (globalThis as Record<string, unknown>)[name] = service;
    installed.add(name);
  }
  return env;
}

afterEach(() => {
  for (const name of installed) delete (globalThis as Record<string, unknown>)[name];
  installed.clear();
});
