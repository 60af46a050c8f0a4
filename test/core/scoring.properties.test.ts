/** Invariants of scoring, checked on random answer sheets. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Answer,
  asShown,
  type Measure,
  type Responses,
  type ScoreResult,
  type SetMeasure,
  score,
} from "../../src/core/assessment/scoring";
import type { Band, Model } from "../../src/core/model/schema";
import { levelModel, pointModel } from "../support/fixtures";
import { perspectiveModel } from "../support/perspectives";

const model = levelModel();
const questionIds = model.questions.map((q) => q.id);
const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 5),
  fc.constantFrom("na" as const, "dk" as const),
  fc.constant(null),
);
const respondentOf = (ids: readonly string[], values: fc.Arbitrary<Answer>) =>
  fc.record({
    id: fc.uuid(),
    name: fc.string(),
    group: fc.constantFrom("Direzione", "Front line", "Clienti", "Soci", undefined),
    answers: fc
      .tuple(...ids.map(() => values))
      .map((given) => Object.fromEntries(ids.map((id, i) => [id, given[i] ?? null]))),
  });
const responsesOf = (ids: readonly string[], values: fc.Arbitrary<Answer>, maxLength = 12) =>
  fc
    .array(respondentOf(ids, values), { minLength: 1, maxLength })
    .map((respondents): Responses => ({ respondents }));
const responses = responsesOf(questionIds, answer);
const minGroupSize = fc.integer({ min: 1, max: 4 });

function measuresOf(result: ScoreResult): Measure[] {
  return [
    result.overall,
    ...result.areas,
    ...result.groups.flatMap((g) => [g.overall, ...Object.values(g.areas)]),
    ...result.respondents.flatMap((r) => [r.overall, ...Object.values(r.areas)]),
  ];
}

/** Each set with its figures: Everyone, then each shown group. */
function setsOf(result: ScoreResult) {
  const everyone = {
    name: null as string | null,
    overall: result.overall,
    areas: Object.fromEntries(result.areas.map((a) => [a.area, a as SetMeasure])),
  };
  return [everyone, ...result.groups.map((g) => ({ name: g.group, ...g }))];
}

