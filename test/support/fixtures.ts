/** Small hand-written models whose every score can be worked out on paper. */
import type { Band, Model } from "../../src/core/model/schema";

const text = (en: string) => ({ en, it: `${en} (it)` });

function band(id: string, min: number, max: number): Band {
  return { id, min, max, label: text(id), description: text(`${id} band`), color: "#777777" };
}

/** Two areas on 1..5, weighted mean; area "people" weighs twice "process". */
export function levelModel(): Model {
  return {
    id: "level-test",
    version: "1.0.0",
    name: text("Level test"),
    description: text("A level model for tests"),
    source: { citation: text("Test citation") },
    estimatedMinutes: 5,
    scoring: { overall: "weightedMean", minCompleteness: 0.5 },
    scales: [
      {
        id: "agree",
        name: text("Agreement"),
        allowNA: true,
        options: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(`level ${value}`) })),
      },
    ],
    areas: [
      {
        id: "people",
        name: text("People"),
        description: text("p"),
        weight: 2,
        range: { min: 1, max: 5 },
      },
      {
        id: "process",
        name: text("Process"),
        description: text("p"),
        weight: 1,
        range: { min: 1, max: 5 },
      },
    ],
    questions: [
      { id: "p1", area: "people", scale: "agree", text: text("P1"), weight: 1, reverse: false },
      { id: "p2", area: "people", scale: "agree", text: text("P2"), weight: 3, reverse: false },
      { id: "r1", area: "process", scale: "agree", text: text("R1"), weight: 1, reverse: false },
      { id: "r2", area: "process", scale: "agree", text: text("R2"), weight: 1, reverse: true },
    ],
    bands: {
      overall: [band("low", 1, 3), band("high", 3, 5)],
      areas: [band("weak", 1, 2.5), band("fair", 2.5, 4), band("strong", 4, 5)],
    },
    recommendations: [
      { area: "people", band: "weak", text: text("Train people") },
      { area: "process", band: "weak", text: text("Fix processes") },
      { area: "people", band: "fair", text: text("Coach people") },
      { area: "process", band: "fair", text: text("Tune processes") },
    ],
  };
}

/** Two yes/no areas of 2 questions each, 0..10 points per area, overall sum 0..20. */
export function pointModel(): Model {
  return {
    id: "point-test",
    version: "2.1.0",
    name: text("Point test"),
    description: text("A point model for tests"),
    source: { citation: text("Test citation") },
    estimatedMinutes: 5,
    scoring: { overall: "sum", minCompleteness: 1 },
    scales: [
      {
        id: "yes-no",
        name: text("Yes/no"),
        allowNA: false,
        options: [
          { value: 0, label: text("No") },
          { value: 1, label: text("Yes") },
        ],
      },
    ],
    areas: [
      { id: "a", name: text("A"), description: text("a"), weight: 1, range: { min: 0, max: 10 } },
      { id: "b", name: text("B"), description: text("b"), weight: 1, range: { min: 0, max: 10 } },
    ],
    questions: [
      { id: "a1", area: "a", scale: "yes-no", text: text("A1"), weight: 1, reverse: false },
      { id: "a2", area: "a", scale: "yes-no", text: text("A2"), weight: 1, reverse: false },
      { id: "b1", area: "b", scale: "yes-no", text: text("B1"), weight: 1, reverse: false },
      { id: "b2", area: "b", scale: "yes-no", text: text("B2"), weight: 1, reverse: false },
    ],
    bands: {
      overall: [band("start", 0, 10), band("grow", 10, 20)],
      areas: [band("off", 0, 5), band("on", 5, 10)],
    },
    recommendations: [],
  };
}

/** levelModel with area "people" and question "p1" renamed, e.g. to ids named like Object's own. */
export function renamedLevelModel(area: string, question: string): Model {
  const model = levelModel();
  for (const candidate of model.areas) if (candidate.id === "people") candidate.id = area;
  for (const candidate of model.questions) {
    if (candidate.area === "people") candidate.area = area;
    if (candidate.id === "p1") candidate.id = question;
  }
  for (const recommendation of model.recommendations)
    if (recommendation.area === "people") recommendation.area = area;
  return model;
}
