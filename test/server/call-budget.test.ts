/** Sheets calls of Create and Score do not grow with the model or the respondents. */
import { describe, expect, it } from "vitest";
import { syntheticModel } from "../../bench/synthetic";
import { createAppsScriptGlobals, sheetsCalls } from "../../src/memory-sheets";
import { createRecord, scoreRecord } from "../../src/server/api";

function callsFor(respondents: number, questions: number) {
  const env = createAppsScriptGlobals({ locale: "it_IT" });
  Object.assign(globalThis, env.globals);
  const model = syntheticModel(questions);
  env.calls.reset();
  const summary = createRecord(model, {
    modelId: model.id,
    clientName: "Budget",
    lang: "it",
    respondents: Array.from({ length: respondents }, (_, r) => ({
      name: `P${r}`,
      group: `G${r % 3}`,
    })),
    targets: {},
  });
  const create = sheetsCalls(env.calls);
  env.calls.reset();
  scoreRecord(summary.id, "it");
  const firstScore = sheetsCalls(env.calls);
  env.calls.reset();
  scoreRecord(summary.id, "it");
  return { create, firstScore, rescore: sheetsCalls(env.calls) };
}

describe("Sheets call budget", () => {
  const small = callsFor(1, 25);
  const large = callsFor(50, 300);

  it.each(["create", "firstScore", "rescore"] as const)(
    "%s makes the same number of calls at 1×25 and 50×300",
    (step) => {
      // The large questionnaire is wider than a new sheet's 26 columns: one call to add columns.
      expect(Math.abs(large[step] - small[step])).toBeLessThanOrEqual(2);
    },
  );

  it("stays around a hundred calls per action", () => {
    expect(small.create).toBeLessThan(70);
    expect(small.firstScore).toBeLessThan(110);
    expect(small.rescore).toBeLessThan(100);
  });
});
