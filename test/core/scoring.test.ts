import { describe, expect, it } from "vitest";
import { type Responses, score } from "../../src/core/assessment/scoring";
import { levelModel, pointModel, renamedLevelModel } from "../support/fixtures";

const one = (answers: Responses["respondents"][number]["answers"], group?: string): Responses => ({
  respondents: [{ id: "r1", name: "Anna", group, answers }],
});

describe("score: one respondent", () => {
  it("weights questions and flips reverse-scored ones", () => {
    // people: p1=5 (n=1, w=1), p2=1 (n=0, w=3) → mean 0.25 → 1 + 0.25×4 = 2
    // process: r1=4 (n=0.75), r2=2 reversed (n=1−0.25=0.75) → 4
    const result = score(levelModel(), one({ p1: 5, p2: 1, r1: 4, r2: 2 }));
    const [people, process] = result.areas;
    expect(people?.score).toBe(2);
    expect(process?.score).toBe(4);
    // area weights 2 and 1: (2×2 + 1×4) / 3
    expect(result.overall.score).toBeCloseTo(8 / 3, 12);
    expect(result.overall.min).toBe(1);
    expect(result.overall.max).toBe(5);
  });

  it("gives each area the band its score falls in, boundary included in the upper band", () => {
    const result = score(levelModel(), one({ p1: 5, p2: 1, r1: 4, r2: 2 }));
    expect(result.areas.map((area) => area.band?.id)).toEqual(["weak", "strong"]);
    expect(result.areas[1]?.band).toMatchObject({ id: "strong", min: 4, max: 5 });
    expect(result.overall.band?.id).toBe("low");
  });

  it("counts N/A in neither numerator nor denominator, but as answered for completeness", () => {
    const result = score(levelModel(), one({ p1: "na", p2: 3, r1: 5, r2: "na" }));
    expect(result.areas[0]?.score).toBe(3);
    expect(result.areas[1]?.score).toBe(5);
    expect(result.areas[0]?.completeness).toBe(1);
  });

  it("an area answered only with N/A has no score and no band", () => {
    const result = score(levelModel(), one({ p1: "na", p2: "na", r1: 5, r2: 1 }));
    expect(result.areas[0]).toMatchObject({
      score: null,
      band: null,
      completeness: 1,
      sufficient: false,
    });
    expect(result.overall.band).toBeNull();
  });

  it("an area below minimum completeness keeps its score but gets no band", () => {
    const model = levelModel();
    model.scoring.minCompleteness = 0.75;
    const result = score(model, one({ p1: 5, r1: 5, r2: 1 }));
    expect(result.areas[0]).toMatchObject({
      score: 5,
      completeness: 0.5,
      band: null,
      sufficient: false,
    });
    expect(result.areas[1]?.band?.id).toBe("strong");
    // the overall would silently lack an area: no band either
    expect(result.overall.band).toBeNull();
    expect(result.overall.sufficient).toBe(false);
    expect(result.overall.completeness).toBe(0.75);
  });

  it("an area exactly at minimum completeness is banded", () => {
    const result = score(levelModel(), one({ p1: 5, r1: 5 }));
    expect(result.areas[0]).toMatchObject({ completeness: 0.5, sufficient: true });
    expect(result.areas[0]?.band?.id).toBe("strong");
  });

  it("sums areas in point models, the top band holding the maximum", () => {
    const result = score(pointModel(), one({ a1: 1, a2: 1, b1: 1, b2: 1 }));
    expect(result.areas.map((area) => area.score)).toEqual([10, 10]);
    expect(result.overall).toMatchObject({ score: 20, min: 0, max: 20 });
    expect(result.overall.band?.id).toBe("grow");
  });

  it("a point model has no overall while an area has no score", () => {
    const result = score(pointModel(), one({ a1: 1, a2: 0 }));
    expect(result.areas[0]?.score).toBe(5);
    expect(result.areas[1]?.score).toBeNull();
    expect(result.overall.score).toBeNull();
    expect(result.overall.band).toBeNull();
  });

  it("with nothing answered every completeness is 0 and nothing is banded", () => {
    const result = score(levelModel(), one({}));
    expect(result.overall).toMatchObject({ score: null, band: null, completeness: 0 });
    expect(result.recommendations).toEqual([]);
  });
});