describe("scoring invariants", () => {
  it("every score lies inside its range", () => {
    fc.assert(
      fc.property(responses, minGroupSize, (input, minimum) => {
        for (const measure of measuresOf(score(model, input, { minGroupSize: minimum }))) {
          if (measure.score === null) continue;
          expect(measure.score).toBeGreaterThanOrEqual(measure.min - 1e-9);
          expect(measure.score).toBeLessThanOrEqual(measure.max + 1e-9);
        }
      }),
    );
  });

  it("a band, when present, holds its score as shown", () => {
    fc.assert(
      fc.property(responses, minGroupSize, (input, minimum) => {
        for (const measure of measuresOf(score(model, input, { minGroupSize: minimum }))) {
          if (measure.band === null) continue;
          expect(measure.score).not.toBeNull();
          const shown = asShown(measure.score ?? Number.NaN);
          expect(shown).toBeGreaterThanOrEqual(measure.band.min);
          expect(shown).toBeLessThanOrEqual(measure.band.max);
        }
      }),
    );
  });

  it("a figure exists exactly when its completeness reaches the minimum (N/A never makes one)", () => {
    fc.assert(
      fc.property(responses, (input) => {
        const result = score(model, input);
        for (const respondent of result.respondents) {
          for (const area of Object.values(respondent.areas)) {
            expect(area.score !== null).toBe(area.completeness >= model.scoring.minCompleteness);
            expect(area.band === null || area.score !== null).toBe(true);
            expect(area.responded).toBeGreaterThanOrEqual(area.completeness);
          }
        }
      }),
    );
  });

  it("N/A or don't know in place of a blank never changes a score, band or n: only what was responded", () => {
    fc.assert(
      fc.property(
        responses,
        fc.nat(),
        fc.constantFrom(...questionIds),
        fc.constantFrom("na" as const, "dk" as const),
        (input, pick, questionId, skip) => {
          const index = pick % input.respondents.length;
          const target = input.respondents[index];
          fc.pre(target !== undefined && (target.answers[questionId] ?? null) === null);
          const skipped: Responses = {
            respondents: input.respondents.map((r, i) =>
              i === index ? { ...r, answers: { ...r.answers, [questionId]: skip } } : r,
            ),
          };
          const before = score(model, input, { minGroupSize: 1 });
          const after = score(model, skipped, { minGroupSize: 1 });
          const figures = (result: ScoreResult) =>
            measuresOf(result).map((m) => [m.score, m.band?.id, m.completeness, m.noBand === null]);
          const sets = (result: ScoreResult) =>
            setsOf(result).flatMap((set) =>
              [set.overall, ...Object.values(set.areas)].map((m) => [m.n, m.stats?.agreement]),
            );
          expect(figures(after).map((f) => f.slice(0, 3))).toEqual(
            figures(before).map((f) => f.slice(0, 3)),
          );
          expect(sets(after)).toEqual(sets(before));
          expect(after.overall.responded).toBeGreaterThan(before.overall.responded);
        },
      ),
    );
  });

  it("N/A or don't know in place of a value never raises completeness", () => {
    fc.assert(
      fc.property(
        responses,
        fc.nat(),
        fc.constantFrom(...questionIds),
        fc.constantFrom("na" as const, "dk" as const),
        (input, pick, questionId, skip) => {
          const index = pick % input.respondents.length;
          const target = input.respondents[index];
          fc.pre(target !== undefined && typeof target.answers[questionId] === "number");
          const skipped: Responses = {
            respondents: input.respondents.map((r, i) =>
              i === index ? { ...r, answers: { ...r.answers, [questionId]: skip } } : r,
            ),
          };
          const before = score(model, input).respondents[index];
          const after = score(model, skipped).respondents[index];
          expect(after?.overall.completeness).toBeLessThan(before?.overall.completeness ?? 0);
          expect(after?.overall.responded).toBe(before?.overall.responded);
        },
      ),
    );
  });

  it("a set's figure lies within its members' scores, with n counting them", () => {
    fc.assert(
      fc.property(responses, minGroupSize, (input, minimum) => {
        const result = score(model, input, { minGroupSize: minimum });
        for (const set of setsOf(result)) {
          const members = result.respondents.filter(
            (r) => set.name === null || r.group === set.name,
          );
          const check = (figure: SetMeasure, own: (r: (typeof members)[number]) => Measure) => {
            const scores = members.flatMap((m) => {
              const value = own(m).score;
              return value === null ? [] : [value];
            });
            expect(figure.n).toBe(scores.length);
            if (scores.length === 0) {
              expect(figure.score).toBeNull();
              return;
            }
            expect(figure.score).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
            expect(figure.score).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
          };
          check(set.overall, (r) => r.overall);
          for (const area of model.areas) {
            check(set.areas[area.id] as SetMeasure, (r) => r.areas[area.id] as Measure);
          }
        }
      }),
    );
  });

  it("permuting respondents never changes the aggregates", () => {
    fc.assert(
      fc.property(
        responses.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.respondents], { minLength: input.respondents.length }),
          ),
        ),
        minGroupSize,
        ([input, shuffled], minimum) => {
          const a = score(model, input, { minGroupSize: minimum });
          const b = score(model, { respondents: shuffled }, { minGroupSize: minimum });
          const close = (x: number | null | undefined, y: number | null | undefined) =>
            x === null || x === undefined
              ? expect(y ?? null).toBeNull()
              : expect(y).toBeCloseTo(x, 9);
          const same = (x: SetMeasure, y: SetMeasure | undefined) => {
            close(x.score, y?.score);
            expect(y?.n).toBe(x.n);
            expect(y?.band?.id).toBe(x.band?.id);
            close(x.stats?.sd, y?.stats?.sd);
            close(x.stats?.ci?.margin, y?.stats?.ci?.margin);
            close(x.stats?.agreement, y?.stats?.agreement);
            expect(y?.stats?.diverge).toBe(x.stats?.diverge);
            expect(y?.bandCounts.map((c) => c.count)).toEqual(x.bandCounts.map((c) => c.count));
            expect(y?.completeness).toBeCloseTo(x.completeness, 12);
          };
          same(a.overall, b.overall);
          a.areas.forEach((area, i) => {
            same(area, b.areas[i]);
          });
          const byName = <T extends { group: string }>(list: T[]) =>
            [...list].sort((x, y) => (x.group < y.group ? -1 : 1));
          expect(byName(b.hiddenGroups)).toEqual(byName(a.hiddenGroups));
          expect(b.groups.map((g) => g.group).sort()).toEqual(a.groups.map((g) => g.group).sort());
          for (const group of a.groups) {
            const other = b.groups.find((g) => g.group === group.group);
            same(group.overall, other?.overall);
            for (const area of model.areas) {
              same(group.areas[area.id] as SetMeasure, other?.areas[area.id]);
            }
          }
          expect(b.weakest.map((r) => r.area)).toEqual(a.weakest.map((r) => r.area));
        },
      ),
    );
  });

  it("what is shown never reveals the figures of fewer respondents than the minimum", () => {
    fc.assert(
      fc.property(responses, minGroupSize, (input, minimum) => {
        const result = score(model, input, { minGroupSize: minimum });
        expect(result.groups.every((g) => g.respondents >= minimum)).toBe(true);
        const figures = [
          { everyone: result.overall, of: (g: (typeof result.groups)[number]) => g.overall },
          ...model.areas.map((area, i) => ({
            everyone: result.areas[i] as SetMeasure,
            of: (g: (typeof result.groups)[number]) => g.areas[area.id] as SetMeasure,
          })),
        ];
        for (const { everyone, of } of figures) {
          // What a reader can work out: Everyone minus the shown groups, from the n's shown.
          const shown = result.groups.map((g) => of(g).n);
          const left = everyone.n - shown.reduce((sum, n) => sum + n, 0);
          expect(left).toBeGreaterThanOrEqual(0);
          if (shown.some((n) => n > 0)) expect(left === 0 || left >= minimum).toBe(true);
        }
      }),
    );
  });

  it("with perspectives, what is shown never reveals fewer respondents than the minimum either", () => {
    const withPerspectives = perspectiveModel();
    const ids = withPerspectives.questions.map((question) => question.id);
    const respondent = fc.record({
      perspective: fc.constantFrom("internal", "customer"),
      group: fc.constantFrom("A", "B", "C"),
      answers: fc.array(fc.constantFrom<Answer>(1, 2, 3, 4, 5, null, "dk"), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
    });
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 14 }), minGroupSize, (people, minimum) => {
        // A group answers from one perspective: its name carries it.
        const respondents = people.map((person, index) => ({
          id: `r${index}`,
          name: `r${index}`,
          group: `${person.perspective}-${person.group}`,
          perspective: person.perspective,
          answers: Object.fromEntries(ids.map((id, q) => [id, person.answers[q] ?? null])),
        }));
        const result = score(withPerspectives, { respondents }, { minGroupSize: minimum });
        expect(result.groups.every((g) => g.respondents >= minimum)).toBe(true);
        for (const [index, perspective] of result.perspectives.entries()) {
          if (perspective.hidden) {
            expect(index).toBeGreaterThan(0);
            expect(perspective.respondents).toBeLessThan(minimum);
            continue;
          }
          // The perspective's figure minus its shown groups' figures, from the n's shown.
          const inside = result.groups.filter((g) =>
            g.group.startsWith(`${perspective.perspective}-`),
          );
          const figures = [
            { whole: perspective.overall, of: (g: (typeof inside)[number]) => g.overall },
            ...withPerspectives.areas.map((area) => ({
              whole: perspective.areas[area.id] as SetMeasure,
              of: (g: (typeof inside)[number]) => g.areas[area.id] as SetMeasure,
            })),
          ];
          for (const { whole, of } of figures) {
            const shown = inside.map((g) => of(g).n);
            const left = whole.n - shown.reduce((sum, n) => sum + n, 0);
            expect(left).toBeGreaterThanOrEqual(0);
            if (shown.some((n) => n > 0)) expect(left === 0 || left >= minimum).toBe(true);
          }
        }
      }),
    );
  });

  it("no result holds a negative zero or NaN", () => {
    const signed = levelModel();
    const band = (id: string, min: number, max: number): Band => ({
      ...(signed.bands.areas[0] as Band),
      id,
      min,
      max,
    });
    for (const area of signed.areas) area.range = { min: -2, max: 2 };
    signed.bands = {
      overall: [band("minus", -2, 0), band("plus", 0, 2)],
      areas: [band("minus", -2, 0), band("plus", 0, 2)],
    };
    const walk = (value: unknown): void => {
      if (typeof value === "number") {
        expect(Object.is(value, -0)).toBe(false);
        expect(Number.isNaN(value)).toBe(false);
      } else if (value !== null && typeof value === "object")
        for (const inner of Object.values(value)) walk(inner);
    };
    fc.assert(
      fc.property(
        responses,
        fc.constantFrom(-0, 0, -2, 2, 0.5),
        minGroupSize,
        (input, target, minimum) => {
          walk(score(signed, input, { targets: { people: target }, minGroupSize: minimum }));
          walk(score(model, input, { targets: { process: target }, minGroupSize: minimum }));
        },
      ),
    );
  });

  it("a point model's overall is the points of its yes answers when complete", () => {
    const points = pointModel();
    const ids = points.questions.map((q) => q.id);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1), { minLength: 4, maxLength: 4 }), (values) => {
        const answers = Object.fromEntries(ids.map((id, i) => [id, values[i] ?? 0]));
        const result = score(points, { respondents: [{ id: "r", name: "r", answers }] });
        // 2 questions per 0..10 area: each yes is worth 5 points
        expect(result.overall.score).toBeCloseTo(values.reduce<number>((s, v) => s + v, 0) * 5, 9);
      }),
    );
  });
});

