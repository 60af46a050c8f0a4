import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const coreDir = join(import.meta.dirname, "../../src/core");
const GOOGLE_GLOBALS =
  /\b(SpreadsheetApp|Charts|Session|LockService|ScriptApp|HtmlService|PropertiesService|Utilities|GoogleAppsScript|google\.script)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("src/core is pure", () => {
  it.each(sourceFiles(coreDir).map((file) => [file.slice(coreDir.length + 1), file]))(
    "%s names no Google global",
    (_name, file) => {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code).not.toMatch(GOOGLE_GLOBALS);
    },
  );
});
