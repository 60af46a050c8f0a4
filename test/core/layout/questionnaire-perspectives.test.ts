/**
 * The questionnaire of a model with perspectives and "don't know": a respondent's cell of a question
 * not asked of their perspective holds the not-asked mark (grey, no dropdown, not unanswered, left
 * out of their progress), questions show each perspective's wording under its name, and reading
 * skips those cells or reports what people typed in them.
 */
import { describe, expect, it } from "vitest";
import {
  locateRows,
  readAnswers,
  type SheetProblem,
  sheetProblemMessage,
} from "../../../src/core/assessment/answers";
import type { AssessmentSettings } from "../../../src/core/assessment/assessment";
import {
  generatedPlace,
  planQuestionnaire,
  questionnaireLayout,
  questionText,
} from "../../../src/core/layout/questionnaire";
import type { Model } from "../../../src/core/model/schema";
import type { Lang } from "../../../src/core/texts/i18n";
import { levelModel } from "../../support/fixtures";
import { perspectiveModel, perspectiveSettings } from "../../support/perspectives";

const model = perspectiveModel();
const settings = perspectiveSettings();
/** Columns of Anna (internal), Bruno (customer) and Carla (no perspective). */
const [ANNA, BRUNO, CARLA] = [4, 5, 6];
/** Who is asked what (see perspectiveModel). */
const NOT_ASKED: Record<number, string[]> = { [ANNA]: ["r2"], [BRUNO]: ["p2", "p3"], [CARLA]: [] };

function planOf(m: Model = model, s: AssessmentSettings = settings) {
  const plan = planQuestionnaire(m, s, "x");
  const rowOf = (id: string) => plan.values.findIndex((row) => row[0] === id) + 1;
  const cell = (row: number, column: number) => plan.values[row - 1]?.[column - 1];
  const ruleAt = (row: number, column: number) => {
    const box = plan.validations?.box;
    if (box === undefined) return undefined;
    return plan.validations?.rules[row - box.row]?.[column - box.column];
  };
  return { plan, rowOf, cell, ruleAt };
}

/** The sheet as getValues and getFormulas return it. */
function sheetOf(m: Model = model, s: AssessmentSettings = settings) {
  const { plan } = planOf(m, s);
  const values = plan.values.map((row) => row.map((value): unknown => value ?? ""));
  const formulas = values.map((row) => row.map((): unknown => ""));
  const rowOf = (id: string) => values.findIndex((row) => row[0] === id);
  const put = (id: string, column: number, value: unknown, formula = "") => {
    (values[rowOf(id)] as unknown[])[column - 1] = value;
    (formulas[rowOf(id)] as unknown[])[column - 1] = formula;
  };
  return { values, formulas, rowOf, put };
}

describe("cells not asked of a respondent's perspective", () => {
  const { plan, rowOf, cell, ruleAt } = planOf();

  it("hold the mark, grey and quiet, with no dropdown; every other answer cell is as before", () => {
    for (const column of [ANNA, BRUNO, CARLA]) {
      for (const question of model.questions) {
        const row = rowOf(question.id);
        const notAsked = NOT_ASKED[column]?.includes(question.id) === true;
        const where = `${question.id} in column ${column}`;
        expect(cell(row, column), where).toBe(notAsked ? "—" : null);
        expect(plan.formats.backgrounds[row - 1]?.[column - 1], where).toBe(
          notAsked ? "#eeeeee" : null,
        );
        expect(plan.formats.fontColors[row - 1]?.[column - 1], where).toBe(
          notAsked ? "#5f6368" : null,
        );
        expect(ruleAt(row, column) ?? null, where).toEqual(
          notAsked ? null : expect.objectContaining({ values: expect.any(Array) }),
        );
        // Plain text, like every answer cell, so the mark stays what it is.
        expect(plan.formats.numberFormats[row - 1]?.[column - 1], where).toBe("@");
      }
    }
  });

  it("stay out of the unanswered highlight by holding the mark (the highlight is for empty cells)", () => {
    expect(plan.highlightEmpty?.background).toBe("#fff3c4");
    for (const [column, ids] of Object.entries(NOT_ASKED))
      for (const id of ids) expect(cell(rowOf(id), Number(column))).not.toBe("");
  });

  it("are taken off each respondent's progress as a plain number, no separator", () => {
    const { firstBodyRow, lastRow } = questionnaireLayout(model, 3);
    expect(plan.formulas).toEqual([
      {
        box: { row: questionnaireLayout(model, 3).progressRow, column: ANNA, rows: 1, columns: 3 },
        formulas: [
          [
            `=COUNTA(D${firstBodyRow}:D${lastRow})-1`,
            `=COUNTA(E${firstBodyRow}:E${lastRow})-2`,
            `=COUNTA(F${firstBodyRow}:F${lastRow})`,
          ],
        ],
      },
    ]);
  });

  it("are not counted when the question's row sits above the counted rows", () => {
    // r2 (not asked of Anna) moved above the id row: outside COUNTA's range, so not taken off.
    const place = generatedPlace(model);
    const questionRows = new Map(place.questionRows);
    questionRows.set("r2", place.headerRow - 1);
    const moved = planQuestionnaire(model, settings, "x", { ...place, questionRows });
    expect(moved.values[place.headerRow - 2]?.[ANNA - 1]).toBe("—");
    const last = Math.max(...[...questionRows.values(), ...place.headingRows.values()]);
    expect(moved.formulas[0]?.formulas[0]?.[0]).toBe(`=COUNTA(D${place.idRow + 1}:D${last})`);
    expect(moved.formulas[0]?.formulas[0]?.[1]).toBe(`=COUNTA(E${place.idRow + 1}:E${last})-2`);
  });

  it("are explained in the legend, which also names don't know", () => {
    const legend = String(cell(5, 1));
    expect(legend).toContain("level 5 (it) · Non so · N/A = non applicabile");
    expect(legend.split("\n").at(-1)).toBe(
      "— = domanda non rivolta a voi (è per altri rispondenti): lasciate la cella così com'è.",
    );
    const english = planOf(model, perspectiveSettings("en")).cell(5, 1);
    expect(String(english)).toContain("level 5 · Don't know · N/A = not applicable");
    expect(String(english)).toContain(
      "— = a question not asked of you (it is for other respondents)",
    );
  });

  it("are never there in a model without perspectives: no mark, no legend line, the old label", () => {
    const old = planOf(levelModel(), { ...settings, perspectives: { Direzione: "internal" } });
    const body = old.plan.values.slice(questionnaireLayout(levelModel(), 3).firstBodyRow - 1);
    expect(body.flat()).not.toContain("—");
    expect(String(old.cell(5, 1))).not.toContain("—");
    expect(String(old.cell(5, 1))).not.toContain("Non so");
    expect(old.cell(questionnaireLayout(levelModel(), 3).progressRow, 3)).toBe(
      "Risposte date (su 4)",
    );
  });
});

