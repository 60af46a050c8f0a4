/**
 * "Nothing a client typed is ever lost, nothing is misread": random sequences of the add-on's calls
 * and people's edits, every invariant checked after every step (test/fuzz/operations.ts). A short
 * fixed-seed run here; `tsx bench/fuzz.ts` runs thousands.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeOps, runSequence, sequenceArbitrary } from "./operations";

const SEED = 20_240_531;
const RUNS = 18;
const MAX_OPS = 12;

describe("random sequences of people's edits and the add-on's calls", () => {
  it("keep every answer and every typed text, and the store in step with the sheets", () => {
    let steps = 0;
    fc.assert(
      fc.property(sequenceArbitrary(MAX_OPS), (ops) => {
        steps += runSequence(ops).steps;
      }),
      {
        seed: SEED,
        numRuns: RUNS,
        reporter: (details) => {
          if (details.failed)
            throw new Error(
              `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n` +
                `seed ${details.seed}, path ${details.counterexamplePath}\n` +
                describeOps(details.counterexample?.[0] ?? []),
            );
        },
      },
    );
    expect(steps).toBeGreaterThan(RUNS);
  });
});
