/**
 * Reading a questionnaire back: nothing a client typed is lost, nothing is misread. Formula cells
 * are reported, not scored; labels are read in the questionnaire's language first; ids named like
 * Object.prototype's properties are ids like any other.
 */
import { describe, expect, it } from "vitest";
import { readAnswers } from "../../src/core/assessment/answers";
import type { AssessmentSettings } from "../../src/core/assessment/assessment";
import { score } from "../../src/core/assessment/scoring";
import { planQuestionnaire } from "../../src/core/layout/questionnaire";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import type { Lang } from "../../src/core/texts/i18n";
import { levelModel, renamedLevelModel } from "../support/fixtures";

const settingsIn = (lang: Lang): AssessmentSettings => ({
  clientName: "Acme",
  lang,
  respondents: [
    { id: "r1", name: "Anna", group: "Direzione" },
    { id: "r2", name: "Bruno", group: "Clienti" },
  ],
  targets: {},
});
const settings = settingsIn("it");

/** A built-in option's Italian label by its value, so the tests follow the model's wording. */
const labelOf = (model: Model, value: number): string =>
  model.scales[0]?.options.find((option) => option.value === value)?.label.it ?? "";

/**
 * An area's entry, read as plain indexing would: a record missing its own "constructor" entry
 * yields Object here, whose score is undefined, so the assertion fails.
 */
const areaOf = <T>(areas: Readonly<Record<string, T>> | undefined, id: string) => areas?.[id];

/** The questionnaire as getValues and getFormulas return it: "" wherever nothing is. */
function sheetOf(model: Model, lang: Lang = "it") {
  const plan = planQuestionnaire(model, settingsIn(lang), "x");
  const values = plan.values.map((row) => row.map((value): unknown => value ?? ""));
  const formulas = values.map((row) => row.map((): unknown => ""));
  for (const block of plan.formulas ?? []) {
    block.formulas.forEach((line, i) => {
      line.forEach((formula, j) => {
        (formulas[block.box.row - 1 + i] as unknown[])[block.box.column - 1 + j] = formula;
      });
    });
  }
  const rowOf = (id: string) => values.findIndex((row) => row[0] === id);
  /** Respondent 0 → column D (index 3), 1 → E. */
  const put = (id: string, respondent: number, value: unknown, formula = "") => {
    (values[rowOf(id)] as unknown[])[3 + respondent] = value;
    (formulas[rowOf(id)] as unknown[])[3 + respondent] = formula;
  };
  return { values, formulas, rowOf, put };
}

describe("formula cells", () => {
  const model = builtinModels["cx-maturity"] as Model;
  const [q1, q2, q3] = model.questions.map((question) => question.id);

  it("reports a formula in an answer cell with its address and does not score its result", () => {
    const sheet = sheetOf(model);
    // Sheets shows the formula's result among the dropdown's items, so getValues returns it.
    sheet.put(q1 ?? "", 0, labelOf(model, 4), `="${labelOf(model, 4)}"`);
    sheet.put(q2 ?? "", 1, labelOf(model, 2));
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({});
    expect(read.responses.respondents[1]?.answers).toEqual({ [q2 ?? ""]: 2 });
    expect(read.answered).toEqual({ r1: 0, r2: 1 });
    expect(read.problems).toEqual([
      {
        kind: "formula-answer",
        cell: `D${sheet.rowOf(q1 ?? "") + 1}`,
        questionId: q1,
        respondentId: "r1",
        value: `="${labelOf(model, 4)}"`,
      },
    ]);
  });

  it("reports a formula whose result is empty or not an option, once", () => {
    const sheet = sheetOf(model);
    sheet.put(q1 ?? "", 0, "", '=IF(FALSE,"x","")');
    sheet.put(q3 ?? "", 1, "forse", "=E1");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.problems.map((problem) => [problem.kind, problem.cell, problem.value])).toEqual([
      ["formula-answer", `D${sheet.rowOf(q1 ?? "") + 1}`, '=IF(FALSE,"x","")'],
      ["formula-answer", `E${sheet.rowOf(q3 ?? "") + 1}`, "=E1"],
    ]);
    expect(read.answered).toEqual({ r1: 0, r2: 0 });
  });

  it("ignores formulas outside answer cells: the progress row's COUNTA stays", () => {
    const sheet = sheetOf(model);
    expect(sheet.formulas.flat().some((formula) => String(formula).startsWith("=COUNTA"))).toBe(
      true,
    );
    sheet.put(q1 ?? "", 0, labelOf(model, 5));
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.problems).toEqual([]);
    expect(read.answered.r1).toBe(1);
  });
});

