/** Rule 9 (statistics and agreement) and rule 10 (minimum group size) of scoring, at their edges. */

import { describe, expect, it } from "vitest";
import {
  AGREEMENT_THRESHOLD,
  type Answer,
  type RespondentAnswers,
  rwgJ,
  score,
  tQuantile975,
} from "../../src/core/assessment/scoring";
import { DEFAULT_MIN_GROUP_SIZE } from "../../src/core/contract/limits";
import type { Model } from "../../src/core/model/schema";
import { levelModel, pointModel } from "../support/fixtures";

/** levelModel with a third area "voice" of a single question "v1" on the same 1..5 scale. */
function withSingleQuestionArea(): Model {
  const model = levelModel();
  model.areas.push({
    id: "voice",
    name: { en: "Voice", it: "Voce" },
    description: { en: "v", it: "v" },
    weight: 1,
    range: { min: 1, max: 5 },
  });
  model.questions.push({
    id: "v1",
    area: "voice",
    scale: "agree",
    text: { en: "V1", it: "V1" },
    weight: 1,
    reverse: false,
  });
  return model;
}

const people = (answers: readonly Record<string, Answer>[], group?: string): RespondentAnswers[] =>
  answers.map((given, i) => ({
    id: `${group ?? "r"}${i}`,
    name: `${group ?? "R"} ${i}`,
    group,
    answers: given,
  }));

describe("t quantile", () => {
  it("reads the table for 1..30 degrees of freedom", () => {
    expect(tQuantile975(1)).toBe(12.7062);
    expect(tQuantile975(2)).toBe(4.3027);
    expect(tQuantile975(10)).toBe(2.2281);
    expect(tQuantile975(30)).toBe(2.0423);
  });

  it("beyond 30 stays within 2e-4 of Student's t (values from scipy.stats.t.ppf)", () => {
    for (const [df, t] of [
      [31, 2.0395],
      [40, 2.0211],
      [60, 2.0003],
      [120, 1.9799],
      [1000, 1.9623],
    ] as const) {
      expect(Math.abs(tQuantile975(df) - t)).toBeLessThan(2e-4);
    }
    expect(tQuantile975(31)).toBeLessThan(tQuantile975(30));
    expect(tQuantile975(1e9)).toBeCloseTo(1.96, 3);
  });

  it("is not defined below 1 degree of freedom", () => {
    expect(tQuantile975(0)).toBeNaN();
    expect(tQuantile975(Number.NaN)).toBeNaN();
  });
});

describe("statistics of a figure", () => {
  it("sample standard deviation (n − 1) and a t-based 95% interval of the mean", () => {
    const result = score(levelModel(), {
      respondents: people([
        { p1: 5, p2: 5, r1: 3, r2: 3 },
        { p1: 3, p2: 3, r1: 3, r2: 3 },
        { p1: 1, p2: 1, r1: 3, r2: 3 },
      ]),
    });
    const stats = result.areas[0]?.stats;
    // 5, 3, 1: squares 4 + 0 + 4 over n − 1 = 2 → sd 2
    expect(stats).toMatchObject({ n: 3, mean: 3, min: 1, max: 5, sd: 2 });
    const margin = (4.3027 * 2) / Math.sqrt(3);
    expect(stats?.ci?.margin).toBeCloseTo(margin, 12);
    expect(stats?.ci?.low).toBeCloseTo(3 - margin, 12);
    // not clipped to the range: 3 + 4.97 is above 5, and says how little three answers tell
    expect(stats?.ci?.high).toBeCloseTo(3 + margin, 12);
    expect(stats?.ci?.high).toBeGreaterThan(5);
    // everyone agrees on process: sd 0, interval of width 0, full agreement
    expect(result.areas[1]?.stats).toMatchObject({ sd: 0, agreement: 1, diverge: false });
    expect(result.areas[1]?.stats?.ci).toEqual({ low: 3, high: 3, margin: 0 });
  });

  it("with n = 1 neither deviation, interval nor agreement is computed", () => {
    const result = score(levelModel(), {
      respondents: people([{ p1: 5, p2: 5, r1: 3, r2: 3 }, {}]),
    });
    expect(result.areas[0]?.stats).toEqual({
      n: 1,
      mean: 5,
      min: 5,
      max: 5,
      sd: null,
      ci: null,
      agreement: null,
      diverge: false,
    });
  });
});