describe("the progress label", () => {
  it("says how many questions each perspective is asked", () => {
    const { cell } = planOf();
    expect(cell(questionnaireLayout(model, 3).progressRow, 3)).toBe(
      "Risposte date (domande poste: Internal (it) 4 · Customers (it) 3)",
    );
    const english = planOf(model, perspectiveSettings("en"));
    expect(english.cell(questionnaireLayout(model, 3).progressRow, 3)).toBe(
      "Answers given (questions asked: Internal 4 · Customers 3)",
    );
  });

  it("is how the progress row is found again, with a row inserted between it and the ids", () => {
    // Without its label read, the progress row would be taken to be the row just above the ids.
    const { values } = sheetOf();
    const { progressRow, idRow } = questionnaireLayout(model, 3);
    values.splice(progressRow, 0, values[0]?.map(() => "") ?? []);
    const found = locateRows(model, "it", values);
    expect([found.progressRow, found.idRow]).toEqual([progressRow, idRow + 1]);
  });

  it("plans, on the rows found on a sheet nobody touched, the very plan that made it", () => {
    const { values } = sheetOf();
    const found = { ...locateRows(model, "it", values), firstAnswerColumn: 4 };
    expect(planQuestionnaire(model, settings, "x", found)).toEqual(
      planQuestionnaire(model, settings, "x"),
    );
  });
});

describe("a question in each perspective's words", () => {
  const named = (lang: Lang, id: string) => {
    const question = model.questions.find((q) => q.id === id);
    if (question === undefined) throw new Error(id);
    return questionText(model, question, lang);
  };

  it("shows its text under the perspectives without a wording, then each wording under its name", () => {
    expect(named("en", "p1")).toBe("Internal: P1\nCustomers: I feel understood");
    expect(named("it", "r1")).toBe("Internal (it): R1 (it)\nCustomers (it): R1 as I see it (it)");
    expect(planOf().cell(planOf().rowOf("p1"), 3)).toBe(named("it", "p1"));
  });

  it("shows a question without wordings as before, whoever is asked it", () => {
    expect(named("en", "p2")).toBe("P2");
    expect(named("en", "r2")).toBe("R2");
  });

  it("leaves the plain text out when every perspective asked has its own wording", () => {
    const both = perspectiveModel();
    const r1 = both.questions.find((q) => q.id === "r1");
    if (r1 === undefined) throw new Error("r1");
    r1.wording = { ...r1.wording, internal: { it: "Noi (it)", en: "We" } };
    r1.theme = { it: "Tema", en: "Theme" };
    expect(questionText(both, r1, "en")).toBe("[Theme] Internal: We\nCustomers: R1 as I see it");
  });

  it("keeps the theme first on a question without wordings", () => {
    const themed = levelModel();
    const [p1] = themed.questions;
    if (p1 === undefined) throw new Error("p1");
    p1.theme = { it: "Tema", en: "Theme" };
    expect(questionText(themed, p1, "it")).toBe("[Tema] P1 (it)");
  });
});

