import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../src/core/texts/i18n";
import { isMessageKey, MESSAGE_TABLES, MESSAGES } from "../../../src/core/texts/messages";

const root = join(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("message tables", () => {
  it("define each key once across the sidebar's, the sheets' and the model check's tables", () => {
    const keys = Object.values(MESSAGE_TABLES).flatMap((table) => Object.keys(table));
    const twice = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(twice).toEqual([]);
    expect(Object.keys(MESSAGES)).toHaveLength(keys.length);
  });

  it("give every key a text in every language", () => {
    const empty = Object.entries(MESSAGES).flatMap(([key, texts]) =>
      LANGS.filter((lang) => texts[lang].trim() === "").map((lang) => `${key}.${lang}`),
    );
    expect(empty).toEqual([]);
  });

  it("hold no key that no code uses", () => {
    const tables = /texts\/(ui|sheet|model)-messages\.ts$/;
    const code = [...sourceFiles(join(root, "src")), ...sourceFiles(join(root, "sidebar"))]
      .filter((file) => !tables.test(file))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = Object.keys(MESSAGES).filter((key) => !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it("tell message keys from other text, inherited names included", () => {
    expect(isMessageKey("required")).toBe(true);
    expect(isMessageKey("constructor")).toBe(false);
    expect(isMessageKey("Invalid input")).toBe(false);
  });
});
