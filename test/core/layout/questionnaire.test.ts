import { describe, expect, it } from "vitest";
import { locateRows, readAnswers } from "../../../src/core/assessment/answers";
import type { AssessmentSettings } from "../../../src/core/assessment/assessment";
import { asLiteralText } from "../../../src/core/layout/plan";
import {
  generatedPlace,
  planQuestionnaire,
  type QuestionnaireRows,
  questionnaireLayout,
  RESPONDENT_ID_MARKER,
} from "../../../src/core/layout/questionnaire";
import { builtinModels } from "../../../src/core/model/builtin";
import type { Model } from "../../../src/core/model/schema";
import { levelModel } from "../../support/fixtures";

const settings: AssessmentSettings = {
  clientName: "Acme",
  lang: "it",
  respondents: [
    { id: "r1", name: "Anna", group: "Direzione" },
    { id: "r2", name: "Bruno", group: "Clienti" },
  ],
  targets: {},
};

describe("questionnaire plan", () => {
  const model = levelModel();
  const plan = planQuestionnaire(model, settings, "Questionario · Acme");
  const layout = questionnaireLayout(model, 2);
  const cell = (row: number, column: number) => plan.values[row - 1]?.[column - 1];

  it("has the title, source, instructions and scale legend in the questionnaire's language", () => {
    expect(cell(1, 1)).toBe("Bussola CX · Level test (it) — Acme");
    expect(cell(2, 1)).toBe("Fonte: Test citation (it)");
    expect(String(cell(5, 1))).toContain("level 1 (it) · level 2 (it)");
    expect(String(cell(5, 1))).toContain("N/A = non applicabile");
  });

  it("puts one answer column per respondent, with name, group and hidden id, then notes", () => {
    expect(cell(layout.headerRow, 4)).toBe("Anna");
    expect(cell(layout.groupRow, 5)).toBe("Clienti");
    expect(cell(layout.idRow, 1)).toBe(RESPONDENT_ID_MARKER);
    expect([cell(layout.idRow, 4), cell(layout.idRow, 5)]).toEqual(["r1", "r2"]);
    expect(cell(layout.headerRow, 6)).toBe("Note");
    expect(plan.hiddenRows).toEqual([{ row: layout.idRow, count: 1 }]);
  });

  it("groups questions under their area, each row carrying its question id in column A", () => {
    const ids = plan.values
      .map((row) => row[0])
      .filter((id) => typeof id === "string" && /^[pr]\d$/.test(id));
    expect(ids).toEqual(["p1", "p2", "r1", "r2"]);
    const firstBlock = layout.areaBlocks[0];
    expect(cell((firstBlock?.firstRow ?? 0) - 1, 2)).toBe("People (it)");
  });

  it("counts progress per respondent with one-argument COUNTA formulas", () => {
    expect(plan.formulas).toEqual([
      {
        box: { row: layout.progressRow, column: 4, rows: 1, columns: 2 },
        formulas: [
          [
            `=COUNTA(D${layout.firstBodyRow}:D${layout.lastRow})`,
            `=COUNTA(E${layout.firstBodyRow}:E${layout.lastRow})`,
          ],
        ],
      },
    ]);
  });

  it("gives question rows a dropdown of the scale's options and area rows none", () => {
    const validations = plan.validations;
    expect(validations?.box).toEqual({
      row: layout.firstBodyRow,
      column: 4,
      rows: layout.lastRow - layout.firstBodyRow + 1,
      columns: 2,
    });
    const firstQuestion = (layout.areaBlocks[0]?.firstRow ?? 0) - layout.firstBodyRow;
    expect(validations?.rules[0]?.[0]).toBeNull();
    expect(validations?.rules[firstQuestion]?.[1]?.values).toEqual([
      "level 1 (it)",
      "level 2 (it)",
      "level 3 (it)",
      "level 4 (it)",
      "level 5 (it)",
      "N/A",
    ]);
  });

  it("protects everything but the answer and notes cells, and highlights empty answers", () => {
    expect(plan.protection?.editable).toEqual(
      layout.areaBlocks.map((block) => ({
        row: block.firstRow,
        column: 4,
        rows: block.rows,
        columns: 3,
      })),
    );
    expect(plan.highlightEmpty?.boxes).toEqual(
      layout.areaBlocks.map((block) => ({
        row: block.firstRow,
        column: 4,
        rows: block.rows,
        columns: 2,
      })),
    );
    expect(plan.frozenRows).toBe(layout.idRow);
  });

  it("keeps every built-in model's grid rectangular", () => {
    for (const builtin of Object.values(builtinModels)) {
      const built = planQuestionnaire(builtin, settings, "x");
      const width = built.values[0]?.length;
      expect(built.values.every((row) => row.length === width)).toBe(true);
      expect(built.formats.backgrounds.every((row) => row.length === width)).toBe(true);
    }
  });
});

