import { describe, expect, it } from "vitest";
import { sheetProblemMessage } from "../../../src/core/assessment/answers";
import type { AssessmentSettings } from "../../../src/core/assessment/assessment";
import { type Responses, score } from "../../../src/core/assessment/scoring";
import {
  recordToRow,
  rowToRecord,
  type StoredAssessment,
} from "../../../src/core/assessment/storage";
import { lastScoreOf } from "../../../src/core/assessment/summary";
import {
  NO_PREVIOUS_PLAN,
  PLAN_KEY_MARKER,
  planActionPlan,
  readPlanEntries,
} from "../../../src/core/layout/action-plan";
import { historyRow } from "../../../src/core/layout/history";
import { cleanSheetName, uniqueSheetName } from "../../../src/core/layout/names";
import type { CellValue } from "../../../src/core/layout/plan";
import { planResults } from "../../../src/core/layout/results";
import { builtinModels } from "../../../src/core/model/builtin";
import type { Model } from "../../../src/core/model/schema";
import { levelModel } from "../../support/fixtures";

const settings: AssessmentSettings = {
  clientName: "Acme",
  lang: "en",
  respondents: [
    { id: "r1", name: "Anna", group: "Board" },
    { id: "r2", name: "Bruno", group: "Customers" },
  ],
  targets: { people: 4 },
};
const model = levelModel();
const responses: Responses = {
  respondents: [
    { id: "r1", name: "Anna", group: "Board", answers: { p1: 5, p2: 4, r1: 2, r2: 4 } },
    { id: "r2", name: "Bruno", group: "Customers", answers: { p1: 2, p2: 2, r1: 1, r2: 5 } },
  ],
};
/** Groups of one shown (minimum 1), so their columns and series can be read. */
const result = score(model, responses, { targets: settings.targets, minGroupSize: 1 });
const run = { displayDate: "x" };

/** cx-360-selfcheck with Ada at 17 yes and Bea at 18: a mean of 17.5 between two bands. */
function adaAndBea() {
  const cx360 = builtinModels["cx-360-selfcheck"] as Model;
  const yes = (count: number) =>
    Object.fromEntries(cx360.questions.map((q, i) => [q.id, i < count ? 1 : 0]));
  const counted = score(cx360, {
    respondents: [
      { id: "a", name: "Ada", answers: yes(17) },
      { id: "b", name: "Bea", answers: yes(18) },
    ],
  });
  return { cx360, counted };
}

