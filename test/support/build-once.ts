/**
 * Makes sure dist/ is the build of the current source before the suite, so bundle, workbench and
 * browser tests always check what the source says. `npm test` builds first, so here the build is
 * skipped when dist/ is already newer than every file it is built from; `npx vitest` on its own
 * still builds when a source changed.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "../../build/build";

const root = join(import.meta.dirname, "../..");

/** What dist/ is built from: the add-on's source, build script, manifest and dependencies. */
const SOURCES = ["src", "sidebar", "build", "appsscript.json", "package-lock.json"];
const OUTPUTS = ["dist/Code.js", "dist/Sidebar.html", "dist/appsscript.json"];

/** The newest modification time of a file, or of any file under a folder. */
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

export function distIsCurrent(): boolean {
  const outputs = OUTPUTS.map((output) => join(root, output));
  if (!outputs.every((output) => existsSync(output))) return false;
  const built = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  const sources = SOURCES.map((source) => join(root, source)).filter((path) => existsSync(path));
  return sources.every((source) => newestChange(source) < built);
}

export default async function setup(): Promise<void> {
  if (!distIsCurrent()) await build();
}
