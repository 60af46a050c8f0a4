/**
 * `npm start`: the real built add-on, locally, with no Google account. Serves on 127.0.0.1 a page
 * with the real dist/Sidebar.html beside a live view of the in-memory workbook; the sidebar's
 * google.script.run is bridged to dist/Code.js running in a node:vm sandbox.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { REQUEST_LIMITS } from "../src/core/contract/limits";
import { a1 as cellName, columnNumber } from "../src/core/layout/a1";
import { createSandbox, type Sandbox } from "./sandbox";
import { workbookToXlsx } from "./xlsx";

const root = join(import.meta.dirname, "..");

/**
 * The largest request body read, in characters (what String.length counts, as the import limit
 * does). It must take the largest request the add-on itself accepts, so the add-on and not this
 * server answers it: importModel with REQUEST_LIMITS.modelJson characters of pasted text, which
 * crosses as a JSON string in which JSON.stringify writes a control character or a lone surrogate
 * as a six-character \uXXXX escape. Six times that, plus 64 KB for the rest of the request (the
 * function name and the other fields, all far shorter).
 */
export const MAX_BODY = REQUEST_LIMITS.modelJson * 6 + 64 * 1024;

export interface Workbench {
  url: string;
  /** The add-on and its workbook as they are now; `reset` replaces them. */
  readonly sandbox: Sandbox;
  /** Starts over with a fresh workbook, as if the server had just started (tests call it). */
  reset(): void;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  port?: number;
  /** Spreadsheet and user locale, e.g. "it_IT" or "en_US". */
  locale?: string;
  distDir?: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
  });
  return (result.outputFiles[0]?.text ?? "").replace(/<\/script/gi, "<\\/script");
}

/**
 * The whole body of a request, or null when it is larger than MAX_BODY. Every request is read to
 * its end before it is answered, refusals and oversized bodies included, so a client that is still
 * writing gets the answer and never a connection reset under it (ECONNRESET instead of a status).
 */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let body: string | null = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      if (body === null) return;
      body += chunk;
      // Past the limit the rest is still read, and dropped.
      if (body.length > MAX_BODY) body = null;
    });
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}

const json = (response: ServerResponse, value: unknown, status = 200) =>
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value));

interface RunRequest {
  name: string;
  args: unknown[];
}

function parseRun(body: string): RunRequest {
  const data: unknown = JSON.parse(body);
  if (typeof data !== "object" || data === null) throw new Error("bad request");
  const { name, args } = data as Record<string, unknown>;
  if (typeof name !== "string" || !Array.isArray(args)) throw new Error("bad request");
  return { name, args };
}

interface EditRequest {
  sheet: string;
  a1: string;
  value: string;
}

function editOf(data: unknown): EditRequest {
  if (typeof data !== "object" || data === null) throw new Error("bad request");
  const { sheet, a1, value } = data as Record<string, unknown>;
  if (typeof sheet !== "string" || typeof a1 !== "string" || typeof value !== "string") {
    throw new Error("bad request");
  }
  return { sheet, a1, value };
}

function parseEdit(body: string): EditRequest {
  return editOf(JSON.parse(body));
}

/** Client text quoted in a message, cut short: an address may be as long as the body. */
const quoted = (text: string): string =>
  JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

/**
 * Throws, with a message for the person who typed it, unless the edit names one cell ("D12") of
 * its sheet inside the sheet's grid as it is now: 1000 × 26 for a new sheet, larger only after
 * rows or columns are inserted. The fake's userEdit has its own grid check; this one is where
 * clients come in, so it holds whatever the fake does, can say how large the sheet is, and lets a
 * batch be refused before any of it is written. A range or a "Sheet!" prefix is refused too: the
 * fake would write the range's first cell, or this sheet's cell whatever sheet the prefix names.
 */
function checkEdit(workbook: Sandbox["workbook"], { sheet: name, a1 }: EditRequest): void {
  const sheet = workbook.sheet(name);
  const match = /^([A-Za-z]+)(\d+)$/.exec(a1);
  const row = Number(match?.[2]);
  if (match === null || row < 1) {
    throw new Error(`${quoted(a1)} is not one cell such as "D12"; nothing was written.`);
  }
  // Past Number's range a row is Infinity, still above any grid; so is a long column name.
  const column = columnNumber(match[1] ?? "");
  if (row > sheet.maxRows || column > sheet.maxColumns) {
    throw new Error(
      `${quoted(a1)} is outside ${JSON.stringify(sheet.name)}, which has ${sheet.maxRows} rows and ${sheet.maxColumns} columns (A1:${cellName(sheet.maxRows, sheet.maxColumns)}); nothing was written.`,
    );
  }
}

/** Several cells typed at once, `{ edits: [{ sheet, a1, value }, …] }`: a column of answers. */
function parseEdits(body: string): EditRequest[] {
  const data: unknown = JSON.parse(body);
  if (typeof data !== "object" || data === null) throw new Error("bad request");
  const { edits } = data as Record<string, unknown>;
  if (!Array.isArray(edits)) throw new Error("bad request");
  return edits.map(editOf);
}