describe("results plan", () => {
  const plan = planResults(
    model,
    settings,
    result,
    [],
    { displayDate: "2026-11-24 10:00" },
    "Results · Acme",
  );
  const rowStarting = (text: string, values = plan.values) =>
    values.find((row) => row[0] === text) ?? [];
  const texts = (values: CellValue[][]) => values.flat().filter((v) => typeof v === "string");

  it("shows the overall score with its band colour and description", () => {
    const overall = rowStarting("Overall score");
    expect(overall[1]).toBe(result.overall.score);
    expect(overall[3]).toBe(result.overall.band?.label.en);
    const row = plan.values.indexOf(overall);
    expect(plan.formats.backgrounds[row]?.[3]).toBe(result.overall.band?.color);
  });

  it("shows the overall of everyone and of each shown group with n, interval, deviation and agreement", () => {
    const header = plan.values.findIndex((row) => row[0] === "Respondents");
    expect(plan.values[header]?.slice(0, 8)).toEqual([
      "Respondents",
      "Score",
      "n",
      "± 95% CI",
      "Standard deviation",
      "Agreement (r_wg)",
      "Band",
      "Note",
    ]);
    const stats = result.overall.stats;
    expect(rowStarting("Everyone").slice(0, 8)).toEqual([
      "Everyone",
      result.overall.score,
      2,
      stats?.ci?.margin,
      stats?.sd,
      stats?.agreement,
      result.overall.band?.label.en,
      "opinions diverge — discuss before acting",
    ]);
    // one respondent: no interval, deviation nor agreement (blank cells, as the note says)
    expect(rowStarting("Board").slice(0, 8)).toEqual([
      "Board",
      result.groups[0]?.overall.score,
      1,
      null,
      null,
      null,
      result.groups[0]?.overall.band?.label.en,
      null,
    ]);
    expect(plan.values.flat()).toContain(
      "Agreement r_wg (James, Demaree & Wolf, 1984), 0 to 1: below 0.70 opinions diverge. Not computed with fewer than 2 respondents (blank cell).",
    );
    // numbers are numbers, with their formats
    const row = plan.values.indexOf(rowStarting("Everyone"));
    expect(plan.formats.numberFormats[row]?.slice(1, 6)).toEqual([
      "0.0",
      "0",
      "0.0",
      "0.00",
      "0.00",
    ]);
  });

  it("has a per-area row with the figure's n and statistics, band, completeness, target, gap, priority, spread and groups", () => {
    // The lowest and highest respondent are individual scores: shown only with scores by respondent.
    const withRespondents = planResults(model, settings, result, [], run, "x", {
      showRespondentScores: true,
    });
    const people = rowStarting("People", withRespondents.values);
    expect(rowStarting("People").length).toBe(people.length - 2);
    expect(texts(plan.values)).not.toContain("Lowest respondent");
    expect(texts(withRespondents.values)).toContain("Lowest respondent");
    const area = result.areas[0];
    expect(people.slice(0, 16)).toEqual([
      "People",
      area?.score,
      2,
      area?.stats?.ci?.margin,
      area?.stats?.sd,
      0,
      area?.band?.label.en,
      "opinions diverge — discuss before acting",
      1,
      1,
      5,
      4,
      area?.gap,
      area?.priority,
      2,
      4.25,
    ]);
    // each shown group with its n, then the gap as a number and in words
    expect(people.slice(16, 22)).toEqual([4.25, 1, 2, 1, 2.25, "2.3 (Board above Customers)"]);
    const header =
      withRespondents.values.find((row) => row[0] === "Area" && row[1] === "Score") ?? [];
    expect(header.slice(16, 22)).toEqual([
      "Board",
      "n",
      "Customers",
      "n",
      "Gap between groups",
      "Which groups",
    ]);
    // sample SD of 4.25 and 2: |4.25 − 2| ÷ √2
    expect(area?.stats?.sd).toBeCloseTo(2.25 / Math.SQRT2, 12);
    expect(rowStarting("Process")[7]).toBeNull();
  });

  it("lists each shown group's area figures with their statistics", () => {
    const rows = plan.values.filter((row) => row[0] === "Board" && typeof row[1] === "string");
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ["Board", "People", 4.25, 1],
      ["Board", "Process", 2, 1],
    ]);
  });

  it("says which rule each list of areas follows", () => {
    expect(texts(plan.values)).toContain(
      "The 3 areas with the lowest score relative to their range: (score − min) ÷ (max − min).",
    );
    expect(texts(plan.values)).toContain(
      "The action plan orders areas by priority instead (area weight × gap to target), then weakest first.",
    );
    const untargeted = score(model, responses, { minGroupSize: 1 });
    const without = planResults(model, { ...settings, targets: {} }, untargeted, [], run, "x");
    expect(texts(without.values)).toContain(
      "With no targets, the action plan follows the same order.",
    );
    // the weakest first, whatever the priority
    const header = plan.values.findIndex((row) => row[3] === "Recommendation");
    expect(plan.values.slice(header + 1, header + 3).map((row) => row[0])).toEqual([
      "Process",
      "People",
    ]);
    expect(result.recommendations.map((r) => r.area)).toEqual(["people", "process"]);
  });

  it("hides scores by respondent when there are groups, unless asked; shows them without groups", () => {
    expect(rowStarting("Anna")).toEqual([]);
    expect(texts(plan.values)).toContain(
      "Not shown: there are groups, and individual scores would be visible to everyone who opens the file (setting “show scores by respondent”).",
    );
    const shown = planResults(model, settings, result, [], run, "x", {
      showRespondentScores: true,
    });
    expect(rowStarting("Anna", shown.values).slice(0, 5)).toEqual([
      "Anna",
      "Board",
      1,
      result.respondents[0]?.overall.score,
      result.respondents[0]?.overall.band?.label.en,
    ]);
    const ungrouped = score(model, {
      respondents: responses.respondents.map(({ group: _group, ...respondent }) => respondent),
    });
    const alone = planResults(model, settings, ungrouped, [], run, "x");
    expect(rowStarting("Anna", alone.values)[0]).toBe("Anna");
    const off = planResults(model, settings, ungrouped, [], run, "x", {
      showRespondentScores: false,
    });
    expect(rowStarting("Anna", off.values)).toEqual([]);
  });

  it("names each hidden group and why, in English and Italian", () => {
    const hidden = score(model, responses, { targets: settings.targets });
    const english = planResults(model, settings, hidden, [], run, "x");
    expect(texts(english.values)).toEqual(
      expect.arrayContaining([
        "Group “Board” hidden: fewer than 3 respondents.",
        "Group “Customers” hidden: fewer than 3 respondents.",
      ]),
    );
    // nothing of theirs is shown: no column, no series
    expect(english.values.flat()).not.toContain("Board");
    expect(english.charts[0]?.data.columns).toBe(2);
    const italian = planResults(model, { ...settings, lang: "it" }, hidden, [], run, "x");
    expect(texts(italian.values)).toContain("Gruppo «Board» nascosto: meno di 3 rispondenti.");
    const revealing = score(model, {
      respondents: [
        ...["a", "b", "c"].map((id) => ({ id, name: id, group: "Many", answers: { p1: 3 } })),
        { id: "d", name: "d", group: "Few", answers: { p1: 3 } },
      ],
    });
    const both = planResults(model, settings, revealing, [], run, "x");
    expect(texts(both.values)).toContain(
      "Group “Many” hidden too: together with “Everyone” it would reveal the figures of fewer than 3 respondents.",
    );
  });

  it("flags diverging opinions in Italian with 'voi'", () => {
    const italian = planResults(model, { ...settings, lang: "it" }, result, [], run, "x");
    expect(rowStarting("People (it)", italian.values)[7]).toBe(
      "opinioni divergenti: parlatene prima di agire",
    );
    expect(rowStarting("Tutti", italian.values)[0]).toBe("Tutti");
  });

  it("says an overall missing for N/A answers lacks applicable answers", () => {
    const mostlyNA = score(model, {
      respondents: [{ id: "r1", name: "Anna", answers: { p1: "na", p2: "na", r1: 3, r2: "dk" } }],
    });
    const built = planResults(model, settings, mostlyNA, [], run, "x");
    expect(rowStarting("Overall score", built.values).slice(1, 5)).toEqual([
      null,
      "of 1–5",
      "Not enough applicable answers",
      "No overall score: in at least one area fewer than 50% of the answers have a value, and the overall needs every area.",
    ]);
    expect(rowStarting("People", built.values)[6]).toBe("Not enough applicable answers");
  });

  it("never shows a negative zero: a gap that rounds to zero is written as zero", () => {
    const near = score(model, responses, {
      targets: { people: (result.areas[0]?.score ?? 0) - 0.04 },
    });
    expect(near.areas[0]?.gap).toBeCloseTo(-0.04, 12);
    const built = planResults(model, settings, near, [], run, "x");
    const gap = rowStarting("People", built.values)[12];
    expect(Object.is(gap, 0)).toBe(true);
    const numbers = built.values.flat().filter((v): v is number => typeof v === "number");
    expect(numbers.filter((v) => Object.is(v, -0) || (v < 0 && v > -0.05))).toEqual([]);
    expect(JSON.stringify(built.values)).not.toMatch(/-0[.,]0\b|"-0"/);
  });

  it("a count model shows means with one decimal, respondents per band and no contradicting label", () => {
    const { cx360, counted } = adaAndBea();
    const built = planResults(cx360, settings, counted, [], run, "x");
    const overall = rowStarting("Overall score", built.values);
    expect(overall.slice(1, 5)).toEqual([17.5, "of 0–25", "mean: see respondents per band", ""]);
    const header = built.values.find((row) => row[0] === "Respondents") ?? [];
    expect(header.slice(1, 2)).toEqual(["Mean (number of yes)"]);
    expect(header.slice(8, 11)).toEqual(cx360.bands.overall.map((band) => band.label.en));
    expect(rowStarting("Everyone", built.values).slice(1, 3)).toEqual([17.5, 2]);
    expect(rowStarting("Everyone", built.values)[6]).toBe("mean: see respondents per band");
    expect(rowStarting("Everyone", built.values).slice(8, 11)).toEqual([0, 1, 1]);
    // the band whose range excludes 17.5 labels only the respondent who scored 17 (and heads
    // the column of counts)
    const label = cx360.bands.overall[1]?.label.en;
    const rows = built.values.filter((row) => row.includes(label ?? ""));
    expect(rows.map((row) => row[0])).toEqual(["Respondents", "Ada"]);
    expect(rowStarting("Ada", built.values)[4]).toBe(label);
    expect(texts(built.values)).toContain(
      "Each respondent's score is their number of yes answers. For a group the Results show the mean, with one decimal, and how many respondents fall in each band; the mean gets a band only when all its respondents are in that band.",
    );
  });

  it("draws a radar and a column chart from a data block of areas × (everyone + shown groups)", () => {
    expect(plan.charts.map((chart) => chart.kind)).toEqual(["radar", "column"]);
    const data = plan.charts[0]?.data;
    expect(data?.columns).toBe(4);
    const header = plan.values[(data?.row ?? 0) - 1];
    expect(header?.slice(0, 4)).toEqual(["Area", "Everyone", "Board", "Customers"]);
  });

  it("lists data problems with their cells", () => {
    const withProblem = planResults(
      model,
      settings,
      result,
      [
        {
          kind: "unreadable-answer",
          cell: "D12",
          questionId: "p1",
          respondentId: "r2",
          value: "maybe",
        },
      ],
      { displayDate: "x" },
      "x",
    );
    const row = withProblem.values.find((candidate) => candidate[0] === "D12");
    expect(row?.slice(0, 4)).toEqual([
      "D12",
      "Bruno",
      "p1",
      "Invalid answer “maybe”: choose it from the dropdown.",
    ]);
  });

  it("says a formula cell is not an answer, showing the formula as text", () => {
    const formula = {
      kind: "formula-answer",
      cell: "E9",
      questionId: "p2",
      respondentId: "r1",
      value: '="level 5"',
    } as const;
    const row = planResults(
      model,
      settings,
      result,
      [formula],
      { displayDate: "x" },
      "x",
    ).values.find((candidate) => candidate[0] === "E9");
    expect(row?.slice(0, 4)).toEqual([
      "E9",
      "Anna",
      "p2",
      'The cell holds a formula (="level 5"), not an answer: choose the answer from the dropdown.',
    ]);
    expect(sheetProblemMessage(formula, "it")).toBe(
      'La cella contiene una formula (="level 5"), non una risposta: scegliete la risposta dal menu a tendina.',
    );
  });

  it("shows the scores of an area 'constructor' and a group 'constructor', never Object", () => {
    const renamed = levelModel();
    for (const area of renamed.areas) if (area.id === "people") area.id = "constructor";
    for (const question of renamed.questions)
      if (question.area === "people") question.area = "constructor";
    const scored = score(
      renamed,
      {
        respondents: [
          { id: "r1", name: "Anna", group: "constructor", answers: { p1: 5, p2: 5, r1: 3 } },
          { id: "r2", name: "Bruno", group: "toString", answers: { p1: 1, p2: 1, r1: 3 } },
        ],
      },
      { minGroupSize: 1 },
    );
    const built = planResults(
      renamed,
      { ...settings, targets: {} },
      scored,
      [],
      { displayDate: "x" },
      "x",
      { showRespondentScores: true },
    );
    const find = (text: string) => built.values.find((row) => row[0] === text) ?? [];
    // score, n, ±CI, sd, agreement, band, note, completeness, min, max, target, gap, priority,
    // lowest, highest, groups with their n
    const people = find("People");
    expect(people.slice(1, 3)).toEqual([3, 2]);
    expect(people.slice(6, 21)).toEqual([
      "fair",
      "opinions diverge — discuss before acting",
      1,
      1,
      5,
      null,
      null,
      null,
      1,
      5,
      5,
      1,
      1,
      1,
      4,
    ]);
    expect(find("Anna").slice(5, 7)).toEqual([5, 3]);
    expect(JSON.stringify(built.values)).not.toMatch(/function|NaN/);
  });
});