describe("the questionnaire's language", () => {
  /** Option 1 reads "Low" in English, option 5 reads "Low" in Italian. */
  function collidingModel(): Model {
    const model = levelModel();
    const [scale] = model.scales;
    if (scale === undefined) throw new Error("no scale");
    scale.options = [
      { value: 1, label: { it: "Alto", en: "Low" } },
      { value: 2, label: { it: "Medio-basso", en: "Medium-low" } },
      { value: 3, label: { it: "Medio", en: "Medium" } },
      { value: 4, label: { it: "Medio-alto", en: "Medium-high" } },
      { value: 5, label: { it: "Low", en: "High" } },
    ];
    return model;
  }

  it("reads a label by the questionnaire's language: 'Low' on an Italian sheet is 5, never 1", () => {
    const model = collidingModel();
    const sheet = sheetOf(model);
    sheet.put("p1", 0, "Low");
    sheet.put("p2", 0, "low");
    sheet.put("r1", 0, "Alto");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({ p1: 5, p2: 5, r1: 1 });
    expect(read.problems).toEqual([]);
    expect(score(model, read.responses).respondents[0]?.areas.people?.score).toBe(5);
  });

  it("on an English sheet the same 'Low' is 1", () => {
    const model = collidingModel();
    const sheet = sheetOf(model, "en");
    sheet.put("p1", 0, "Low");
    sheet.put("p2", 0, "High");
    const read = readAnswers(model, settingsIn("en"), sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({ p1: 1, p2: 5 });
  });

  it("still reads the other language where it cannot be taken for an option of this one", () => {
    const model = collidingModel();
    const sheet = sheetOf(model);
    sheet.put("p1", 0, "High"); // only English, and only option 5
    sheet.put("p2", 0, "Medium-high");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({ p1: 5, p2: 4 });
    const maturity = builtinModels["cx-maturity"] as Model;
    const english = sheetOf(maturity);
    const id = maturity.questions[0]?.id ?? "";
    english.put(id, 0, maturity.scales[0]?.options[3]?.label.en);
    expect(
      readAnswers(maturity, settings, english.values, english.formulas).responses.respondents[0]
        ?.answers,
    ).toEqual({ [id]: 4 });
  });

  it("reports an other-language label that two options share, instead of picking one", () => {
    const model = collidingModel();
    const options = model.scales[0]?.options ?? [];
    for (const option of options.slice(1, 3)) option.label.en = "Medium";
    const sheet = sheetOf(model);
    sheet.put("p1", 0, "Medium");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({});
    expect(read.problems).toEqual([
      {
        kind: "unreadable-answer",
        cell: `D${sheet.rowOf("p1") + 1}`,
        questionId: "p1",
        respondentId: "r1",
        value: "Medium",
      },
    ]);
  });

  it("a bare number on the scale still beats the other language's label", () => {
    const model = collidingModel();
    const options = model.scales[0]?.options ?? [];
    const [first] = options;
    if (first !== undefined) first.label.en = "5";
    const sheet = sheetOf(model);
    sheet.put("p1", 0, 5);
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({ p1: 5 });
  });
});

describe("ids named like Object.prototype's properties", () => {
  const prototypeModel = (area = "constructor", question = "toString") =>
    renamedLevelModel(area, question);

  it("reads question 'toString' and '__proto__' answers as own answers", () => {
    for (const question of ["toString", "__proto__", "constructor"]) {
      const model = prototypeModel("constructor", question);
      const sheet = sheetOf(model);
      sheet.put(question, 0, "level 4 (it)");
      const read = readAnswers(model, settings, sheet.values, sheet.formulas);
      const answers = read.responses.respondents[0]?.answers ?? {};
      expect(Object.keys(answers)).toEqual([question]);
      expect(Object.getOwnPropertyDescriptor(answers, question)?.value).toBe(4);
      expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
      expect(read.answered.r1).toBe(1);
      // Nobody answered for Bruno: his empty answers read as unanswered, not as a function.
      const result = score(model, read.responses);
      expect(result.problems).toEqual([]);
      expect(areaOf(result.respondents[0]?.areas, "constructor")?.score).toBe(4);
      expect(areaOf(result.respondents[1]?.areas, "constructor")?.score).toBeNull();
    }
  });
});

describe("a copied respondent column", () => {
  const model = builtinModels["cx-maturity"] as Model;
  const [q1, q2] = model.questions.map((question) => question.id);

  /** Inserts a copy of column `from` (0-based) at `at`, in values and formulas alike. */
  function copyColumn(sheet: ReturnType<typeof sheetOf>, from: number, at: number) {
    for (const grid of [sheet.values, sheet.formulas]) {
      for (const row of grid) row.splice(at, 0, row[from]);
    }
  }
  const idRowOf = (values: unknown[][]) =>
    values.findIndex((row) => row[0] === "#respondent-ids") + 1;

  it("names both columns and, where they differ, scores neither rather than the leftmost", () => {
    const sheet = sheetOf(model);
    sheet.put(q1 ?? "", 0, labelOf(model, 2));
    sheet.put(q1 ?? "", 1, labelOf(model, 4));
    // Anna's column copied to the left of it (C), then the copy edited: it is not Anna's answer.
    copyColumn(sheet, 3, 3);
    (sheet.values[sheet.rowOf(q1 ?? "")] as unknown[])[3] = labelOf(model, 5);
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    const idRow = idRowOf(sheet.values);
    expect(read.duplicateColumns).toEqual([
      { respondentId: "r1", cells: [`D${idRow}`, `E${idRow}`], same: false },
    ]);
    expect(read.problems).toContainEqual({
      kind: "conflicting-respondent-column",
      cell: `D${idRow}, E${idRow}`,
      respondentId: "r1",
    });
    expect(read.responses.respondents[0]?.answers).toEqual({});
    expect(read.answered).toEqual({ r1: 0, r2: 1 });
    expect(read.columns).toEqual({ r2: 6 });
  });

  it("scores a copy that reads alike once, and still names both columns", () => {
    const sheet = sheetOf(model);
    sheet.put(q2 ?? "", 1, labelOf(model, 4));
    copyColumn(sheet, 4, 6);
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    const idRow = idRowOf(sheet.values);
    expect(read.duplicateColumns).toEqual([
      { respondentId: "r2", cells: [`E${idRow}`, `G${idRow}`], same: true },
    ]);
    expect(read.problems).toContainEqual({
      kind: "copied-respondent-column",
      cell: `E${idRow}, G${idRow}`,
      respondentId: "r2",
    });
    expect(read.responses.respondents[1]?.answers).toEqual({ [q2 ?? ""]: 4 });
    expect(read.columns).toEqual({ r1: 4, r2: 5 });
  });

  it("finds the notes column by its header, right of the respondents", () => {
    const sheet = sheetOf(model);
    expect(readAnswers(model, settings, sheet.values, sheet.formulas).notesColumn).toBe(6);
    // A column a person inserted before the notes: the notes move right, and are found there.
    for (const grid of [sheet.values, sheet.formulas]) for (const row of grid) row.splice(5, 0, "");
    expect(readAnswers(model, settings, sheet.values, sheet.formulas).notesColumn).toBe(7);
  });
});

describe("columns inserted before the ids", () => {
  it("reads every answer when people inserted columns before column A (found by the id marker)", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const sheet = sheetOf(model);
    const options = (model.scales[0]?.options ?? []).map((option) => option.label.it);
    model.questions.forEach((question, index) => {
      sheet.put(question.id, 0, options[index % options.length] ?? "");
    });
    const before = readAnswers(model, settings, sheet.values, sheet.formulas);
    const shift = (grid: unknown[][]) => grid.map((row) => ["", "", ...row]);
    const after = readAnswers(model, settings, shift(sheet.values), shift(sheet.formulas));
    expect(after.answered).toEqual(before.answered);
    expect(after.answered.r1).toBe(model.questions.length);
    expect(after.responses).toEqual(before.responses);
    expect(after.columns).toEqual({ r1: 6, r2: 7 });
    expect(after.problems).toEqual(before.problems);
  });
});

