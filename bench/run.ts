/**
 * `npm run bench`: prints a table; with `--json`, one JSON object per line
 * ({"name", "value", "unit"}). Times are medians of repeated runs on this machine.
 * `tsx bench/run.ts --only scoring` measures scoring alone (no build needed).
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import * as esbuild from "esbuild";
import { score } from "../src/core/assessment/scoring";
import { browserBenchmarks } from "./browser";
import { sheetsBenchmarks } from "./sheets";
import { syntheticModel, syntheticResponses } from "./synthetic";

export interface Measurement {
  name: string;
  value: number;
  unit: string;
}

const root = join(import.meta.dirname, "..");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeMs(run: () => void, repeats: number): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function scoringBenchmarks(): Measurement[] {
  return (
    [
      [1, 25, 200],
      [50, 100, 50],
      [500, 300, 15],
    ] as const
  ).map(([respondents, questions, repeats]) => {
    const model = syntheticModel(questions);
    const responses = syntheticResponses(model, respondents);
    const ms = timeMs(() => score(model, responses), repeats);
    return {
      name: `score ${respondents}x${questions} (respondents x questions)`,
      value: round(ms),
      unit: "ms",
    };
  });
}

function bundleBenchmarks(): Measurement[] {
  const code = readFileSync(join(root, "dist/Code.js"), "utf8");
  const evalMs = timeMs(() => {
    const context = vm.createContext({});
    new vm.Script(code).runInContext(context);
  }, 30);
  return [
    { name: "dist/Code.js size", value: statSync(join(root, "dist/Code.js")).size, unit: "bytes" },
    {
      name: "dist/Sidebar.html size",
      value: statSync(join(root, "dist/Sidebar.html")).size,
      unit: "bytes",
    },
    { name: "dist/Code.js evaluation in a fresh vm context", value: round(evalMs), unit: "ms" },
  ];
}

/** What each way of importing zod costs, bundled minified with the same tiny schema. */
async function zodImportBenchmarks(): Promise<Measurement[]> {
  const variants = {
    'import { z } from "zod"':
      'import { z } from "zod"; export const s = z.object({ a: z.string() });',
    'import * as z from "zod"':
      'import * as z from "zod"; export const s = z.object({ a: z.string() });',
    'import * as z from "zod/mini" (used)':
      'import * as z from "zod/mini"; export const s = z.object({ a: z.string() });',
  };
  const sizes: Measurement[] = [];
  for (const [name, contents] of Object.entries(variants)) {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: root, loader: "ts" },
      bundle: true,
      minify: true,
      format: "iife",
      write: false,
      legalComments: "none",
    });
    sizes.push({
      name: `zod bundle, ${name}`,
      value: result.outputFiles[0]?.contents.length ?? 0,
      unit: "bytes",
    });
  }
  return sizes;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export async function coreBenchmarks(): Promise<Measurement[]> {
  return [
    ...scoringBenchmarks(),
    ...sheetsBenchmarks(),
    ...bundleBenchmarks(),
    ...(await zodImportBenchmarks()),
    ...(await browserBenchmarks()),
  ];
}

function print(measurements: Measurement[], json: boolean): void {
  if (json) {
    for (const m of measurements) console.log(JSON.stringify(m));
    return;
  }
  const width = Math.max(...measurements.map((m) => m.name.length));
  for (const m of measurements)
    console.log(`${m.name.padEnd(width)}  ${String(m.value).padStart(10)} ${m.unit}`);
}

const only = process.argv.indexOf("--only");
const measurements =
  only >= 0 && process.argv[only + 1] === "scoring" ? scoringBenchmarks() : await coreBenchmarks();
// `npm run bench --json` reaches us as npm_config_json (npm keeps the flag); `-- --json` as an argument.
print(measurements, process.argv.includes("--json") || process.env.npm_config_json === "true");