describe("agreement r_wg", () => {
  it("r_wg(J) = J(1 − ρ) ÷ (J(1 − ρ) + ρ), 0 from ρ = 1 on", () => {
    expect(rwgJ(0, 1)).toBe(1);
    expect(rwgJ(0.25, 1)).toBe(0.75);
    expect(rwgJ(0.25, 2)).toBeCloseTo(1.5 / 1.75, 12);
    expect(rwgJ(1, 3)).toBe(0);
    expect(rwgJ(4, 2)).toBe(0);
    expect(rwgJ(0.5, 0)).toBe(0);
    // more questions, more agreement for the same ρ
    expect(rwgJ(0.5, 4)).toBeGreaterThan(rwgJ(0.5, 1));
  });

  it("one question, two respondents: one step apart they agree, two steps apart they diverge", () => {
    const model = withSingleQuestionArea();
    const pair = (a: number, b: number) =>
      score(model, {
        respondents: people([
          { p1: 3, p2: 3, r1: 3, r2: 3, v1: a },
          { p1: 3, p2: 3, r1: 3, r2: 3, v1: b },
        ]),
      }).areas[2]?.stats;
    // 5 points: σ²_EU = (25 − 1) ÷ 12 = 2 (0.125 on 0..1). One step: s² = 0.5 → ρ = 0.25 → 0.75
    expect(pair(3, 4)).toMatchObject({ agreement: 0.75, diverge: false });
    // two steps: s² = 2 → ρ = 1 → 0
    expect(pair(2, 4)).toMatchObject({ agreement: 0, diverge: true });
    expect(pair(1, 5)).toMatchObject({ agreement: 0, diverge: true });
    expect(pair(4, 4)).toMatchObject({ agreement: 1, diverge: false });
    expect(AGREEMENT_THRESHOLD).toBe(0.7);
  });

  it("over an area's questions: the mean ratio ρ of item variances to σ²_EU", () => {
    // people: p1 4 and 5, p2 3 and 4 → each s² = 0.5 (raw) → ρ = 0.25, J = 2 → 0.857
    const agreeing = score(levelModel(), {
      respondents: people([
        { p1: 4, p2: 3, r1: 1, r2: 5 },
        { p1: 5, p2: 4, r1: 5, r2: 1 },
      ]),
    });
    expect(agreeing.areas[0]?.stats?.agreement).toBeCloseTo(1.5 / 1.75, 12);
    expect(agreeing.areas[0]?.stats?.diverge).toBe(false);
    // process: 1 vs 5 on both → ρ = 4 → 0: the same mean 3 as full agreement, flagged
    expect(agreeing.areas[1]?.score).toBe(3);
    expect(agreeing.areas[1]?.stats).toMatchObject({ agreement: 0, diverge: true });
    // the overall: 4 questions, ratios 0.25, 0.25, 4, 4 → ρ = 2.125 → 0
    expect(agreeing.overall.stats).toMatchObject({ agreement: 0, diverge: true });
  });

  it("yes/no questions: σ²_EU = (4 − 1) ÷ 12; a yes and a no diverge", () => {
    const result = score(pointModel(), {
      respondents: people([
        { a1: 1, a2: 1, b1: 1, b2: 0 },
        { a1: 1, a2: 1, b1: 0, b2: 1 },
      ]),
    });
    expect(result.areas[0]?.stats).toMatchObject({ agreement: 1, diverge: false });
    expect(result.areas[1]?.stats).toMatchObject({ agreement: 0, diverge: true });
  });

  it("options not equally spaced: σ²_EU is the variance of the options picked uniformly", () => {
    const model = withSingleQuestionArea();
    model.scales.push({
      id: "odd",
      name: { en: "Odd", it: "Odd" },
      allowNA: false,
      options: [0, 1, 5].map((value) => ({ value, label: { en: `${value}`, it: `${value}` } })),
    });
    const v1 = model.questions.find((q) => q.id === "v1");
    if (v1 !== undefined) v1.scale = "odd";
    const voice = model.areas.find((a) => a.id === "voice");
    if (voice !== undefined) voice.range = { min: 0, max: 5 };
    const result = score(model, {
      respondents: people([
        { p1: 3, p2: 3, r1: 3, r2: 3, v1: 0 },
        { p1: 3, p2: 3, r1: 3, r2: 3, v1: 1 },
      ]),
    });
    // on 0..1: options 0, 0.2, 1 → σ² = 0.56 ÷ 3; answers 0 and 0.2 → s² = 0.02
    const rho = 0.02 / (0.56 / 3);
    expect(result.areas[2]?.stats?.agreement).toBeCloseTo(1 - rho, 12);
  });

  it("is not computed when no question has a value from 2 members of the figure", () => {
    const result = score(levelModel(), {
      respondents: people([
        { p1: 5, r1: 3, r2: 3 },
        { p2: 1, r1: 3, r2: 3 },
      ]),
    });
    expect(result.areas[0]?.stats).toMatchObject({ n: 2, agreement: null, diverge: false });
    expect(result.areas[0]?.stats?.sd).not.toBeNull();
  });

  it("counts only the answers of the figure's members, and N/A or don't know never", () => {
    const model = levelModel();
    model.scoring.minCompleteness = 1;
    const result = score(model, {
      respondents: people([
        { p1: 3, p2: 3, r1: 3, r2: 3 },
        { p1: 3, p2: 3, r1: 3, r2: 3 },
        // not in people's figure (one answer of two): its 1 must not lower the agreement
        { p1: 1, p2: "dk", r1: 3, r2: 3 },
      ]),
    });
    expect(result.areas[0]?.stats).toMatchObject({ n: 2, agreement: 1 });
  });

  it("is computed the same way for each group", () => {
    const result = score(levelModel(), {
      respondents: [
        ...people(
          [
            { p1: 1, p2: 1, r1: 3, r2: 3 },
            { p1: 5, p2: 5, r1: 3, r2: 3 },
            { p1: 3, p2: 3, r1: 3, r2: 3 },
          ],
          "Clienti",
        ),
        ...people(
          [
            { p1: 4, p2: 4, r1: 3, r2: 3 },
            { p1: 4, p2: 4, r1: 3, r2: 3 },
            { p1: 4, p2: 4, r1: 3, r2: 3 },
          ],
          "Direzione",
        ),
      ],
    });
    const [clienti, direzione] = result.groups;
    expect(clienti?.areas.people?.stats).toMatchObject({ n: 3, agreement: 0, diverge: true });
    expect(direzione?.areas.people?.stats).toMatchObject({ n: 3, agreement: 1, diverge: false });
  });
});