/** A built-in option's Italian label by its value, so the tests follow the model's wording. */
const labelOf = (model: Model, value: number): string =>
  model.scales[0]?.options.find((option) => option.value === value)?.label.it ?? "";

/** A questionnaire without a formula in it, as getFormulas would say with "" in every cell. */
const NO_FORMULAS: readonly (readonly unknown[])[] = [];

describe("reading answers back", () => {
  const model = builtinModels["cx-maturity"] as Model;
  const plan = planQuestionnaire(model, settings, "x");
  const layout = questionnaireLayout(model, 2);
  const grid = () => plan.values.map((row) => row.map((value) => value ?? ""));
  const rowOf = (cells: unknown[][], id: string) => cells.findIndex((row) => row[0] === id);

  it("maps dropdown labels, N/A and bare numbers to values; blanks are unanswered", () => {
    const cells = grid();
    const [q1, q2, q3] = model.questions;
    (cells[rowOf(cells, q1?.id ?? "")] as unknown[])[3] = labelOf(model, 4);
    (cells[rowOf(cells, q2?.id ?? "")] as unknown[])[3] = "N/A";
    (cells[rowOf(cells, q3?.id ?? "")] as unknown[])[4] = 2;
    // N/A is read where the scale offers it, whether or not the built-in's scale does today.
    const withNA = structuredClone(model);
    for (const scale of withNA.scales) scale.allowNA = true;
    const read = readAnswers(withNA, settings, cells, NO_FORMULAS);
    expect(read.responses.respondents[0]?.answers).toEqual({
      [q1?.id ?? ""]: 4,
      [q2?.id ?? ""]: "na",
    });
    expect(read.responses.respondents[1]?.answers).toEqual({ [q3?.id ?? ""]: 2 });
    expect(read.answered).toEqual({ r1: 2, r2: 1 });
    expect(read.problems).toEqual([]);
  });

  it("reads a label before a bare value, so labels '1'..'5' on values 0..4 score right", () => {
    const shifted = levelModel();
    (
      shifted.scales[0] as { options: { value: number; label: { it: string; en: string } }[] }
    ).options = [0, 1, 2, 3, 4].map((value) => ({
      value,
      label: { it: String(value + 1), en: String(value + 1) },
    }));
    for (const area of shifted.areas) area.range = { min: 0, max: 4 };
    for (const band of [...shifted.bands.overall, ...shifted.bands.areas]) {
      band.min -= 1;
      band.max -= 1;
    }
    const cells = planQuestionnaire(shifted, settings, "x").values.map((row) =>
      row.map((value) => value ?? ""),
    );
    (cells[cells.findIndex((row) => row[0] === "p1")] as unknown[])[3] = "1";
    (cells[cells.findIndex((row) => row[0] === "p2")] as unknown[])[3] = 5;
    expect(
      readAnswers(shifted, settings, cells, NO_FORMULAS).responses.respondents[0]?.answers,
    ).toEqual({
      p1: 0,
      p2: 4,
    });
  });

  it("reports unreadable text with its cell address and does not count it", () => {
    const cells = grid();
    const row = rowOf(cells, model.questions[0]?.id ?? "");
    (cells[row] as unknown[])[4] = "molto";
    const read = readAnswers(model, settings, cells, NO_FORMULAS);
    expect(read.problems).toEqual([
      {
        kind: "unreadable-answer",
        cell: `E${row + 1}`,
        questionId: model.questions[0]?.id,
        respondentId: "r2",
        value: "molto",
      },
    ]);
    expect(read.answered.r2).toBe(0);
  });

  it("finds rows by question id after rows are sorted, moved or reversed", () => {
    const cells = grid();
    const body = cells.slice(layout.firstBodyRow - 1).reverse();
    const moved = [...cells.slice(0, layout.firstBodyRow - 1), ...body];
    const id = model.questions[5]?.id ?? "";
    (moved[rowOf(moved, id)] as unknown[])[3] = labelOf(model, 5);
    expect(
      readAnswers(model, settings, moved, NO_FORMULAS).responses.respondents[0]?.answers,
    ).toEqual({
      [id]: 5,
    });
  });

  it("finds answer columns by respondent id after columns are moved", () => {
    const cells = grid().map((row) => [row[0], row[1], row[2], row[4], row[3], ...row.slice(5)]);
    const id = model.questions[0]?.id ?? "";
    (cells[rowOf(cells, id)] as unknown[])[3] = labelOf(model, 1); // now Bruno's column
    const read = readAnswers(model, settings, cells, NO_FORMULAS);
    expect(read.responses.respondents[1]?.answers).toEqual({ [id]: 1 });
    expect(read.responses.respondents[0]?.answers).toEqual({});
  });

  it("reports deleted question rows and duplicated ones", () => {
    const cells = grid();
    const deleted = model.questions[0]?.id ?? "";
    const duplicated = model.questions[1]?.id ?? "";
    const withoutRow = cells.filter((row) => row[0] !== deleted);
    withoutRow.push([
      ...(withoutRow[rowOf(withoutRow, duplicated)] as unknown[]),
    ] as (typeof cells)[number]);
    const kinds = readAnswers(model, settings, withoutRow, NO_FORMULAS).problems.map((p) => [
      p.kind,
      p.questionId,
    ]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["missing-question-row", deleted],
        ["duplicate-question-row", duplicated],
      ]),
    );
  });

  it("refuses a questionnaire whose respondent-id row is gone", () => {
    const cells = grid().filter((row) => row[0] !== RESPONDENT_ID_MARKER);
    expect(() => readAnswers(model, settings, cells, NO_FORMULAS)).toThrow(/respondent-id row/);
  });
});