describe("count model invariants", () => {
  const text = (en: string) => ({ en, it: en });
  const band = (id: string, min: number, max: number): Band => ({
    id,
    min,
    max,
    label: text(id),
    description: text(id),
    color: "#777777",
  });
  const counted: Model = {
    ...pointModel(),
    scoring: { overall: "sum", minCompleteness: 0.6 },
    areas: ["a", "b"].map((id) => ({
      id,
      name: text(id),
      description: text(id),
      weight: 1,
      range: { min: 0, max: 3 },
    })),
    questions: ["a1", "a2", "a3", "b1", "b2", "b3"].map((id) => ({
      id,
      area: id.slice(0, 1),
      scale: "yes-no",
      text: text(id),
      weight: 1,
      reverse: id === "a3",
    })),
    bands: {
      overall: [band("low", 0, 2), band("mid", 2, 4), band("high", 4, 6)],
      areas: [band("few", 0, 2), band("most", 2, 3)],
    },
  };
  const ids = counted.questions.map((q) => q.id);
  const yesNo = responsesOf(ids, fc.constantFrom<Answer>(0, 1, null, "dk"));

  it("scores respondents with integers; a set's band label only when every member is in it", () => {
    fc.assert(
      fc.property(yesNo, (input) => {
        const result = score(counted, input, { minGroupSize: 1 });
        expect(result.countModel).toBe(true);
        for (const respondent of result.respondents) {
          for (const figure of [respondent.overall, ...Object.values(respondent.areas)]) {
            if (figure.score !== null) expect(Number.isInteger(figure.score)).toBe(true);
          }
        }
        for (const set of setsOf(result)) {
          for (const figure of [set.overall, ...Object.values(set.areas)]) {
            const counted = figure.bandCounts.reduce((sum, c) => sum + c.count, 0);
            expect(counted).toBe(figure.n);
            if (figure.band !== null) {
              const holder = figure.bandCounts.find((c) => c.band.id === figure.band?.id);
              expect(holder?.count).toBe(figure.n);
            } else if (figure.score !== null) {
              expect(figure.noBand).toBe("count-mean");
              expect(figure.bandCounts.filter((c) => c.count > 0).length).toBeGreaterThan(1);
            }
          }
        }
      }),
    );
  });
});