describe("action plan", () => {
  const run = { displayDate: "2026-11-24 10:00" };
  const context = { clientName: "Acme", areaIds: model.areas.map((area) => area.id) };
  const first = planActionPlan(settings, result, NO_PREVIOUS_PLAN, "Action plan · Acme", run);
  const typedInto = (cells: unknown[][]) =>
    cells.map((row) => {
      if (row[0] === "people")
        return [
          ...row.slice(0, 8),
          "Giulia",
          new Date(Date.UTC(2027, 0, 31)),
          "In progress",
          ...row.slice(11),
        ];
      return row;
    });
  const read = (cells: readonly (readonly unknown[])[]) => {
    const reading = readPlanEntries(cells, context);
    if (!reading.ok) throw new Error(`unreadable: ${reading.problem}`);
    return reading.plan;
  };
  const body = (plan: { values: CellValue[][] }) =>
    plan.values.slice(plan.values.findIndex((row) => row[0] === PLAN_KEY_MARKER) + 1);
  /** Owner, due date and status of each row of an area. */
  const typedOf = (plan: { values: CellValue[][] }, area: string) =>
    body(plan)
      .filter((row) => row[0] === area)
      .map((row) => row.slice(8, 11));
  const giulia = ["Giulia", new Date(Date.UTC(2027, 0, 31)), "In progress"];

  it("lists areas by priority with the model's recommendation and a To do status", () => {
    const header = first.values.findIndex((row) => row[0] === PLAN_KEY_MARKER);
    const rows = first.values.slice(header + 1);
    expect(rows.map((row) => row[0])).toEqual(result.recommendations.map((r) => r.area));
    expect(rows[0]?.[10]).toBe("To do");
    expect(first.protection?.editable).toEqual([
      { row: header + 2, column: 9, rows: rows.length, columns: 3 },
    ]);
  });

  it("re-scoring keeps owner, due date and status typed by the client", () => {
    const previous = read(typedInto(first.values));
    const again = planActionPlan(settings, result, previous, "Action plan · Acme", run);
    const people = again.values.find((row) => row[0] === "people");
    expect(people?.slice(8, 11)).toEqual(giulia);
    const dueRow = again.values.indexOf(people ?? []);
    expect(again.formats.numberFormats[dueRow]?.[9]).toBe("yyyy-mm-dd");
  });

  it("a new band brings its action to the area's row, which keeps what was typed on it", () => {
    const previous = read(typedInto(first.values));
    const moved = {
      ...result,
      recommendations: result.recommendations.map((r) =>
        r.area === "people" ? { ...r, band: "strong", text: { it: "x", en: "Sustain" } } : r,
      ),
    };
    const again = planActionPlan(settings, moved, previous, "x", run);
    const rows = body(again).filter((row) => row[0] === "people");
    expect(rows.map((row) => [row[1] === null ? null : "ranked", row[7], ...row.slice(8)])).toEqual(
      [["ranked", "Sustain", ...giulia, null]],
    );
  });

  it("rows showing only the add-on's default status are not kept once their area drops out", () => {
    // A row inserted by hand shows nothing but the status its dropdown defaulted to.
    const previous = read([...first.values, ["", "", "", "", "", "", "", "", "", "", "To do"]]);
    const again = planActionPlan(settings, { ...result, recommendations: [] }, previous, "x", run);
    const header = again.values.findIndex((row) => row[0] === PLAN_KEY_MARKER);
    expect(again.values.slice(header + 1)).toEqual([]);
  });

  it("keeps rows the client typed on even when the area is no longer listed", () => {
    const cells = typedInto(first.values);
    cells.push(["", "", "Extra", "", "", "", "", "Client's own action", "Marco", "", ""]);
    const previous = read(cells);
    const noRecommendations = { ...result, recommendations: [] };
    const again = planActionPlan(settings, noRecommendations, previous, "x", run);
    const kept = again.values.filter((row) => row[8] === "Giulia" || row[8] === "Marco");
    expect(kept).toHaveLength(2);
    expect(kept[1]?.[7]).toBe("Client's own action");
    expect(kept.map((row) => row[1])).toEqual([null, null]);
    // The area's row says since when it is out of the plan; the row added by hand was never in it.
    expect(kept.map((row) => row[11])).toEqual([
      "No longer in the plan since 2026-11-24 10:00",
      null,
    ]);
    // A later run keeps the first date.
    const later = planActionPlan(settings, noRecommendations, read(again.values), "x", {
      displayDate: "2027-01-05 09:00",
    });
    expect(later.values.filter((row) => row[8] === "Giulia").map((row) => row[11])).toEqual([
      "No longer in the plan since 2026-11-24 10:00",
    ]);
  });

  it("finds columns by their header in either language, wherever they are", () => {
    const typed = typedInto(first.values);
    const header = typed.findIndex((row) => row[0] === PLAN_KEY_MARKER);
    // Italian headers, the columns reversed, one inserted in front.
    const italian = typed.map((row, index) => {
      const cells =
        index === header
          ? row.map((cell) =>
              cell === "Owner" ? "Responsabile" : cell === "Status" ? "Stato" : cell,
            )
          : row;
      return index < header ? cells : ["", ...[...cells].reverse()];
    });
    const again = planActionPlan(settings, result, read(italian), "x", run);
    expect(typedOf(again, "people")).toEqual([giulia]);
  });

  it("keeps every copy of an area's row that someone typed on, under the area's row", () => {
    const typed = typedInto(first.values);
    const people = typed.findIndex((row) => row[0] === "people");
    const copy = [...(typed[people] ?? [])];
    copy[8] = "Marco";
    typed.splice(people + 1, 0, copy, [...(first.values[people] ?? [])]);
    const again = planActionPlan(settings, result, read(typed), "x", run);
    expect(typedOf(again, "people").map((row) => row[0])).toEqual(["Giulia", "Marco"]);
    const rows = body(again);
    const at = rows.findIndex((row) => row[0] === "people");
    expect(rows[at + 1]?.[0]).toBe("people");
    expect(rows[at + 1]?.[1]).toBeNull();
  });

  it("carries columns people added, header and content, to the right of its own", () => {
    const typed = typedInto(first.values).map((row, index, all) => {
      const header = all.findIndex((candidate) => candidate[0] === PLAN_KEY_MARKER);
      if (index === header) return ["Budget", ...row, "", "Notes"];
      if (row[0] === "process") return ["5 k€", ...row, "", "=not a formula"];
      return ["", ...row, "", ""];
    });
    const previous = read(typed);
    expect(previous.extraHeaders).toEqual(["Budget", "Notes"]);
    const again = planActionPlan(settings, result, previous, "x", run);
    const header = again.values.find((row) => row[0] === PLAN_KEY_MARKER) ?? [];
    expect(header.slice(-3)).toEqual(["Bussola CX note", "Budget", "Notes"]);
    const process = body(again).find((row) => row[0] === "process");
    expect(process?.slice(-2)).toEqual(["5 k€", "=not a formula"]);
    expect(typedOf(again, "people")).toEqual([giulia]);
    // People keep typing in their columns.
    const headerRow = again.values.indexOf(header) + 1;
    expect(again.protection?.editable).toContainEqual({
      row: headerRow + 1,
      column: 13,
      rows: body(again).length,
      columns: 2,
    });
  });

  it("reads keys written by an earlier version (area/band)", () => {
    const legacy = typedInto(first.values).map((row) =>
      row[0] === "people" || row[0] === "process" ? [`${row[0]}/weak`, ...row.slice(1)] : row,
    );
    const again = planActionPlan(settings, result, read(legacy), "x", run);
    expect(typedOf(again, "people")).toEqual([giulia]);
    expect(body(again).map((row) => row[0])).toEqual(result.recommendations.map((r) => r.area));
  });

  it("finds the key column by its keys when its header was typed over", () => {
    const typed = typedInto(first.values).map((row) =>
      row[0] === PLAN_KEY_MARKER ? ["Code", ...row.slice(1)] : row,
    );
    const again = planActionPlan(settings, result, read(typed), "x", run);
    expect(typedOf(again, "people")).toEqual([giulia]);
  });

  it("refuses a plan without its header row or its key column, unless nothing is left to keep", () => {
    const typed = typedInto(first.values);
    const header = typed.findIndex((row) => row[0] === PLAN_KEY_MARKER);
    const withoutHeader = typed.filter((_, index) => index !== header);
    expect(readPlanEntries(withoutHeader, context)).toEqual({ ok: false, problem: "header" });
    const withoutKeys = typed.map((row) => row.slice(1));
    expect(readPlanEntries(withoutKeys, context)).toEqual({ ok: false, problem: "keys" });
    expect(read(typed.slice(0, header))).toEqual(NO_PREVIOUS_PLAN);
    expect(read([[""]])).toEqual(NO_PREVIOUS_PLAN);
    expect(read(typed.slice(0, header + 1).map((row) => row.slice(1)))).toEqual(NO_PREVIOUS_PLAN);
  });

  it("skips a copy of the header row", () => {
    const typed = typedInto(first.values);
    const header = typed.find((row) => row[0] === PLAN_KEY_MARKER) ?? [];
    const plan = read([...typed, header]);
    expect(plan.entries.map((entry) => entry.area)).toEqual(
      result.recommendations.map((r) => r.area),
    );
  });

  it("reads rows sorted above the header row and carries text typed above it", () => {
    const typed = typedInto(first.values);
    const header = typed.findIndex((row) => row[0] === PLAN_KEY_MARKER);
    // A sort of the header and the areas' rows put the header last; a note typed in row 3.
    const sorted = [
      ...typed.slice(0, 2),
      ["Review with the board in March"],
      ...typed.slice(header + 1),
      typed[header] ?? [],
    ];
    const previous = read(sorted);
    const again = planActionPlan(settings, result, previous, "x", run);
    expect(typedOf(again, "people")).toEqual([giulia]);
    expect(body(again).map((row) => row[0])).toEqual([
      ...result.recommendations.map((r) => r.area),
      "Review with the board in March",
    ]);
    // Nor the instructions an earlier version wrote.
    const former = [
      typed[0] ?? [],
      [
        "Areas are in order of priority. Fill in owner, due date and status: every new scoring run keeps what you write.",
      ],
      ...typed.slice(2),
    ];
    expect(read(former).entries).toHaveLength(read(typed).entries.length);
    // The add-on's own title and instructions are not carried, in either language.
    const italianTitle = [["Bussola CX · Piano d'azione — Acme"], ...typed.slice(1)];
    expect(read(italianTitle).entries.map((entry) => entry.area)).toEqual(
      result.recommendations.map((r) => r.area),
    );
  });

  it("keeps a note a person typed in the add-on's note column, and counts it as typed", () => {
    const cells = first.values.map((row) =>
      row[0] === "people" ? [...row.slice(0, 11), "Ask Marco first"] : row,
    );
    const again = planActionPlan(settings, result, read(cells), "x", run);
    expect(body(again).find((row) => row[0] === "people")?.[11]).toBe("Ask Marco first");
    // Out of the plan, the row with only a note stays; the add-on's own note is not typed text.
    const out = planActionPlan(settings, { ...result, recommendations: [] }, read(cells), "x", run);
    expect(body(out).map((row) => [row[0], row[11]])).toEqual([["people", "Ask Marco first"]]);
    const back = planActionPlan(settings, result, read(out.values), "x", run);
    expect(body(back).find((row) => row[0] === "people")?.[11]).toBe("Ask Marco first");
    const italianNote = first.values.map((row) =>
      row[0] === "people" ? [...row.slice(0, 11), "Non più nel piano dal 2026-01-02 10:00"] : row,
    );
    const cleared = planActionPlan(settings, result, read(italianNote), "x", run);
    expect(body(cleared).find((row) => row[0] === "people")?.[11]).toBeNull();
  });

  it("carries a copy of the header row with text in added columns, and keeps a helper row", () => {
    const withBudget = first.values.map((row) =>
      row[0] === PLAN_KEY_MARKER ? [...row, "Budget"] : [...row, ""],
    );
    const header = withBudget.findIndex((row) => row[0] === PLAN_KEY_MARKER);
    const copy = [...(withBudget[header] ?? []).slice(0, -1), "Q3 total: 12 k€"];
    const helper = ["", "", "", "", "", "", "", "", "", "", "", "", "k€, VAT excluded"];
    const cells = [
      ...withBudget.slice(0, header + 1),
      helper,
      ...withBudget.slice(header + 1),
      copy,
    ];
    const again = planActionPlan(settings, result, read(cells), "x", run);
    const rows = body(again);
    // The helper row stays right under the header; the copy is carried at the end.
    expect(rows[0]?.[12]).toBe("k€, VAT excluded");
    expect(rows[rows.length - 1]?.[12]).toBe("Q3 total: 12 k€");
    // A bare copy of the header row is still not an entry.
    expect(read([...withBudget, withBudget[header] ?? []]).entries).toHaveLength(
      withBudget.length - header - 1,
    );
  });

  it("matches keys whatever their case and spaces, and ids Sheets turned into numbers", () => {
    const cells = typedInto(first.values).map((row) =>
      row[0] === "people" ? [" PEOPLE ", ...row.slice(1)] : row,
    );
    const again = planActionPlan(settings, result, read(cells), "x", run);
    expect(typedOf(again, "people")).toEqual([giulia]);
    expect(body(again).map((row) => row[0])).toEqual(result.recommendations.map((r) => r.area));
    // Ids such as `1` come back from Sheets as numbers.
    const numeric = { ...context, areaIds: ["1", "process"] };
    const withNumber = typedInto(first.values).map((row) =>
      row[0] === "people" ? [1, ...row.slice(1)] : row,
    );
    const reading = readPlanEntries(withNumber, numeric);
    expect(reading.ok && reading.plan.entries.map((entry) => entry.area)).toContain("1");
    // A key Sheets turned into a date matches nothing, but its row is kept.
    const withDate = typedInto(first.values).map((row) =>
      row[0] === "people" ? [new Date(2024, 0, 1), ...row.slice(1)] : row,
    );
    const dated = planActionPlan(settings, result, read(withDate), "x", run);
    expect(body(dated).filter((row) => row[8] === "Giulia")).toHaveLength(1);
  });

  it("carries formulas people typed in the typed and added columns as formulas", () => {
    const cells = typedInto(first.values).map((row) =>
      row[0] === PLAN_KEY_MARKER ? [...row, "Budget"] : [...row, ""],
    );
    const formulas = cells.map((row) =>
      row.map((_, column) => {
        if (row[0] !== "people" && row[0] !== "process") return "";
        return column === 8 ? "=Team!B2" : column === 12 ? "=2*3" : "";
      }),
    );
    const reading = readPlanEntries(cells, context, formulas);
    if (!reading.ok) throw new Error("unreadable");
    const again = planActionPlan(settings, result, reading.plan, "x", run);
    const rows = body(again);
    const headerRow = again.values.findIndex((row) => row[0] === PLAN_KEY_MARKER) + 1;
    const at = (area: string) => headerRow + 1 + rows.findIndex((row) => row[0] === area);
    const written = again.formulas.flatMap(({ box, formulas: grid }) =>
      grid.flatMap((line, r) =>
        line.map((formula, c) => [box.row + r, box.column + c, formula] as const),
      ),
    );
    expect(written).toEqual(
      expect.arrayContaining([
        [at("people"), 9, "=Team!B2"],
        [at("process"), 9, "=Team!B2"],
        [at("people"), 13, "=2*3"],
        [at("process"), 13, "=2*3"],
      ]),
    );
    expect(written).toHaveLength(4);
  });
});

