/** Invariants of scoring, checked on random answer sheets. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answer, type Responses, score } from "../../src/core/assessment/scoring";
import { levelModel, pointModel } from "../support/fixtures";

const model = levelModel();
const questionIds = model.questions.map((q) => q.id);
const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 5),
  fc.constant("na" as const),
  fc.constant(null),
);
const respondent = fc.record({
  id: fc.uuid(),
  name: fc.string(),
  group: fc.constantFrom("Direzione", "Front line", "Clienti", undefined),
  answers: fc
    .tuple(...questionIds.map(() => answer))
    .map((values) => Object.fromEntries(questionIds.map((id, i) => [id, values[i] ?? null]))),
});
const responses = fc
  .array(respondent, { minLength: 1, maxLength: 8 })
  .map((respondents) => ({ respondents }));

function scoresOf(result: ReturnType<typeof score>) {
  return [
    result.overall,
    ...result.areas,
    ...result.respondents.flatMap((r) => [r.overall, ...Object.values(r.areas)]),
  ];
}

describe("scoring invariants", () => {
  it("every score lies inside its range", () => {
    fc.assert(
      fc.property(responses, (input) => {
        for (const measure of scoresOf(score(model, input))) {
          if (measure.score === null) continue;
          expect(measure.score).toBeGreaterThanOrEqual(measure.min - 1e-9);
          expect(measure.score).toBeLessThanOrEqual(measure.max + 1e-9);
        }
      }),
    );
  });

  it("a band, when present, contains its score", () => {
    fc.assert(
      fc.property(responses, (input) => {
        for (const measure of scoresOf(score(model, input))) {
          if (measure.band === null || measure.score === null) continue;
          expect(measure.score).toBeGreaterThanOrEqual(measure.band.min - 1e-9);
          expect(measure.score).toBeLessThanOrEqual(measure.band.max + 1e-9);
        }
      }),
    );
  });

  it("answering N/A to an unanswered question never changes a score", () => {
    fc.assert(
      fc.property(
        responses,
        fc.nat(),
        fc.constantFrom(...questionIds),
        (input, pick, questionId) => {
          const index = pick % input.respondents.length;
          const target = input.respondents[index];
          fc.pre(target !== undefined && (target.answers[questionId] ?? null) === null);
          const withNA: Responses = {
            respondents: input.respondents.map((r, i) =>
              i === index ? { ...r, answers: { ...r.answers, [questionId]: "na" } } : r,
            ),
          };
          const before = score(model, input);
          const after = score(model, withNA);
          expect(after.overall.score).toBe(before.overall.score);
          expect(after.areas.map((a) => a.score)).toEqual(before.areas.map((a) => a.score));
          expect(after.overall.completeness).toBeGreaterThan(before.overall.completeness);
        },
      ),
    );
  });

  it("permuting respondents never changes the aggregates", () => {
    fc.assert(
      fc.property(
        responses.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.respondents, { minLength: input.respondents.length }),
          ),
        ),
        ([input, shuffled]) => {
          const a = score(model, input);
          const b = score(model, { respondents: shuffled });
          const close = (x: number | null, y: number | null) =>
            x === null ? expect(y).toBeNull() : expect(y).toBeCloseTo(x, 9);
          close(a.overall.score, b.overall.score);
          expect(b.overall.band?.id).toBe(a.overall.band?.id);
          a.areas.forEach((area, i) => {
            close(area.score, b.areas[i]?.score ?? null);
            close(area.spread?.sd ?? null, b.areas[i]?.spread?.sd ?? null);
          });
          for (const group of a.groups) {
            const other = b.groups.find((g) => g.group === group.group);
            close(group.overall.score, other?.overall.score ?? null);
          }
        },
      ),
    );
  });

  it("a point model's overall is the number of yes answers when complete", () => {
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
