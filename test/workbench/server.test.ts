/** The workbench over HTTP: the bridge to dist/Code.js, client edits, the .xlsx download. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssessmentSummary, Outcome } from "../../src/core/contract/contract";
import { assertCarried } from "../../workbench/sandbox";
import { startWorkbench, type Workbench } from "../../workbench/server";
import { escapeXml, xlsxSheetNames } from "../../workbench/xlsx";

let workbench: Workbench;
const JSON_HEADERS = { "content-type": "application/json" };

beforeAll(async () => {
  workbench = await startWorkbench();
});
afterAll(async () => {
  await workbench.close();
});

async function run<T>(
  name: string,
  ...args: unknown[]
): Promise<{ ok: boolean; value?: T; error?: string }> {
  const response = await fetch(new URL("/api/run", workbench.url), {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ name, args }),
  });
  return (await response.json()) as { ok: boolean; value?: T; error?: string };
}

/** Lists and reads the .xlsx with Python's zipfile, an independent reader. */
function unzip(file: string, member?: string): string {
  const script = member
    ? `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; sys.stdout.write(z.read(sys.argv[2]).decode())`
    : `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))`;
  return execFileSync("python3", ["-c", script, file, ...(member ? [member] : [])], {
    encoding: "utf8",
  });
}

describe("workbench", () => {
  it("serves the page and the real sidebar with google.script.run bridged", async () => {
    const page = await (await fetch(workbench.url)).text();
    expect(page).toContain('<iframe id="sidebar"');
    const sidebar = await (await fetch(new URL("/sidebar", workbench.url))).text();
    expect(sidebar.indexOf("withSuccessHandler")).toBeLessThan(sidebar.indexOf('id="app"'));
  });

  it("runs the add-on's global functions and reports unknown ones as google.script.run would", async () => {
    const created = await run<Outcome<AssessmentSummary>>("createAssessment", {
      modelId: "cx-100",
      clientName: "Verdi",
      lang: "it",
      respondents: [{ name: "Ugo", group: "" }],
    });
    expect(created.ok && created.value?.ok).toBe(true);
    expect(await run("scoreRecord_")).toEqual({
      ok: false,
      error: "Script function not found: scoreRecord_",
    });
    expect(workbench.sandbox.workbook.sheetNames).toContain("Questionario · Verdi");
  });

  it("applies a client's edit through validation and protection", async () => {
    const edit = (a1: string, value: string) =>
      fetch(new URL("/api/edit", workbench.url), {
        method: "POST",
        headers: JSON_HEADERS,
        body: JSON.stringify({ sheet: "Questionario · Verdi", a1, value }),
      }).then((response) => response.json());
    const values = workbench.sandbox.workbook.values("Questionario · Verdi");
    const row = values.findIndex((line) => line[0] === "strat-1") + 1;
    expect(await edit(`D${row}`, "3 · Consolidato")).toEqual({ ok: true, warnings: [] });
    expect(await edit(`D${row}`, "tanto")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await edit(`C${row}`, "x")).toMatchObject({ ok: false, reason: "protected" });
  });

  it("downloads the workbook as an .xlsx that an independent zip reader opens", async () => {
    const state = await run<{ assessments: { id: string }[] }>("getState");
    expect(
      (await run("scoreAssessment", { assessmentId: state.value?.assessments[0]?.id })).ok,
    ).toBe(true);
    const response = await fetch(new URL("/bussola-workbook.xlsx", workbench.url));
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const file = join(mkdtempSync(join(tmpdir(), "bussola-")), "book.xlsx");
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const members = unzip(file).trim().split("\n");
    expect(members).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
      ]),
    );
    const workbookXml = unzip(file, "xl/workbook.xml");
    expect(workbookXml).toContain('name="Questionario · Verdi"');
    expect(workbookXml).toMatch(/name="Bussola CX · data" sheetId="\d+" state="hidden"/);
    const names = workbench.sandbox.workbook.sheetNames;
    const questionnaire = unzip(
      file,
      `xl/worksheets/sheet${names.indexOf("Questionario · Verdi") + 1}.xml`,
    );
    expect(questionnaire).toContain("3 · Consolidato");
    expect(questionnaire).toContain('<dataValidation type="list"');
    expect(questionnaire).toContain('<sheetProtection sheet="1"');
    expect(questionnaire).toContain('state="frozen"');
    expect(questionnaire).toMatch(/<f>COUNTA\(D\d+:D\d+\)<\/f>/);
  });

  it("refuses requests another web page could send: plain text, or from another origin", async () => {
    const url = new URL("/api/run", workbench.url);
    const body = JSON.stringify({ name: "getState", args: [] });
    const plain = await fetch(url, {
      method: "POST",
      body,
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status).toBe(403);
    const foreign = await fetch(url, {
      method: "POST",
      body,
      headers: { ...JSON_HEADERS, origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(url, {
      method: "POST",
      body,
      headers: { ...JSON_HEADERS, origin: workbench.url.replace(/\/$/, "") },
    });
    expect(own.status).toBe(200);
  });

  it("fails, as google.script.run does, on a Date or a function crossing the bridge", () => {
    expect(() => assertCarried({ at: new Date() })).toThrow("cannot carry Date at result.at");
    expect(() => assertCarried([1, { f: () => 1 }])).toThrow(
      "cannot carry Function at result[1].f",
    );
    const fromVm = vm.runInNewContext(
      "({ ok: true, value: [{ a: null }], when: new Date(0) })",
    ) as unknown;
    expect(() => assertCarried(fromVm)).toThrow("cannot carry Date at result.when");
    expect(() =>
      assertCarried(vm.runInNewContext("({ ok: true, list: [1, 'x', null] })")),
    ).not.toThrow();
  });

  it("keeps shortened sheet names distinct and XML-safe", () => {
    const long = "Questionario · Una società con un nome lunghissimo";
    const names = xlsxSheetNames([long, `${long} (2)`]);
    expect(names[0]).toHaveLength(31);
    expect(new Set(names).size).toBe(2);
    expect(escapeXml('<a href="x">&\u0001')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;");
  });
});
