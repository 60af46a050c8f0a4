/** Rule 15 of scoring: themes (a question's `theme`) cut across areas and get a figure each. */
import { describe, expect, it } from "vitest";
import { type Answer, score } from "../../src/core/assessment/scoring";
import { planResults } from "../../src/core/layout/results";
import type { Model } from "../../src/core/model/schema";
import { levelModel, pointModel } from "../support/fixtures";

const text = (en: string) => ({ en, it: `${en} (it)` });

/** levelModel (1..5, weighted mean) with p1 and r1 on "Team", p2 on "Strategy", r2 untagged. */
function themed(): Model {
  const model = levelModel();
  const [p1, p2, r1] = model.questions;
  if (p1 === undefined || p2 === undefined || r1 === undefined) throw new Error("four questions");
  p1.theme = text("Team");
  r1.theme = text("Team");
  p2.theme = text("Strategy");
  return model;
}

const respondent = (id: string, answers: Record<string, Answer>) => ({ id, name: id, answers });

describe("scores by theme", () => {
  it("averages a theme's questions across areas, on the areas' range, over the respondents with one", () => {
    const result = score(themed(), {
      respondents: [
        respondent("a", { p1: 5, p2: 1, r1: 3, r2: 2 }),
        respondent("b", { p1: 3, p2: 5, r1: 1, r2: 2 }),
      ],
    });
    expect(result.themes.map((theme) => theme.name.en)).toEqual(["Team", "Strategy"]);
    const [team, strategy] = result.themes;
    // a: Team = mean(5, 3) = 4; b: mean(3, 1) = 2 → 3. Strategy: 1 and 5 → 3.
    expect(team).toMatchObject({ score: 3, n: 2, min: 1, max: 5 });
    expect(strategy).toMatchObject({ score: 3, n: 2 });
    expect(team?.stats?.sd).toBeCloseTo(Math.SQRT2);
  });

  it("leaves out a respondent below the minimum completeness of the theme's questions", () => {
    // minCompleteness 0.5: one of Team's two questions is enough, none is not.
    const result = score(themed(), {
      respondents: [respondent("a", { p1: 5 }), respondent("b", { p2: 4 })],
    });
    expect(result.themes[0]).toMatchObject({ score: 5, n: 1 });
    expect(result.themes[1]).toMatchObject({ score: 4, n: 1 });
  });

  it("has no themes for a model without them, and shows them as 0–100 for a sum model", () => {
    expect(score(levelModel(), { respondents: [] }).themes).toEqual([]);
    const points = pointModel();
    for (const question of points.questions) question.theme = text("All");
    const yes = Math.max(...(points.scales[0]?.options.map((option) => option.value) ?? []));
    const answers = Object.fromEntries(points.questions.map((question) => [question.id, yes]));
    const [all] = score(points, { respondents: [respondent("a", answers)] }).themes;
    expect(all).toMatchObject({ min: 0, max: 100, n: 1 });
  });

  it("lists them on the Results with n and the rule", () => {
    const model = themed();
    const result = score(model, {
      respondents: [respondent("a", { p1: 5, p2: 1, r1: 3, r2: 2 })],
    });
    const settings = { clientName: "Acme", lang: "en" as const, respondents: [], targets: {} };
    const rows = planResults(
      model,
      settings,
      result,
      [],
      { displayDate: "today" },
      "Results",
    ).values.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
    const at = rows.findIndex((row) => row[0] === "Scores by theme");
    expect(at).toBeGreaterThan(-1);
    expect(rows[at + 2]?.slice(0, 3)).toEqual(["Team", "4", "1"]);
    expect(rows[at + 3]?.slice(0, 3)).toEqual(["Strategy", "1", "1"]);
    expect(rows.flat().join(" ")).toContain("Themes cut across areas");
  });
});
