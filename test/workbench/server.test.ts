/** The workbench over HTTP: the bridge to dist/Code.js, client edits, the .xlsx download. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { request as httpRequest, type OutgoingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AssessmentSummary, ModelSummary, Outcome } from "../../src/core/contract/contract";
import { REQUEST_LIMITS } from "../../src/core/contract/limits";
import { assertCarried } from "../../workbench/sandbox";
import { MAX_BODY, startWorkbench, type Workbench } from "../../workbench/server";
import { escapeXml, xlsxSheetNames } from "../../workbench/xlsx";

let workbench: Workbench;
const JSON_HEADERS = { "content-type": "application/json" };

beforeAll(async () => {
  workbench = await startWorkbench();
});
// Every test starts from a fresh workbook, so each passes on its own.
beforeEach(() => {
  workbench.reset();
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

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(new URL(path, workbench.url), {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
  });
  return response.json();
}

const edit = (sheet: string, a1: string, value: string) => post("/api/edit", { sheet, a1, value });

const QUESTIONNAIRE = "Questionario · Verdi";

/** A cx-100 assessment for client Verdi with one respondent, Ugo (answers in column D). */
async function createVerdi(): Promise<{ id: string; row: (question: string) => number }> {
  const created = await run<Outcome<AssessmentSummary>>("createAssessment", {
    modelId: "cx-100",
    clientName: "Verdi",
    lang: "it",
    respondents: [{ name: "Ugo", group: "" }],
  });
  if (!created.value?.ok) throw new Error(`create failed: ${JSON.stringify(created)}`);
  const values = workbench.sandbox.workbook.values(QUESTIONNAIRE);
  return {
    id: created.value.value.id,
    row: (question) => values.findIndex((line) => line[0] === question) + 1,
  };
}

/**
 * One request with exactly these headers. fetch picks Host itself and cannot send another, which
 * is what a page served under a rebound DNS name does; node:http sends what it is given.
 */
