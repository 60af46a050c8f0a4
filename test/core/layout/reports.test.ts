import { describe, expect, it } from "vitest";
import type { AssessmentSettings } from "../../../src/core/assessment/assessment";
import { score } from "../../../src/core/assessment/scoring";
import {
  recordToRow,
  rowToRecord,
  type StoredAssessment,
} from "../../../src/core/assessment/storage";
import {
  NO_PREVIOUS_PLAN,
  PLAN_KEY_MARKER,
  planActionPlan,
  readPlanEntries,
} from "../../../src/core/layout/action-plan";
import { historyRow } from "../../../src/core/layout/history";
import { cleanSheetName, uniqueSheetName } from "../../../src/core/layout/names";
import type { CellValue } from "../../../src/core/layout/plan";
import { planResults, problemMessage } from "../../../src/core/layout/results";
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
const result = score(
  model,
  {
    respondents: [
      { id: "r1", name: "Anna", group: "Board", answers: { p1: 5, p2: 4, r1: 2, r2: 4 } },
      { id: "r2", name: "Bruno", group: "Customers", answers: { p1: 2, p2: 2, r1: 1, r2: 5 } },
    ],
  },
  { targets: settings.targets },
);

describe("results plan", () => {
  const plan = planResults(
    model,
    settings,
    result,
    [],
    { displayDate: "2026-11-24 10:00" },
    "Results · Acme",
  );
  const rowStarting = (text: string) => plan.values.find((row) => row[0] === text) ?? [];

  it("shows the overall score with its band colour and description", () => {
    const overall = rowStarting("Overall score");
    expect(overall[1]).toBe(result.overall.score);
    expect(overall[3]).toBe(result.overall.band?.label.en);
    const row = plan.values.indexOf(overall);
    expect(plan.formats.backgrounds[row]?.[3]).toBe(result.overall.band?.color);
  });

  it("has a per-area row with score, band, completeness, target, gap, priority, spread and groups", () => {
    const people = rowStarting("People");
    const area = result.areas[0];
    expect(people.slice(0, 12)).toEqual([
      "People",
      area?.score,
      1,
      5,
      area?.band?.label.en,
      1,
      4,
      area?.gap,
      area?.priority,
      area?.spread?.min,
      area?.spread?.max,
      area?.spread?.sd,
    ]);
    expect(people.slice(12, 14)).toEqual([
      result.groups[0]?.areas.people?.score,
      result.groups[1]?.areas.people?.score,
    ]);
    expect(String(people[14])).toMatch(/Board above Customers/);
  });

  it("draws a radar and a column chart from a data block of areas × (everyone + groups)", () => {
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
    expect(problemMessage(formula, "it")).toBe(
      'La cella contiene una formula (="level 5"), non una risposta: scegliete la risposta dal menu a tendina.',
    );
  });

  it("shows the scores of an area 'constructor' and a group 'constructor', never Object", () => {
    const renamed = levelModel();
    for (const area of renamed.areas) if (area.id === "people") area.id = "constructor";
    for (const question of renamed.questions)
      if (question.area === "people") question.area = "constructor";
    const scored = score(renamed, {
      respondents: [
        { id: "r1", name: "Anna", group: "constructor", answers: { p1: 5, p2: 5, r1: 3 } },
        { id: "r2", name: "Bruno", group: "toString", answers: { p1: 1, p2: 1, r1: 3 } },
      ],
    });
    const built = planResults(
      renamed,
      { ...settings, targets: {} },
      scored,
      [],
      { displayDate: "x" },
      "x",
    );
    const find = (text: string) => built.values.find((row) => row[0] === text) ?? [];
    // score, min, max, band, completeness, target, gap, priority, lowest, highest, sd, groups
    expect(find("People").slice(1, 14)).toEqual([
      3,
      1,
      5,
      "fair",
      1,
      null,
      null,
      null,
      1,
      5,
      2,
      5,
      1,
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
