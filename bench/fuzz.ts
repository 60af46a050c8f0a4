/**
 * The long run of the operation-sequence fuzz (test/fuzz/operations.ts):
 *
 *   tsx bench/fuzz.ts [--runs N] [--seed S] [--max-ops M]
 *
 * Runs N random sequences (default 5,000) of the add-on's calls and people's edits, every
 * invariant checked after every step, and prints sequences run, steps, failures, seed and time.
 * On a failure it prints the shrunk counterexample, one operation a line, and exits 1.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import fc from "fast-check";
import {
  describeOps,
  InvariantFailure,
  type Op,
  runSequence,
  sequenceArbitrary,
} from "../test/fuzz/operations";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5000" },
    seed: { type: "string" },
    "max-ops": { type: "string", default: "20" },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const maxOps = Number(values["max-ops"]);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !Number.isInteger(maxOps)) {
  console.error("usage: tsx bench/fuzz.ts [--runs N] [--seed S] [--max-ops M]");
  process.exit(2);
}

let steps = 0;
let sequences = 0;
let refusals = 0;
let shrinking = false;
const acted: Partial<Record<Op["kind"], number>> = {};
const start = performance.now();
const details = fc.check(
  fc.property(sequenceArbitrary(maxOps), (ops: Op[]) => {
    let stats: ReturnType<typeof runSequence>;
    try {
      stats = runSequence(ops);
    } catch (error) {
      // What follows the first failure is fast-check shrinking it: not counted as runs.
      shrinking = true;
      throw error;
    }
    if (!shrinking) {
      sequences += 1;
      steps += stats.steps;
      refusals += stats.refusals;
      for (const [kind, n] of Object.entries(stats.acted) as [Op["kind"], number][])
        acted[kind] = (acted[kind] ?? 0) + n;
      if (sequences % 500 === 0)
        console.error(
          `  ${sequences} sequences, ${steps} steps, ${((performance.now() - start) / 1000).toFixed(1)} s`,
        );
    }
  }),
  { seed, numRuns: runs },
);
const seconds = (performance.now() - start) / 1000;
const failures = details.failed ? 1 : 0;
console.log(`sequences run: ${details.numRuns}${details.failed ? " (the last one failed)" : ""}`);
console.log(`steps:         ${steps} (${refusals} refused by the add-on with a message)`);
console.log(`failures:      ${failures}`);
console.log(`seed:          ${seed}`);
console.log(
  `time:          ${seconds.toFixed(1)} s (${(sequences / seconds).toFixed(1)} sequences/s, ${(steps / seconds).toFixed(0)} steps/s)`,
);
console.log(
  `acted:         ${Object.entries(acted)
    .sort(([, x], [, y]) => y - x)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ")}`,
);
if (details.failed) {
  const error = details.errorInstance;
  console.log(
    `\nshrunk in ${details.numShrinks} steps; replay: --seed ${seed} (path ${details.counterexamplePath})`,
  );
  console.log(error instanceof Error ? error.message : String(error));
  // The operations after the failing step never ran: left out.
  const ran = error instanceof InvariantFailure ? error.step : undefined;
  console.log(describeOps((details.counterexample?.[0] ?? []).slice(0, ran)));
  process.exit(1);
}
