/**
 * Rule 14 of scoring: respondents answer from their perspective and are asked only its questions;
 * each perspective is a set of its own, the first perspective's figures are the assessment's own,
 * and the perception gap per area is the first's figure minus another's. No figure pools them.
 */
import { describe, expect, it } from "vitest";
import { type Answer, type RespondentAnswers, score } from "../../src/core/assessment/scoring";
import { planResults } from "../../src/core/layout/results";
import type { Model } from "../../src/core/model/schema";
import { perspectiveModel, perspectiveSettings } from "../support/perspectives";

const person = (
  id: string,
  perspective: string | null,
  answers: Record<string, Answer>,
  group = "",
): RespondentAnswers => ({ id, name: id, group, perspective, answers });

/** Internal respondents are asked p1, p2, p3 (people) and r1 (process); customers p1, r1, r2. */
const model: Model = perspectiveModel();

describe("who is asked what", () => {
  it("counts completeness over the questions asked of the respondent's perspective", () => {
    const result = score(model, {
      respondents: [person("c", "customer", { p1: 4, r1: 4, r2: 2 })],
    });
    const [customer] = result.respondents;
    expect(customer?.overall.completeness).toBe(1);
    expect(customer?.areas.people?.completeness).toBe(1);
    expect(customer?.areas.process?.completeness).toBe(1);
    // The same answers from someone asked everything leave p2 and p3 blank.
    const everything = score(model, { respondents: [person("x", null, { p1: 4, r1: 4, r2: 2 })] });
    expect(everything.respondents[0]?.overall.completeness).toBeCloseTo(3 / 5);
  });

  it("ignores an answer given to a question not asked of the perspective", () => {
    const asked = score(model, { respondents: [person("c", "customer", { p1: 5, r1: 4, r2: 2 })] });
    const extra = score(model, {
      respondents: [person("c", "customer", { p1: 5, p2: 1, r1: 4, r2: 2 })],
    });
    expect(extra.respondents[0]?.areas.people?.score).toBe(
      asked.respondents[0]?.areas.people?.score,
    );
    expect(extra.respondents[0]?.overall.completeness).toBe(1);
  });

  it("gives an area asked of nobody in the perspective no score, 'not asked', and a mean without it", () => {
    const internalOnly = structuredClone(model);
    for (const question of internalOnly.questions)
      if (question.area === "people") question.perspectives = ["internal"];
    delete internalOnly.questions[0]?.wording;
    const result = score(internalOnly, {
      respondents: [
        person("c1", "customer", { r1: 5, r2: 1 }),
        person("c2", "customer", { r1: 5, r2: 1 }),
      ],
    });
    const customers = result.perspectives[1];
    expect(customers?.areas.people?.score).toBeNull();
    expect(customers?.areas.people?.noBand).toBe("not-asked");
    expect(customers?.areas.process?.score).toBe(5);
    // The overall of a weighted mean leaves the area out rather than failing for it.
    expect(customers?.overall.score).toBe(5);
    expect(result.respondents[0]?.areas.people?.noBand).toBe("not-asked");
  });
});

describe("each perspective a set, and the perception gap", () => {
  const respondents = [
    person("a", "internal", { p1: 5, p2: 5, p3: 5, r1: 5 }, "Direzione"),
    person("b", "internal", { p1: 4, p2: 4, p3: 4, r1: 4 }, "Direzione"),
    person("c", "customer", { p1: 2, r1: 2, r2: 4 }, "Clienti"),
    person("d", "customer", { p1: 1, r1: 2, r2: 4 }, "Clienti"),
  ];
  // Two of each: the minimum group size is lowered to 2 so both perspectives are shown.
  const result = score(model, { respondents }, { minGroupSize: 2 });
  const [internal, customers] = result.perspectives;

  it("scores each perspective over its own respondents, with n", () => {
    expect(internal?.respondents).toBe(2);
    expect(internal?.areas.people?.score).toBeCloseTo(4.5);
    expect(internal?.areas.people?.n).toBe(2);
    expect(customers?.areas.people?.score).toBeCloseTo(1.5);
    // r2 is reverse-scored: 4 reads as 2.
    expect(customers?.areas.process?.score).toBeCloseTo(2);
  });

  it("takes the first perspective's figures as the assessment's own, never a pooled one", () => {
    expect(result.overall).toEqual(internal?.overall);
    expect(result.areas.find((area) => area.area === "people")?.score).toBeCloseTo(4.5);
    expect(result.areas.find((area) => area.area === "people")?.band?.id).toBe("strong");
  });

  it("gives the perception gap per area as first minus other, above zero when the first sees it better", () => {
    expect(result.perceptionGaps.map(({ area, gap }) => [area, gap])).toEqual([
      ["people", 3],
      ["process", 2.5],
    ]);
    expect(result.perceptionGaps[0]).toMatchObject({
      from: { perspective: "internal", n: 2 },
      to: { perspective: "customer", n: 2 },
    });
  });

  it("has no gap, rather than a gap of 0, while a perspective has no answers", () => {
    const alone = score(model, { respondents: respondents.slice(0, 2) });
    expect(alone.perspectives[1]?.respondents).toBe(0);
    expect(alone.perspectives[1]?.overall.score).toBeNull();
    expect(alone.perceptionGaps).toEqual([]);
  });

  it("changes nothing when respondents come in another order", () => {
    const reversed = score(model, { respondents: [...respondents].reverse() }, { minGroupSize: 2 });
    expect(reversed.perceptionGaps).toEqual(result.perceptionGaps);
    expect(reversed.perspectives.map((p) => p.overall.score)).toEqual(
      result.perspectives.map((p) => p.overall.score),
    );
  });
});