describe("minimum group size", () => {
  const answers = { p1: 3, p2: 3, r1: 3, r2: 3 };
  const group = (name: string, size: number) =>
    people(
      Array.from({ length: size }, () => answers),
      name,
    );

  it("defaults to 3: a group of 2 is hidden, and a group of 3 beside it too", () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(3);
    const result = score(levelModel(), { respondents: [...group("A", 3), ...group("B", 2)] });
    // Everyone (5) minus A (3) would be B's figure
    expect(result.groups).toEqual([]);
    expect(result.hiddenGroups).toEqual([
      { group: "A", respondents: 3, reason: "reveals-smaller", within: null },
      { group: "B", respondents: 2, reason: "too-small", within: null },
    ]);
    expect(result.overall.n).toBe(5);
    expect(result.minGroupSize).toBe(3);
  });

  it("hides the smallest other group, then by name, until the rest makes at least the minimum", () => {
    const result = score(levelModel(), {
      respondents: [...group("Z", 4), ...group("B", 3), ...group("A", 3), ...group("S", 1)],
    });
    // S alone is revealed by everyone minus A, B and Z; hiding A (3, before B) leaves 4 unshown
    expect(result.groups.map((g) => g.group)).toEqual(["Z", "B"]);
    expect(result.hiddenGroups.map((g) => [g.group, g.reason])).toEqual([
      ["A", "reveals-smaller"],
      ["S", "too-small"],
    ]);
  });

  it("respondents without a group are protected alike", () => {
    const lone = people([answers]);
    const result = score(levelModel(), {
      respondents: [...group("A", 3), ...group("B", 4), ...lone],
    });
    expect(result.groups.map((g) => g.group)).toEqual(["B"]);
    expect(result.hiddenGroups).toEqual([
      { group: "A", respondents: 3, reason: "reveals-smaller", within: null },
    ]);
    const three = people([answers, answers, answers]);
    const enough = score(levelModel(), { respondents: [...group("A", 3), ...three] });
    expect(enough.groups.map((g) => g.group)).toEqual(["A"]);
  });

  it("looks at each figure: a hidden group with no score anywhere reveals nothing", () => {
    const silent = people([{ p1: "na" }, { r1: "dk", r2: "na" }], "S");
    const result = score(levelModel(), {
      respondents: [...group("A", 3), ...group("B", 3), ...silent],
    });
    expect(result.groups.map((g) => g.group)).toEqual(["A", "B"]);
    expect(result.hiddenGroups).toEqual([
      { group: "S", respondents: 2, reason: "too-small", within: null },
    ]);
  });

  it("a minimum of 1 hides nothing; gaps compare shown groups only", () => {
    const respondents = [
      ...group("A", 3),
      ...people([{ p1: 1, p2: 1, r1: 1, r2: 5 }], "B"),
      ...people([{ p1: 5, p2: 5, r1: 5, r2: 1 }], "C"),
    ];
    const all = score(levelModel(), { respondents }, { minGroupSize: 1 });
    expect(all.groups.map((g) => g.group)).toEqual(["A", "B", "C"]);
    expect(all.hiddenGroups).toEqual([]);
    expect(all.groupGaps[0]).toMatchObject({ high: { group: "C" }, low: { group: "B" }, gap: 4 });
    const hidden = score(levelModel(), { respondents });
    expect(hidden.groups).toEqual([]);
    expect(hidden.groupGaps).toEqual([]);
  });
});
