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
import { createSandbox, type Sandbox } from "./sandbox";
import { workbookToXlsx } from "./xlsx";

const root = join(import.meta.dirname, "..");
const MAX_BODY = 1_000_000;

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

/** Several cells typed at once, `{ edits: [{ sheet, a1, value }, …] }`: a column of answers. */
function parseEdits(body: string): EditRequest[] {
  const data: unknown = JSON.parse(body);
  if (typeof data !== "object" || data === null) throw new Error("bad request");
  const { edits } = data as Record<string, unknown>;
  if (!Array.isArray(edits)) throw new Error("bad request");
  return edits.map(editOf);
}

/**
 * Only the workbench's own page may drive the sandbox: a JSON request (which another site cannot
 * send without a preflight) from this very origin, to this very host (no DNS rebinding).
 */
function sameOrigin(request: IncomingMessage): boolean {
  const host = request.headers.host ?? "";
  const origin = request.headers.origin;
  const json = (request.headers["content-type"] ?? "").startsWith("application/json");
  return (
    json && /^127\.0\.0\.1:\d+$/.test(host) && (origin === undefined || origin === `http://${host}`)
  );
}

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
    if (request.method === "POST" && !sameOrigin(request)) {
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
      const { sheet, a1, value } = parseEdit(body);
      return json(response, sandbox.workbook.userEdit(sheet, a1, value));
    }
    if (request.method === "POST" && path === "/api/edits") {
      // Each cell as if typed by a person, one after another: same protection, same validation.
      const edits = parseEdits(body);
      return json(
        response,
        edits.map(({ sheet, a1, value }) => sandbox.workbook.userEdit(sheet, a1, value)),
      );
    }
    return send(response, 404, "text/plain; charset=utf-8", "not found");
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
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
