/**
 * Builds what clasp pushes: dist/Code.js, dist/Sidebar.html, dist/appsscript.json.
 *
 * Code.js is an esbuild IIFE that assigns the server entry's exports to one global, followed by one
 * top-level `function` stub per export, because Apps Script only sees top-level function
 * declarations. The stub list is read from the entry's exports, never written by hand.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
export const SERVER_ENTRY = join(root, "src/server/main.ts");
/** The one global the bundle defines; stubs forward to it. */
export const BUNDLE_GLOBAL = "BussolaCX";

const common: esbuild.BuildOptions = {
  bundle: true,
  minify: true,
  legalComments: "none",
  // V8 in Apps Script parses ES2020; class fields and #private are lowered away.
  target: "es2020",
  supported: { "class-field": false, "class-static-field": false, "class-private-field": false },
  logLevel: "warning",
};

/** The names the server entry exports: each becomes a top-level stub Apps Script can call. */
export async function entryExports(entry = SERVER_ENTRY): Promise<string[]> {
  const result = await esbuild.build({
    ...common,
    entryPoints: [entry],
    format: "esm",
    write: false,
    metafile: true,
    outdir: dist,
  });
  const output = Object.values(result.metafile.outputs)[0];
  if (output === undefined) throw new Error("esbuild produced no output for the server entry");
  return [...output.exports].sort();
}

export function stubsFor(names: readonly string[]): string {
  return names
    .map((name) => `function ${name}(...args) { return ${BUNDLE_GLOBAL}.${name}(...args); }`)
    .join("\n");
}

async function buildServer(): Promise<string[]> {
  const entry = SERVER_ENTRY;
  const names = await entryExports(entry);
  const bad = names.filter((name) => !/^[A-Za-z][A-Za-z0-9]*$/.test(name));
  if (bad.length > 0)
    throw new Error(`entry exports that Apps Script cannot call: ${bad.join(", ")}`);
  const result = await esbuild.build({
    ...common,
    entryPoints: [entry],
    format: "iife",
    globalName: BUNDLE_GLOBAL,
    write: false,
    outdir: dist,
  });
  const code = result.outputFiles[0]?.text ?? "";
  // esbuild emits `var BussolaCX=(()=>{…})();`: top-level code only defines, it calls no service.
  await writeFile(join(dist, "Code.js"), `${code}\n${stubsFor(names)}\n`);
  return names;
}

async function buildSidebar(): Promise<void> {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(root, "sidebar/main.ts")],
    format: "iife",
    write: false,
    outdir: dist,
  });
  const script = result.outputFiles.find((file) => file.path.endsWith(".js"))?.text ?? "";
  const css = (
    await esbuild.transform(await readFile(join(root, "sidebar/style.css"), "utf8"), {
      loader: "css",
      minify: true,
    })
  ).code;
  const page = await readFile(join(root, "sidebar/index.html"), "utf8");
  // `</script` inside the bundle would end the inline script early.
  const safeScript = script.replace(/<\/script/gi, "<\\/script");
  const html = page
    .replace("<!-- style -->", () => `<style>${css.trim()}</style>`)
    .replace("<!-- script -->", () => `<script>${safeScript}</script>`);
  await writeFile(join(dist, "Sidebar.html"), html);
}

export async function build(): Promise<{ exports: string[] }> {
  await mkdir(dist, { recursive: true });
  const [exports] = await Promise.all([buildServer(), buildSidebar()]);
  await copyFile(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  return { exports };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { exports } = await build();
  console.log(
    `dist/ built: Code.js (${exports.length} entry points), Sidebar.html, appsscript.json`,
  );
}
