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

/**
 * What google.script.run can carry: primitives, null, arrays and plain objects of those. Apps Script
 * fails on a Date or a function; so does this, instead of quietly turning them into JSON.
 */
export function assertCarried(value: unknown, path = "result"): void {
  if (value === null || ["string", "number", "boolean", "undefined"].includes(typeof value)) return;
  const tag = Object.prototype.toString.call(value);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) assertCarried(item, `${path}[${index}]`);
    return;
  }
  // Objects made inside the vm have that context's Object.prototype: plain means one level above null.
  const proto: unknown = typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
  const plain = proto === null || (proto !== undefined && Object.getPrototypeOf(proto) === null);
  if (tag !== "[object Object]" || !plain) {
    throw new Error(`google.script.run cannot carry ${tag.slice(8, -1)} at ${path}`);
  }
  for (const [key, inner] of Object.entries(value as Record<string, unknown>))
    assertCarried(inner, `${path}.${key}`);
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
    for (const [index, arg] of args.entries()) assertCarried(arg, `argument ${index + 1}`);
    const result = fn(
      ...args.map((arg) => (arg === undefined ? undefined : JSON.parse(JSON.stringify(arg)))),
    );
    assertCarried(result);
    return result === undefined ? null : JSON.parse(JSON.stringify(result));
  };
  return { ...env, call, functions };
}