describe("respondents added later", () => {
  it("get their marks, dropdowns and progress in their new columns", () => {
    const { values } = sheetOf();
    const found = { ...locateRows(model, "it", values), firstAnswerColumn: 4 };
    const more: AssessmentSettings = {
      ...settings,
      respondents: [...settings.respondents, { id: "r4", name: "Dario", group: "Clienti" }],
    };
    const plan = planQuestionnaire(model, more, "x", found);
    const dario = 7;
    const rowOf = (id: string) => found.questionRows.get(id) ?? 0;
    const box = plan.validations?.box;
    const rule = (id: string) => plan.validations?.rules[rowOf(id) - (box?.row ?? 0)]?.[dario - 4];
    expect(
      ["p1", "p2", "p3", "r1", "r2"].map((id) => plan.values[rowOf(id) - 1]?.[dario - 1]),
    ).toEqual([null, "—", "—", null, null]);
    expect(rule("p2")).toBeNull();
    expect(rule("r2")?.values).toContain("Non so");
    expect(plan.formulas[0]?.formulas[0]?.[3]).toBe(
      `=COUNTA(G${found.idRow + 1}:G${rowOf("r2")})-2`,
    );
    // The existing respondents' columns plan exactly as they were written.
    const before = planQuestionnaire(model, settings, "x", found);
    for (const row of before.values.keys())
      expect(plan.values[row]?.slice(0, 6)).toEqual(before.values[row]?.slice(0, 6));
  });
});

describe("reading a questionnaire with perspectives", () => {
  it("skips not-asked cells holding the mark or nothing: no answer, not unanswered", () => {
    const sheet = sheetOf();
    sheet.put("p2", BRUNO, ""); // a mark someone cleared
    sheet.put("p1", BRUNO, "level 2 (it)");
    sheet.put("r2", BRUNO, "Non so");
    sheet.put("p1", ANNA, "level 4 (it)");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.problems).toEqual([]);
    expect(read.responses.respondents.map((r) => r.answers)).toEqual([
      { p1: 4 },
      { p1: 2, r2: "dk" },
      {},
    ]);
    expect(read.answered).toEqual({ r1: 1, r2: 2, r3: 0 });
  });

  it("counts only asked questions as answered: a full column is its perspective's total", () => {
    const sheet = sheetOf();
    for (const id of ["p1", "p2", "p3", "r1"]) sheet.put(id, ANNA, "level 3 (it)");
    for (const id of ["p1", "r1", "r2"]) sheet.put(id, BRUNO, "N/A");
    for (const q of model.questions) sheet.put(q.id, CARLA, 5);
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.answered).toEqual({ r1: 4, r2: 3, r3: 5 });
    expect(read.problems).toEqual([]);
  });

  it("reports anything typed in a not-asked cell at its address and never scores it", () => {
    const sheet = sheetOf();
    sheet.put("r2", ANNA, "level 5 (it)");
    sheet.put("p3", BRUNO, "-");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({});
    expect(read.responses.respondents[1]?.answers).toEqual({});
    expect(read.answered).toEqual({ r1: 0, r2: 0, r3: 0 });
    expect(read.problems).toEqual([
      {
        kind: "not-asked-answer",
        cell: `D${sheet.rowOf("r2") + 1}`,
        questionId: "r2",
        respondentId: "r1",
        value: "level 5 (it)",
      },
      {
        kind: "not-asked-answer",
        cell: `E${sheet.rowOf("p3") + 1}`,
        questionId: "p3",
        respondentId: "r2",
        value: "-",
      },
    ]);
  });

  it("reports a formula in a not-asked cell as not asked, even one that shows the mark", () => {
    const sheet = sheetOf();
    sheet.put("p2", BRUNO, "—", '="—"');
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.problems).toEqual([
      {
        kind: "not-asked-answer",
        cell: `E${sheet.rowOf("p2") + 1}`,
        questionId: "p2",
        respondentId: "r2",
        value: '="—"',
      },
    ]);
  });

  it("reads the mark in a cell that is asked as what it is: not an answer", () => {
    const sheet = sheetOf();
    sheet.put("r2", CARLA, "—");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.problems.map((problem) => [problem.kind, problem.cell])).toEqual([
      ["unreadable-answer", `F${sheet.rowOf("r2") + 1}`],
    ]);
  });

  it("says what a not-asked problem means, in the questionnaire's language", () => {
    const problem: SheetProblem = {
      kind: "not-asked-answer",
      cell: "D17",
      questionId: "r2",
      respondentId: "r1",
      value: "level 5",
    };
    expect(sheetProblemMessage(problem, "en")).toBe(
      "This question is not asked of this respondent, yet the cell holds “level 5”: it is not counted. Put “—” back in the cell.",
    );
    expect(sheetProblemMessage(problem, "it")).toBe(
      "Questa domanda non è posta a questo rispondente, ma la cella contiene «level 5»: non viene conteggiata. Rimettete «—» nella cella.",
    );
  });
});
