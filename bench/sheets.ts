/**
 * Sheets service calls and time for Create and Score, against the in-memory SpreadsheetApp, at a
 * small and a large size. The call counts must not grow with the model or the respondents.
 */
import { performance } from "node:perf_hooks";
import { answerOptions } from "../src/core/assessment/assessment";
import { questionnaireLayout } from "../src/core/layout/questionnaire";
import { createAppsScriptGlobals, sheetsCalls } from "../src/memory-sheets";
import { createRecord, scoreRecord } from "../src/server/api";
import type { Measurement } from "./run";
import { random, syntheticModel } from "./synthetic";

function install() {
  const env = createAppsScriptGlobals({ locale: "it_IT" });
  Object.assign(globalThis, env.globals);
  return env;
}

function createAndScore(respondents: number, questions: number): Measurement[] {
  const { workbook, calls } = install();
  const model = syntheticModel(questions);
  const request = {
    modelId: model.id,
    clientName: "Bench",
    lang: "it" as const,
    respondents: Array.from({ length: respondents }, (_, r) => ({
      name: `Persona ${r + 1}`,
      group: `G${r % 3}`,
    })),
    targets: {},
  };
  calls.reset();
  let start = performance.now();
  const summary = createRecord(model, request);
  const createMs = performance.now() - start;
  const createCalls = sheetsCalls(calls);

  // Respondents answer (directly in the workbook: not part of what is measured).
  const layout = questionnaireLayout(model, respondents);
  const sheet = workbook.sheet(summary.questionnaireSheet);
  const labels = answerOptions(model.scales[0] as (typeof model.scales)[number], "it").map(
    (option) => option.label,
  );
  const next = random(7);
  for (const block of layout.areaBlocks) {
    for (let row = block.firstRow; row < block.firstRow + block.rows; row++) {
      for (let r = 0; r < respondents; r++) {
        sheet.cellAt(row, layout.firstAnswerColumn + r).value =
          labels[Math.floor(next() * labels.length)] ?? null;
      }
    }
  }

  const size = `${respondents}x${questions}`;
  const measurements: Measurement[] = [
    { name: `create ${size}: Sheets calls`, value: createCalls, unit: "calls" },
    { name: `create ${size}: time (in-memory Sheets)`, value: round(createMs), unit: "ms" },
  ];
  // The first run also inserts the Results, Action plan and History sheets; later runs rewrite them.
  for (const run of ["score", "re-score"]) {
    calls.reset();
    start = performance.now();
    scoreRecord(summary.id, "it");
    const ms = performance.now() - start;
    measurements.push(
      { name: `${run} ${size}: Sheets calls`, value: sheetsCalls(calls), unit: "calls" },
      { name: `${run} ${size}: time (in-memory Sheets)`, value: round(ms), unit: "ms" },
    );
  }
  return measurements;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function sheetsBenchmarks(): Measurement[] {
  return [...createAndScore(1, 25), ...createAndScore(50, 300)];
}