function raw(
  method: "GET" | "POST",
  path: string,
  headers: OutgoingHttpHeaders,
  body = "",
): Promise<{ status: number; body: string }> {
  const { port } = new URL(workbench.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, method, path, headers, setHost: false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
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
    expect(workbench.sandbox.workbook.sheetNames).toContain(QUESTIONNAIRE);
  });

  it("applies a client's edit through validation and protection", async () => {
    const { row } = await createVerdi();
    const at = row("strat-1");
    expect(await edit(QUESTIONNAIRE, `D${at}`, "3 · Sistematico")).toEqual({
      ok: true,
      warnings: [],
    });
    expect(await edit(QUESTIONNAIRE, `D${at}`, "tanto")).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await edit(QUESTIONNAIRE, `C${at}`, "x")).toMatchObject({
      ok: false,
      reason: "protected",
    });
  });

  it("applies several edits at once, each through the same validation and protection", async () => {
    const { row } = await createVerdi();
    const at = row("strat-1");
    const cell = (a1: string) => workbench.sandbox.workbook.values(QUESTIONNAIRE, a1)[0]?.[0];
    const questionText = cell(`C${at}`);
    const edits = [
      { sheet: QUESTIONNAIRE, a1: `D${at}`, value: "tanto" },
      { sheet: QUESTIONNAIRE, a1: `C${at}`, value: "x" },
      { sheet: QUESTIONNAIRE, a1: `D${at + 1}`, value: "3 · Sistematico" },
    ];
    expect(await post("/api/edits", { edits })).toEqual([
      expect.objectContaining({ ok: false, reason: "invalid" }),
      expect.objectContaining({ ok: false, reason: "protected" }),
      { ok: true, warnings: [] },
    ]);
    expect([cell(`D${at}`), cell(`C${at}`), cell(`D${at + 1}`)]).toEqual([
      null,
      questionText,
      "3 · Sistematico",
    ]);
    expect(await post("/api/edits", { edits: [{ sheet: QUESTIONNAIRE, a1: "D1" }] })).toEqual({
      ok: false,
      error: "bad request",
    });
  });

  it("downloads the workbook as an .xlsx that an independent zip reader opens", async () => {
    const { id, row } = await createVerdi();
    expect(await edit(QUESTIONNAIRE, `D${row("strat-1")}`, "3 · Sistematico")).toMatchObject({
      ok: true,
    });
    expect((await run("scoreAssessment", { assessmentId: id })).ok).toBe(true);
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
    expect(workbookXml).toContain(`name="${QUESTIONNAIRE}"`);
    expect(workbookXml).toMatch(/name="Bussola CX · data" sheetId="\d+" state="hidden"/);
    const names = workbench.sandbox.workbook.sheetNames;
    const questionnaire = unzip(file, `xl/worksheets/sheet${names.indexOf(QUESTIONNAIRE) + 1}.xml`);
    expect(questionnaire).toContain("3 · Sistematico");
    expect(questionnaire).toContain('<dataValidation type="list"');
    expect(questionnaire).toContain('<sheetProtection sheet="1"');
    expect(questionnaire).toContain('state="frozen"');
    expect(questionnaire).toMatch(/<f>COUNTA\(D\d+:D\d+\)<\/f>/);
    // The top rows' merges within the frozen columns, and the heights set for their text.
    expect(questionnaire).toContain('<mergeCells count="5"><mergeCell ref="A1:C1"/>');
    expect(questionnaire).toMatch(/<row r="4" ht="\d+\.\d+" customHeight="1">/);
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

  it("reads a refused request to its end, so the client gets the answer, not a reset", async () => {
    // Larger than a socket's buffers: the client is still writing when the server decides.
    const large = JSON.stringify({ name: "getState", args: ["x".repeat(900_000)] });
    const tooLarge = JSON.stringify({ name: "getState", args: ["x".repeat(MAX_BODY)] });
    const url = new URL("/api/run", workbench.url);
    for (let attempt = 0; attempt < 3; attempt++) {
      const plain = await fetch(url, {
        method: "POST",
        body: large,
        headers: { "content-type": "text/plain" },
      });
      expect(plain.status).toBe(403);
      const over = await fetch(url, { method: "POST", body: tooLarge, headers: JSON_HEADERS });
      expect(over.status).toBe(413);
      expect(await over.json()).toEqual({ ok: false, error: "request too large" });
      const missing = await fetch(new URL("/api/nothing", workbench.url), {
        method: "POST",
        body: large,
        headers: JSON_HEADERS,
      });
      expect(missing.status).toBe(404);
    }
  });

  it("answers only requests addressed to it by its own name, static files included", async () => {
    const { port } = new URL(workbench.url);
    const paths = ["/", "/sidebar", "/api/workbook", "/bussola-workbook.xlsx", "/nothing"];
    // A DNS-rebinding page: the browser resolves the attacker's name to 127.0.0.1 and sends it.
    const foreign = [
      `evil.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `127.0.0.1:${Number(port) + 1}`,
      "127.0.0.1",
      "localhost",
    ];
    for (const host of foreign) {
      for (const path of paths) {
        expect((await raw("GET", path, { host })).status, `${host} ${path}`).toBe(403);
      }
    }
    const body = JSON.stringify({ name: "getState", args: ["x".repeat(900_000)] });
    const post = await raw(
      "POST",
      "/api/run",
      { host: `evil.example:${port}`, "content-type": "application/json" },
      body,
    );
    expect(post.status).toBe(403);
    const edited = await raw(
      "POST",
      "/api/edit",
      { host: `evil.example:${port}`, "content-type": "application/json" },
      JSON.stringify({ sheet: "Sheet1", a1: "A1", value: "rebound" }),
    );
    expect(edited.status).toBe(403);
    expect(workbench.sandbox.workbook.values("Sheet1", "A1")).toEqual([[null]]);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const own = await raw("GET", "/api/workbook", { host });
      expect(own.status, host).toBe(200);
      expect(JSON.parse(own.body)).toMatchObject({ activeSheet: "Sheet1" });
    }
  });

  it("refuses any request from another origin, GET included, and accepts its own names", async () => {
    const { port } = new URL(workbench.url);
    const host = `127.0.0.1:${port}`;
    for (const origin of [
      "https://evil.example",
      `http://evil.example:${port}`,
      `https://127.0.0.1:${port}`,
      "null",
    ]) {
      for (const path of ["/api/workbook", "/bussola-workbook.xlsx", "/"]) {
        expect((await raw("GET", path, { host, origin })).status, `${origin} ${path}`).toBe(403);
      }
    }
    const getState = JSON.stringify({ name: "getState", args: [] });
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const origin = `http://${name}`;
      expect((await raw("GET", "/api/workbook", { host, origin })).status, origin).toBe(200);
      const run = await raw(
        "POST",
        "/api/run",
        { host: name, origin, "content-type": "application/json" },
        getState,
      );
      expect(run.status, origin).toBe(200);
      expect(JSON.parse(run.body)).toMatchObject({ ok: true });
    }
  });

  it("refuses an edit outside the sheet's grid, saying how large it is, and writes nothing", async () => {
    const workbook = workbench.sandbox.workbook;
    const untouched = JSON.stringify(workbook.snapshot());
    const refusal = async (path: string, body: unknown): Promise<unknown> => {
      const response = await fetch(new URL(path, workbench.url), {
        method: "POST",
        headers: JSON_HEADERS,
        body: JSON.stringify(body),
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      return response.json();
    };
    // A new sheet is 1000 rows × 26 columns, A1:Z1000.
    for (const a1 of ["A1000000000", "A1001", "AA1", "XFD1048576", `A${"9".repeat(400)}`]) {
      expect(await refusal("/api/edit", { sheet: "Sheet1", a1, value: "x" })).toEqual({
        ok: false,
        error: expect.stringMatching(/is outside "Sheet1", which has 1000 rows and 26 columns/),
      });
    }
    // One cell of the named sheet: not a range, not a cell of another sheet, not a name.
    for (const a1 of ["A1:Z1000", "Other!B2", "'Sheet1'!B2", "B", "7", "B0", "", "B 2"]) {
      expect(await refusal("/api/edit", { sheet: "Sheet1", a1, value: "x" })).toEqual({
        ok: false,
        error: expect.stringContaining("is not one cell"),
      });
    }
    // Several at once: one bad address refuses them all, before any is written.
    for (const bad of ["A1000000000", "Other!B2"]) {
      const edits = [
        { sheet: "Sheet1", a1: "B5", value: "kept?" },
        { sheet: "Sheet1", a1: bad, value: "x" },
      ];
      expect(await refusal("/api/edits", { edits })).toMatchObject({ ok: false });
    }
    expect(JSON.stringify(workbook.snapshot())).toBe(untouched);
    // The grid is the sheet's size now: inserted rows and columns can be typed into.
    workbook.sheet("Sheet1").insertRows(1000, 1);
    workbook.sheet("Sheet1").insertColumns(26, 1);
    expect(await edit("Sheet1", "AA1001", "grown")).toEqual({ ok: true, warnings: [] });
    expect(workbook.values("Sheet1", "AA1001")).toEqual([["grown"]]);
    expect(await refusal("/api/edit", { sheet: "Sheet1", a1: "A1002", value: "x" })).toEqual({
      ok: false,
      error: expect.stringMatching(/which has 1001 rows and 27 columns/),
    });
  });

  it("takes the largest model import the add-on accepts, and answers it itself", async () => {
    // Every character a control character: JSON.stringify writes each as \u00XX, six characters.
    const largest = "\u0001".repeat(REQUEST_LIMITS.modelJson);
    const imported = await run<Outcome<ModelSummary>>("importModel", { json: largest });
    expect(imported.ok).toBe(true);
    // Not JSON, as the add-on says: the point is that the add-on saw it.
    expect(imported.value).toMatchObject({
      ok: false,
      errors: [{ field: "json", message: expect.stringContaining("JSON") }],
    });
    // One character more is the add-on's own refusal, not the server's 413.
    const tooLong = await run<Outcome<ModelSummary>>("importModel", { json: `${largest}x` });
    expect(tooLong.ok).toBe(true);
    expect(tooLong.value).toMatchObject({
      ok: false,
      errors: [
        { field: "json", message: expect.stringContaining(String(REQUEST_LIMITS.modelJson)) },
      ],
    });
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