describe("history row", () => {
  it("has date, model, version, respondents, completeness, overall, band and every area", () => {
    const run = historyRow({ model, settings, result, displayDate: "2026-11-24 10:00" });
    expect(run.formats).toEqual(["@", "@", "@", "0", "0%", "0.0", "@", "0.0", "0.0"]);
    expect(run.values).toEqual([
      "2026-11-24 10:00",
      "level-test",
      "1.0.0",
      2,
      1,
      result.overall.score,
      result.overall.band?.label.en,
      result.areas[0]?.score,
      result.areas[1]?.score,
    ]);
  });

  it("records why the overall has no band: a count model's mean, or too many N/A", () => {
    const { cx360, counted } = adaAndBea();
    const band = (scored: typeof result, lang: "it" | "en" = "en") =>
      historyRow({
        model: cx360,
        settings: { ...settings, lang },
        result: scored,
        displayDate: "x",
      }).values[6];
    expect(band(counted)).toBe("mean: see respondents per band");
    expect(band(counted, "it")).toBe("media: vedere i rispondenti per fascia");
    const mostlyNA = score(model, {
      respondents: [{ id: "r1", name: "Anna", answers: { p1: "na", p2: "na", r1: 3, r2: 3 } }],
    });
    expect(band(mostlyNA)).toBe("Not enough applicable answers");
    expect(band(score(model, { respondents: [] }))).toBe("Insufficient answers");
  });
});

