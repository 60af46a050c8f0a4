import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/layout/plan";
import type { Model } from "../../src/core/model";
import { errorNotes, planModelSheet, readModelSheet } from "../../src/core/model-sheet";
import { builtinModels } from "../../src/core/models";

/** What getValues returns for a written plan: blanks as "". */
function cellsOf(model: Model, lang: "it" | "en" = "it"): CellValue[][] {
  return planModelSheet(model, lang, "x").values.map((row) => row.map((value) => value ?? ""));
}

function rowOf(cells: CellValue[][], section: string, firstCell: string): number {
  const start = cells.findIndex((row) => row[0] === section);
  const index = cells.findIndex((row, i) => i > start && row[0] === firstCell);
  if (start < 0 || index < 0) throw new Error(`${firstCell} not found in ${section}`);
  return index;
}

function errorsOf(cells: CellValue[][]) {
  const reading = readModelSheet(cells, "it");
  return reading.ok ? [] : reading.errors;
}

describe("model sheets", () => {
  it.each(Object.entries(builtinModels))(
    "%s → sheet → model is deep-equal to the original",
    (_id, model) => {
      expect(readModelSheet(cellsOf(model), "it")).toEqual({ ok: true, model });
      expect(readModelSheet(cellsOf(model, "en"), "en")).toEqual({ ok: true, model });
    },
  );

  it("survives rows moved inside a section and blank rows", () => {
    const model = builtinModels["cx-100"] as Model;
    const cells = cellsOf(model);
    const first = rowOf(cells, "#questions", model.questions[0]?.id ?? "");
    const moved = [...cells];
    const [row] = moved.splice(first, 1);
    moved.splice(first + 3, 0, row ?? [], ["", "", ""]);
    const reading = readModelSheet(moved, "it");
    expect(reading.ok).toBe(true);
    if (reading.ok)
      expect(new Set(reading.model.questions.map((q) => q.id))).toEqual(
        new Set(model.questions.map((q) => q.id)),
      );
  });

  it("points a duplicate id at its cell", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    const second = rowOf(cells, "#questions", "lead-2");
    (cells[second] as CellValue[])[0] = "lead-1";
    expect(errorsOf(cells)).toEqual([
      { cell: `A${second + 1}`, path: "questions.1.id", message: "id 'lead-1' duplicato" },
    ]);
  });

  it("points a question's missing area at its area cell", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    const row = rowOf(cells, "#questions", "lead-3");
    (cells[row] as CellValue[])[1] = "sales";
    expect(errorsOf(cells)).toContainEqual({
      cell: `B${row + 1}`,
      path: "questions.2.area",
      message: "area 'sales' inesistente",
    });
  });

  it("points a gap between bands at the band's minimum", () => {
    const model = builtinModels["cx-100"] as Model;
    const cells = cellsOf(model);
    const bandsStart = cells.findIndex((row) => row[0] === "#bands");
    const second = cells.findIndex(
      (row, i) =>
        i > bandsStart + 2 && row[0] === "overall" && row[1] === model.bands.overall[1]?.id,
    );
    (cells[second] as CellValue[])[2] = 45;
    const errors = errorsOf(cells);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ cell: `C${second + 1}`, path: "bands.overall.1.min" });
    expect(errors[0]?.message).toMatch(/^buco tra le fasce/);
  });

  it("points a non-numeric weight and a missing English text at their cells", () => {
    const model = builtinModels["beyond-silos"] as Model;
    const cells = cellsOf(model);
    const question = model.questions[4];
    const row = rowOf(cells, "#questions", question?.id ?? "");
    (cells[row] as CellValue[])[5] = "heavy";
    (cells[row] as CellValue[])[4] = "";
    expect(errorsOf(cells)).toEqual([
      { cell: `E${row + 1}`, path: "questions.4.text.en", message: "è obbligatorio" },
      { cell: `F${row + 1}`, path: "questions.4.weight", message: "deve essere un numero" },
    ]);
  });

  it("reads decimal commas and yes/no in either language", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    (cells[rowOf(cells, "#model", "minCompleteness")] as CellValue[])[1] = "0,75";
    (cells[rowOf(cells, "#questions", "lead-1")] as CellValue[])[6] = "yes";
    const reading = readModelSheet(cells, "it");
    expect(reading.ok && reading.model.scoring.minCompleteness).toBe(0.75);
    expect(reading.ok && reading.model.questions[0]?.reverse).toBe(true);
  });

  it("says which section row is missing instead of guessing", () => {
    const cells = cellsOf(builtinModels["cx-100"] as Model).filter((row) => row[0] !== "#areas");
    expect(errorsOf(cells)).toEqual([
      {
        cell: "A1",
        path: "",
        message: "Manca la sezione #areas: ripristinate la riga che inizia con #areas.",
      },
    ]);
  });

  it("turns errors into one grid of cell notes", () => {
    expect(
      errorNotes(3, 3, [
        { cell: "B2", path: "x", message: "one" },
        { cell: "B2", path: "y", message: "two" },
        { cell: "C3", path: "z", message: "three" },
      ]),
    ).toEqual([
      ["", "", ""],
      ["", "one\ntwo", ""],
      ["", "", "three"],
    ]);
  });
});