describe("score: problems never abort scoring", () => {
  it("lists unknown questions, values not in the scale and N/A where not allowed", () => {
    const result = score(pointModel(), one({ a1: 1, a2: 7, b1: "na", b2: 1, zz: 1 }));
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { kind: "value-not-in-scale", respondentId: "r1", questionId: "a2", value: 7 },
        { kind: "na-not-allowed", respondentId: "r1", questionId: "b1" },
        { kind: "unknown-question", respondentId: "r1", questionId: "zz" },
      ]),
    );
    expect(result.problems).toHaveLength(3);
    // the valid answers still count; the invalid ones count as unanswered
    expect(result.areas[0]).toMatchObject({ score: 10, completeness: 0.5 });
  });

  it("reports targets for areas the model does not have", () => {
    const result = score(levelModel(), one({ p1: 3 }), { targets: { nowhere: 3 } });
    expect(result.problems).toEqual([{ kind: "unknown-area", areaId: "nowhere" }]);
  });
});

describe("score: targets, gaps and priorities", () => {
  it("gap = target − score, priority = area weight × positive gap", () => {
    const result = score(levelModel(), one({ p1: 5, p2: 1, r1: 4, r2: 2 }), {
      targets: { people: 4, process: 3 },
    });
    expect(result.areas[0]).toMatchObject({ target: 4, gap: 2, priority: 4 });
    expect(result.areas[1]).toMatchObject({ target: 3, gap: -1, priority: 0 });
  });

  it("without targets, gap and priority are null", () => {
    const result = score(levelModel(), one({ p1: 5, p2: 1, r1: 4, r2: 2 }));
    expect(result.areas[0]).toMatchObject({ target: null, gap: null, priority: null });
  });

  it("recommends for the weakest areas first, from the model's area × band texts", () => {
    const result = score(levelModel(), one({ p1: 3, p2: 3, r1: 2, r2: 4 }));
    // people = 3 (fair), process = 2 (weak): process is weaker
    expect(result.recommendations.map((r) => [r.area, r.band, r.text.en])).toEqual([
      ["process", "weak", "Fix processes"],
      ["people", "fair", "Coach people"],
    ]);
  });

  it("with targets, the highest priority comes first even if its score is higher", () => {
    const result = score(levelModel(), one({ p1: 3, p2: 3, r1: 2, r2: 4 }), {
      targets: { people: 5, process: 2 },
    });
    expect(result.recommendations.map((r) => r.area)).toEqual(["people", "process"]);
    expect(result.recommendations[0]?.priority).toBe(4);
  });
});

describe("score: several respondents", () => {
  const responses: Responses = {
    respondents: [
      { id: "a", name: "Ada", group: "Direzione", answers: { p1: 5, p2: 5, r1: 5, r2: 1 } },
      { id: "b", name: "Bea", group: "Direzione", answers: { p1: 3, p2: 3, r1: 3, r2: 3 } },
      { id: "c", name: "Cid", group: "Clienti", answers: { p1: 1, p2: 1, r1: 1, r2: 5 } },
      { id: "d", name: "Dan", answers: {} },
    ],
  };

  it("scores each respondent on their own answers", () => {
    const result = score(levelModel(), responses);
    expect(result.respondents.map((r) => r.areas.people?.score)).toEqual([5, 3, 1, null]);
    expect(result.respondents.map((r) => r.group)).toEqual([
      "Direzione",
      "Direzione",
      "Clienti",
      null,
    ]);
  });

  it("everyone's area score is the mean of respondents' scores, with min, max and standard deviation", () => {
    const result = score(levelModel(), responses);
    const people = result.areas[0];
    expect(people?.score).toBe(3);
    expect(people?.spread).toEqual({ n: 3, mean: 3, min: 1, max: 5, sd: Math.sqrt(8 / 3) });
    // Dan answered nothing: 12 of 16 cells
    expect(result.overall.completeness).toBe(0.75);
  });

  it("scores groups and the gap between them per area", () => {
    const result = score(levelModel(), responses);
    expect(result.groups.map((g) => [g.group, g.respondents, g.areas.people?.score])).toEqual([
      ["Direzione", 2, 4],
      ["Clienti", 1, 1],
    ]);
    expect(result.groupGaps[0]).toEqual({
      area: "people",
      high: { group: "Direzione", score: 4 },
      low: { group: "Clienti", score: 1 },
      gap: 3,
    });
  });

  it("a respondent who answered too little of an area does not move the set's score", () => {
    const model = levelModel();
    model.scoring.minCompleteness = 1;
    const result = score(model, {
      respondents: [
        { id: "a", name: "Ada", answers: { p1: 1, p2: 1, r1: 3, r2: 3 } },
        // one answer of two in "people": an extrapolated 5 that must not lift everyone's 1
        { id: "b", name: "Bea", answers: { p1: 5, r1: 3, r2: 3 } },
      ],
    });
    expect(result.respondents[1]?.areas.people).toMatchObject({ score: 5, sufficient: false });
    expect(result.areas[0]).toMatchObject({ score: 1, completeness: 0.75, band: null });
    expect(result.areas[0]?.spread?.n).toBe(1);
    expect(result.areas[1]?.score).toBe(3);
  });

  it("one respondent is their own everyone, with no spread", () => {
    const single = score(levelModel(), one({ p1: 4, p2: 2, r1: 3, r2: 3 }));
    expect(single.areas[0]?.score).toBe(single.respondents[0]?.areas.people?.score);
    expect(single.areas[0]?.spread?.sd).toBe(0);
    expect(single.groups).toEqual([]);
  });
});

