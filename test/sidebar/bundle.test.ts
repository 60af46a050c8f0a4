/**
 * The built sidebar page stays small and carries no zod: the sidebar shares the request limits
 * (REQUEST_LIMITS) with the server, never the schema library. dist/ is built by the suite's
 * globalSetup, so this checks the current source.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const file = join(import.meta.dirname, "../../dist/Sidebar.html");
const html = readFileSync(file, "utf8");

/** Strings zod (classic or mini) leaves in any bundle that includes it, even minified. */
const ZOD_TELLTALES = ["ZodError", "_zod", "$ZodType", "$ZodCheck", "ZodMini"];

/** Ways a script can parse a string as HTML; the sidebar sets text and properties only. */
const HTML_PARSERS = [
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "createContextualFragment",
  "DOMParser",
  "document.write",
];

describe("dist/Sidebar.html", () => {
  it("contains no zod", () => {
    for (const telltale of ZOD_TELLTALES) expect(html, telltale).not.toContain(telltale);
  });

  it("stays within 50 KB", () => {
    expect(statSync(file).size).toBeLessThanOrEqual(50 * 1024);
  });

  it("never parses a string as HTML", () => {
    for (const parser of HTML_PARSERS) expect(html, parser).not.toContain(parser);
  });

  it("inlines its script and style: the add-on's page loads nothing of its own", () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
  });
});
