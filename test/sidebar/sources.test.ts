/**
 * Rules on the sidebar's source that a test of the page cannot see: a request limit typed as a
 * literal would still pass while it matches the server's, and drift the day the server's changes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "../../sidebar");
const sources = readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".ts"))
  .map((path) => ({ path, text: readFileSync(join(dir, path), "utf8") }));

describe("the sidebar's source", () => {
  it("is found", () => {
    expect(sources.map((source) => source.path)).toContain("main.ts");
  });

  it("takes every maxlength from REQUEST_LIMITS, never from a literal", () => {
    for (const { path, text } of sources) {
      expect(text, path).not.toMatch(/maxlength["']?\s*[:=,]\s*["'`]?\d/i);
      for (const match of text.matchAll(/maxlength["']?\s*:\s*([^,\n}]+)/gi))
        expect(match[1], path).toMatch(/^REQUEST_LIMITS\./);
    }
  });

  it("imports nothing from zod, directly or through the contract's values", () => {
    for (const { path, text } of sources) {
      expect(text, path).not.toMatch(/from "zod/);
      // The contract module imports zod: the sidebar may use its types only.
      expect(text, path).not.toMatch(
        /^import \{[^}]*\} from "[./]+src\/core\/contract\/contract"/m,
      );
    }
  });
});