describe("score: ids named like Object.prototype's properties", () => {
  /**
   * An area's entry, read as plain indexing would: a record missing its own "constructor" entry
   * yields Object here, whose score is undefined, so the assertion fails.
   */
  const areaOf = <T>(areas: Readonly<Record<string, T>> | undefined, id: string) => areas?.[id];

  const renamed = renamedLevelModel;

  it("area 'constructor' without a target has no target and no gap, not Object's constructor", () => {
    const model = renamed("constructor", "toString");
    const result = score(model, one({ toString: 5, p2: 1, r1: 4, r2: 2 }), {
      targets: { process: 5 },
    });
    expect(result.problems).toEqual([]);
    expect(result.areas[0]).toMatchObject({
      area: "constructor",
      score: 2,
      target: null,
      gap: null,
      priority: null,
    });
    expect(result.areas[1]).toMatchObject({ target: 5, gap: 1, priority: 1 });
    expect(result.overall.score).toBeCloseTo(8 / 3, 12);
  });

  it("area 'constructor' with a target has its gap", () => {
    const result = score(renamed("constructor", "toString"), one({ toString: 5, p2: 1 }), {
      targets: { constructor: 4 },
    });
    expect(result.areas[0]).toMatchObject({ target: 4, gap: 2, priority: 4 });
    expect(result.problems).toEqual([]);
  });

  it("an unanswered 'toString' question is unanswered, not a value outside the scale", () => {
    const result = score(renamed("constructor", "toString"), {
      respondents: [
        { id: "a", name: "Ada", group: "constructor", answers: { p2: 3 } },
        { id: "b", name: "Bea", group: "__proto__", answers: { toString: 1, p2: 1 } },
        { id: "c", name: "Cid", group: "toString", answers: {} },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.respondents.map((r) => areaOf(r.areas, "constructor")?.score)).toEqual([
      3,
      1,
      null,
    ]);
    expect(areaOf(result.respondents[0]?.areas, "constructor")?.completeness).toBe(0.5);
    expect(
      result.groups.map((g) => [g.group, g.respondents, areaOf(g.areas, "constructor")?.score]),
    ).toEqual([
      ["constructor", 1, 3],
      ["__proto__", 1, 1],
      ["toString", 1, null],
    ]);
    expect(result.groupGaps[0]).toMatchObject({ area: "constructor", gap: 2 });
  });

  it("an area '__proto__' is an own entry of every per-area record", () => {
    const model = renamed("__proto__", "hasOwnProperty");
    const result = score(model, one({ hasOwnProperty: 4, p2: 4, r1: 2, r2: 4 }), {
      targets: JSON.parse('{"__proto__": 5}') as Record<string, number>,
    });
    expect(result.problems).toEqual([]);
    const own = (record: object) => Object.getOwnPropertyDescriptor(record, "__proto__")?.value;
    expect(own(result.respondents[0]?.areas ?? {})).toMatchObject({ score: 4 });
    expect(result.areas[0]).toMatchObject({ area: "__proto__", score: 4, target: 5, gap: 1 });
    expect(result.overall.score).toBe(10 / 3);
  });
});