describe("small sets with perspectives", () => {
  const internal = (id: string, group: string) =>
    person(id, "internal", { p1: 4, p2: 4, p3: 4, r1: 4 }, group);
  const customer = (id: string, group: string, value: number) =>
    person(id, "customer", { p1: value, r1: value, r2: 6 - value }, group);

  it("hides a perspective other than the first below the minimum group size, and its gap", () => {
    const result = score(model, {
      respondents: [
        internal("a", "D"),
        internal("b", "D"),
        internal("c", "D"),
        customer("x", "C", 1),
      ],
    });
    expect(result.perspectives.map((p) => [p.perspective, p.respondents, p.hidden])).toEqual([
      ["internal", 3, false],
      ["customer", 1, true],
    ]);
    expect(result.perceptionGaps).toEqual([]);
    // The whole internal perspective is one group: showing it reveals nobody new.
    expect(result.groups.map((group) => group.group)).toEqual(["D"]);
  });

  it("hides a group whose figure, beside its perspective's, would give away a smaller one", () => {
    const result = score(model, {
      respondents: [
        internal("a", "Aaa"),
        internal("b", "Aaa"),
        internal("c", "Aaa"),
        internal("d", "Bbb"),
        internal("e", "Bbb"),
        internal("f", "Bbb"),
        customer("g", "Zcust", 2),
        customer("h", "Zcust", 3),
        customer("i", "Zcust", 4),
        customer("j", "Zsmall", 5),
      ],
    });
    expect(result.perspectives[1]?.hidden).toBe(false);
    // Zsmall is too small; Zcust beside the customers' figure would reveal it, so it goes too.
    expect(result.hiddenGroups).toEqual([
      { group: "Zcust", respondents: 3, reason: "reveals-smaller", within: "customer" },
      { group: "Zsmall", respondents: 1, reason: "too-small", within: "customer" },
    ]);
    expect(result.groups.map((group) => group.group)).toEqual(["Aaa", "Bbb"]);
  });
});

describe("the Results of a model with perspectives", () => {
  const settings = perspectiveSettings("en");
  const cells = (respondents: RespondentAnswers[]) =>
    planResults(
      model,
      settings,
      score(model, { respondents }, { minGroupSize: 1 }),
      [],
      { displayDate: "2026-11-25 10:00" },
      "Results",
    ).values.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));

  it("leads with the perspectives side by side and the gap in numbers and words; no Everyone row", () => {
    const grid = cells([
      person("r1", "internal", { p1: 5, p2: 5, p3: 5, r1: 5 }, "Direzione"),
      person("r2", "customer", { p1: 2, r1: 2, r2: 4 }, "Clienti"),
    ]);
    const text = grid.map((row) => row.join(" | "));
    const at = (needle: string) => text.findIndex((line) => line.includes(needle));
    expect(at("Overall score · Internal")).toBeGreaterThan(-1);
    // The two perspectives' overall scores lead, side by side, then the gap area by area.
    expect(at("Overall score · Customers")).toBe(at("Overall score · Internal") + 1);
    expect(at("Perception gap by area")).toBeGreaterThan(at("Overall score · Customers"));
    const people = grid.find((row) => row[0] === "People" && row.includes("3"));
    expect(people).toBeDefined();
    expect(text.join("\n")).toContain("“Internal”: 3 points above “Customers”");
    expect(text.join("\n")).toContain("Gap = “Internal” − “Customers”");
    expect(grid.some((row) => row[0] === "Everyone")).toBe(false);
  });

  it("says there are no answers from a perspective yet instead of showing a gap of 0", () => {
    const text = cells([person("r1", "internal", { p1: 5, p2: 5, p3: 5, r1: 5 }, "Direzione")])
      .map((row) => row.join(" | "))
      .join("\n");
    expect(text).toContain("No answers from Customers yet");
    expect(text).not.toContain("points above");
  });
});