describe("don't know", () => {
  /** levelModel whose scale offers "don't know" (and N/A, as before). */
  function dontKnowModel(): Model {
    const model = levelModel();
    const [scale] = model.scales;
    if (scale !== undefined) scale.allowDontKnow = true;
    return model;
  }

  it("reads the questionnaire's own label, in any case, as don't know", () => {
    const model = dontKnowModel();
    const sheet = sheetOf(model);
    sheet.put("p1", 0, "Non so");
    sheet.put("p2", 0, "NON SO");
    sheet.put("r1", 0, "N/A");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({ p1: "dk", p2: "dk", r1: "na" });
    expect(read.answered.r1).toBe(3);
    expect(read.problems).toEqual([]);
  });

  it("reads the other language's label too, and offers it in the dropdown", () => {
    const model = dontKnowModel();
    const sheet = sheetOf(model);
    sheet.put("p1", 0, "Don't know");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[0]?.answers).toEqual({ p1: "dk" });
    const plan = planQuestionnaire(model, settings, "x");
    const rules = plan.validations?.rules.flat().find((rule) => rule !== null);
    expect(rules?.values.slice(-2)).toEqual(["Non so", "N/A"]);
  });

  it("is no answer on a scale that does not offer it", () => {
    const model = levelModel();
    const sheet = sheetOf(model);
    sheet.put("p1", 1, "Non so");
    const read = readAnswers(model, settings, sheet.values, sheet.formulas);
    expect(read.responses.respondents[1]?.answers).toEqual({});
    expect(read.problems).toEqual([
      {
        kind: "unreadable-answer",
        cell: `E${sheet.rowOf("p1") + 1}`,
        questionId: "p1",
        respondentId: "r2",
        value: "Non so",
      },
    ]);
  });
});