describe("last score kept for the sidebar", () => {
  it("keeps the overall band, or says in its place why there is none", () => {
    expect(lastScoreOf(result, 0, "t", "x").band).toEqual({
      label: result.overall.band?.label,
      color: result.overall.band?.color,
    });
    const { counted } = adaAndBea();
    expect(lastScoreOf(counted, 0, "t", "x")).toMatchObject({
      overall: 17.5,
      band: {
        label: {
          it: "media: vedere i rispondenti per fascia",
          en: "mean: see respondents per band",
        },
        color: "#9aa0a6",
      },
    });
    expect(lastScoreOf(score(model, { respondents: [] }), 0, "t", "x").band).toBeNull();
  });
});

describe("sheet names", () => {
  it("adds a number when the name is taken, ignoring case", () => {
    expect(uniqueSheetName("Questionario", "Acme", [])).toBe("Questionario · Acme");
    expect(uniqueSheetName("Questionario", "Acme", ["questionario · acme"])).toBe(
      "Questionario · Acme (2)",
    );
    expect(
      uniqueSheetName("Questionario", "Acme", ["Questionario · Acme", "Questionario · Acme (2)"]),
    ).toBe("Questionario · Acme (3)");
  });

  it("stays within 100 characters and drops characters sheet names cannot hold", () => {
    const long = uniqueSheetName("Questionario", "x".repeat(300), []);
    expect(long.length).toBe(100);
    expect(uniqueSheetName("Q", "x".repeat(300), [long.replace(/^Questionario/, "Q")]).length).toBe(
      100,
    );
    expect(cleanSheetName("A/B: [C]*?\\ D\n")).toBe("A B C D");
  });
});