describe("finding a questionnaire's rows where they are now", () => {
  const model = builtinModels["cx-maturity"] as Model;
  /** The sheet as getValues returns it. */
  const grid = (m: Model = model) =>
    planQuestionnaire(m, settings, "x").values.map((row) =>
      row.map((value): unknown => value ?? ""),
    );
  const blank = (cells: unknown[][]) => (cells[0] ?? []).map(() => "");
  const rowsOf = (found: QuestionnaireRows) => ({
    ...found,
    questionRows: Object.fromEntries(found.questionRows),
    headingRows: Object.fromEntries(found.headingRows),
  });

  it("finds, on a sheet nobody touched, every row where the layout put it", () => {
    for (const builtin of Object.values(builtinModels)) {
      const { firstAnswerColumn, ...generated } = generatedPlace(builtin);
      expect(firstAnswerColumn).toBe(4);
      expect(rowsOf(locateRows(builtin, "it", grid(builtin)))).toEqual(rowsOf(generated));
    }
  });

  it("follows rows inserted above the header and among the questions, and sorted questions", () => {
    const cells = grid();
    const { headerRow } = questionnaireLayout(model, 2);
    cells.splice(headerRow - 1, 0, blank(cells)); // a row above the header
    const second = cells.findIndex((row) => row[0] === model.questions[1]?.id);
    cells.splice(second, 0, blank(cells)); // a blank row among the first area's questions
    const lastArea = model.areas.at(-1)?.id;
    const tail = cells.filter((row) =>
      model.questions.some((q) => q.id === row[0] && q.area === lastArea),
    );
    const start = cells.indexOf(tail[0] as unknown[]);
    cells.splice(start, tail.length, ...[...tail].reverse()); // the last area sorted Z→A
    const found = locateRows(model, "it", cells);
    expect([found.headerRow, found.groupRow, found.progressRow, found.idRow]).toEqual([
      headerRow + 1,
      headerRow + 2,
      headerRow + 3,
      headerRow + 4,
    ]);
    for (const question of model.questions) {
      expect(cells[(found.questionRows.get(question.id) ?? 0) - 1]?.[0], question.id).toBe(
        question.id,
      );
    }
    for (const area of model.areas) {
      expect(cells[(found.headingRows.get(area.id) ?? 0) - 1]?.[1], area.id).toBe(area.name.it);
    }
    expect(readAnswers(model, settings, cells, NO_FORMULAS).rows).toEqual(found);
  });

  it("keeps header, group and progress next to the id row when their labels were retyped", () => {
    const cells = grid();
    const { headerRow, groupRow, progressRow, idRow } = questionnaireLayout(model, 2);
    (cells[headerRow - 1] as unknown[])[0] = "Codice";
    (cells[groupRow - 1] as unknown[])[2] = "Reparto";
    (cells[progressRow - 1] as unknown[])[2] = "Fatte";
    const found = locateRows(model, "it", cells);
    expect([found.headerRow, found.groupRow, found.progressRow, found.idRow]).toEqual([
      headerRow,
      groupRow,
      progressRow,
      idRow,
    ]);
  });

  it("plans every write on the rows found: names, ids, progress, dropdowns, editable boxes", () => {
    const small = levelModel();
    const cells = grid(small);
    const { headerRow } = questionnaireLayout(small, 2);
    cells.splice(headerRow - 1, 0, blank(cells));
    cells.splice(
      cells.findIndex((row) => row[0] === "p2"),
      0,
      blank(cells),
    );
    const found = locateRows(small, "it", cells);
    const plan = planQuestionnaire(small, settings, "x", { ...found, firstAnswerColumn: 4 });
    const at = (row: number, column: number) => plan.values[row - 1]?.[column - 1];
    expect([at(found.headerRow, 4), at(found.groupRow, 5), at(found.idRow, 5)]).toEqual([
      "Anna",
      "Clienti",
      "r2",
    ]);
    expect(plan.values.map((row) => row[0])).toEqual(
      cells.map((row) => (row[0] === "" ? null : row[0])),
    );
    const p1 = found.questionRows.get("p1") ?? 0;
    const p2 = found.questionRows.get("p2") ?? 0;
    const r2 = found.questionRows.get("r2") ?? 0;
    expect(p2).toBe(p1 + 2);
    expect(plan.formulas[0]?.box.row).toBe(found.progressRow);
    expect(plan.formulas[0]?.formulas[0]?.[0]).toBe(`=COUNTA(D${found.idRow + 1}:D${r2})`);
    // p1 alone, then p2, then the second area: the inserted row between p1 and p2 stays locked.
    expect(plan.protection?.editable).toEqual([
      { row: p1, column: 4, rows: 1, columns: 3 },
      { row: p2, column: 4, rows: 1, columns: 3 },
      { row: found.questionRows.get("r1") ?? 0, column: 4, rows: 2, columns: 3 },
    ]);
    expect(plan.highlightEmpty?.boxes.map((box) => [box.row, box.rows, box.columns])).toEqual([
      [p1, 1, 2],
      [p2, 1, 2],
      [r2 - 1, 2, 2],
    ]);
    const rules = plan.validations?.rules ?? [];
    const first = plan.validations?.box.row ?? 0;
    expect(rules[p1 - first]?.[0]).not.toBeNull();
    expect(rules[p1 + 1 - first]?.[0]).toBeNull();
    expect(rules[r2 - first]?.[1]).not.toBeNull();
  });

  it("plans, on the rows found on a sheet nobody touched, the very plan that made it", () => {
    for (const builtin of Object.values(builtinModels)) {
      const found = { ...locateRows(builtin, "it", grid(builtin)), firstAnswerColumn: 4 };
      expect(planQuestionnaire(builtin, settings, "x", found)).toEqual(
        planQuestionnaire(builtin, settings, "x"),
      );
    }
  });
});

describe("text stays text", () => {
  it.each([
    '=HYPERLINK("x")',
    "+39 333",
    "-1",
    "@home",
    "'quoted",
    "2024",
    "1/2",
    "#N/A",
    "€100",
    "TRUE",
    "Acme",
  ])("%s is written with a quote prefix", (text) => {
    expect(asLiteralText(text)).toBe(`'${text}`);
  });
  it("an empty string stays empty", () => {
    expect(asLiteralText("")).toBe("");
  });
});