/** The names of this server as a browser on this machine writes them in Host: loopback only. */
const ownHosts = (port: number): ReadonlySet<string> =>
  new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);

/**
 * Only this machine's own pages may read or drive the workbench. Host must be one of this
 * server's names: a DNS-rebinding page reaches 127.0.0.1 under its own name, and without this
 * check it could read the whole workbook (GET /api/workbook, the .xlsx) as same-origin. Origin,
 * sent by browsers on cross-origin requests and on POSTs, must be one of the same names over http.
 * Names are compared in lower case, as Host and Origin are case-insensitive.
 */
function addressedHere(request: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  const host = (request.headers.host ?? "").toLowerCase();
  const origin = request.headers.origin?.toLowerCase();
  return (
    hosts.has(host) &&
    (origin === undefined || (origin.startsWith("http://") && hosts.has(origin.slice(7))))
  );
}

/** A JSON request: another site's page needs a CORS preflight for it, which is never granted. */
const isJson = (request: IncomingMessage): boolean =>
  (request.headers["content-type"] ?? "").startsWith("application/json");

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const distDir = options.distDir ?? join(root, "dist");
  /** The add-on as Sheets opens it: a fresh workbook, then onOpen builds the menu. */
  const open = (): Sandbox => {
    const fresh = createSandbox(distDir, { locale: options.locale ?? "it_IT" });
    fresh.call("onOpen", [{ authMode: "FULL" }]);
    return fresh;
  };
  let sandbox = open();
  const [pageScript, bridgeScript] = await Promise.all([
    bundle("page/main.ts"),
    bundle("bridge.ts"),
  ]);
  const page = readFileSync(join(import.meta.dirname, "page/index.html"), "utf8")
    .replace(
      "<!-- style -->",
      () => `<style>${readFileSync(join(import.meta.dirname, "page/style.css"), "utf8")}</style>`,
    )
    .replace("<!-- script -->", () => `<script>${pageScript}</script>`);
  // The sidebar page exactly as built, with google.script.run defined before its own script runs.
  const sidebar = readFileSync(join(distDir, "Sidebar.html"), "utf8").replace(
    "<head>",
    () => `<head><script>${bridgeScript}</script>`,
  );

  // Set once the server listens, before any request can arrive (the port may be chosen then).
  let hosts: ReadonlySet<string> = new Set();
  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      json(
        response,
        { ok: false, error: error instanceof Error ? error.message : String(error) },
        400,
      );
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const body = await readBody(request);
    if (!addressedHere(request, hosts) || (request.method === "POST" && !isJson(request))) {
      return send(response, 403, "text/plain; charset=utf-8", "forbidden");
    }
    if (body === null) return json(response, { ok: false, error: "request too large" }, 413);
    if (request.method === "GET" && path === "/")
      return send(response, 200, "text/html; charset=utf-8", page);
    if (request.method === "GET" && path === "/sidebar") {
      return send(response, 200, "text/html; charset=utf-8", sidebar);
    }
    if (request.method === "GET" && path === "/api/workbook")
      return json(response, sandbox.workbook.snapshot());
    if (request.method === "GET" && path === "/bussola-workbook.xlsx") {
      response.setHeader("content-disposition", 'attachment; filename="bussola-workbook.xlsx"');
      return send(
        response,
        200,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        workbookToXlsx(sandbox.workbook.snapshot()),
      );
    }
    if (request.method === "POST" && path === "/api/run") {
      const { name, args } = parseRun(body);
      try {
        return json(response, { ok: true, value: sandbox.call(name, args) });
      } catch (error) {
        // What google.script.run's failure handler receives: the server's error message.
        return json(response, {
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    if (request.method === "POST" && path === "/api/edit") {
      const edit = parseEdit(body);
      checkEdit(sandbox.workbook, edit);
      return json(response, sandbox.workbook.userEdit(edit.sheet, edit.a1, edit.value));
    }
    if (request.method === "POST" && path === "/api/edits") {
      // Each cell as if typed by a person, one after another: same protection, same validation.
      // Every address is checked first: one bad address refuses the batch, none of it written.
      const edits = parseEdits(body);
      for (const [index, edit] of edits.entries()) {
        try {
          checkEdit(sandbox.workbook, edit);
        } catch (error) {
          throw new Error(
            `Edit ${index + 1}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      return json(
        response,
        edits.map(({ sheet, a1, value }) => sandbox.workbook.userEdit(sheet, a1, value)),
      );
    }
    return send(response, 404, "text/plain; charset=utf-8", "not found");
  }

  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      hosts = ownHosts((server.address() as AddressInfo).port);
      resolve();
    }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get sandbox() {
      return sandbox;
    },
    reset() {
      sandbox = open();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const locale = process.env.BUSSOLA_LOCALE ?? "it_IT";
  const workbench = await startWorkbench({ port, locale });
  console.log(`Bussola CX workbench: ${workbench.url}  (locale ${locale}; Ctrl-C to stop)`);
  const stop = () => {
    void workbench.close().then(() => {
      console.log("Workbench stopped.");
      process.exit(0);
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