describe("stored assessment", () => {
  const record: StoredAssessment = {
    id: "a1",
    createdAt: "2026-11-24T10:00:00.000Z",
    model: { ...model, description: { it: "x".repeat(90_000), en: "=y" } },
    settings,
    sheets: { questionnaire: { id: 7, name: "Q" }, results: null, plan: null, history: null },
    lastScore: null,
  };

  it("round-trips through chunked cells that fit Sheets and .xlsx cells", () => {
    const row = recordToRow(record);
    expect(row.length).toBeGreaterThan(4);
    expect(row.every((cell) => cell.length <= 32_767)).toBe(true);
    expect(rowToRecord(row)).toEqual({ ok: true, record });
  });

  it("never splits an emoji between two cells", () => {
    const base = { ...record, model };
    // Place the emoji's first half exactly on the last character of the first chunk.
    const at = JSON.stringify({ ...base, settings: { ...settings, clientName: "@@" } }).indexOf(
      "@@",
    );
    const clientName = `${"x".repeat(32_000 - 1 - at)}😀 Srl`;
    const emoji = { ...base, settings: { ...settings, clientName } };
    expect(JSON.stringify(emoji).charCodeAt(31_999)).toBe("😀".charCodeAt(0));
    const row = recordToRow(emoji);
    for (const cell of row.slice(2)) {
      const last = cell.charCodeAt(cell.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
    expect(rowToRecord(row)).toEqual({ ok: true, record: emoji });
  });

  it("reports damaged rows instead of trusting them", () => {
    const row = recordToRow(record);
    expect(rowToRecord(row.slice(0, 3))).toMatchObject({
      ok: false,
      id: "a1",
      reason: "unreadable JSON",
    });
    expect(rowToRecord(["a1", "9", "{}"])).toMatchObject({
      ok: false,
      reason: "unsupported storage version 9",
    });
  });
});
