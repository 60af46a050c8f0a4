import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/layout/plan";
import { builtinModels } from "../../src/core/model/builtin";
import { errorNotes, planModelSheet, readModelSheet } from "../../src/core/model/model-sheet";
import type { Model } from "../../src/core/model/schema";

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

  it("formats text columns as plain text and leaves number columns alone", () => {
    const model = builtinModels["cx-100"] as Model;
    const plan = planModelSheet(model, "it", "x");
    const cells = plan.values.map((row) => row.map((value) => value ?? ""));
    const question = rowOf(cells, "#questions", model.questions[0]?.id ?? "");
    const lastRecommendation = plan.values.length - 1;
    const formatsOf = (row: number) => plan.formats.numberFormats[row]?.slice(0, 9);
    expect(formatsOf(question)).toEqual(["@", "@", "@", "@", "@", "General", "@", "@", "@"]);
    expect(formatsOf(lastRecommendation)?.slice(0, 4)).toEqual(["@", "@", "@", "@"]);
    expect(plan.formats.numberFormats[rowOf(cells, "#model", "version")]?.[1]).toBe("@");
    expect(plan.formats.numberFormats[rowOf(cells, "#model", "minCompleteness")]?.[1]).toBe(
      "General",
    );
    // The blank row before the next section is not part of the questions.
    const bandsMarker = cells.findIndex((row) => row[0] === "#bands");
    expect(formatsOf(bandsMarker - 1)?.[0]).toBe("General");
  });

  it("reports rows that belong to no scale or scope, repeated sections and repeated fields", () => {
    const model = builtinModels["cx-100"] as Model;
    const cells = cellsOf(model);
    const option = rowOf(cells, "#options", model.scales[0]?.id ?? "");
    (cells[option] as CellValue[])[0] = "scala-x";
    const bands = cells.findIndex((row) => row[0] === "#bands");
    (cells[bands + 2] as CellValue[])[0] = "Overall";
    const version = rowOf(cells, "#model", "version");
    cells.splice(version + 1, 0, ["version", "2.0.0"]);
    const errors = errorsOf(cells).filter((error) => error.path === "");
    expect(errors.map((error) => [error.cell, error.message])).toEqual([
      [
        `A${version + 2}`,
        "Il campo «version» compare due volte nell'intestazione: lasciatene uno solo.",
      ],
      [
        `A${option + 2}`,
        "Questa opzione appartiene alla scala «scala-x», che non è nella sezione #scales.",
      ],
      [
        `A${bands + 4}`,
        "Ambito «Overall» sconosciuto: scrivete overall, areas oppure l'ID di un'area.",
      ],
    ]);
  });

  it("a missing header row does not cost the first item", () => {
    const model = builtinModels["cx-100"] as Model;
    const cells = cellsOf(model);
    const marker = cells.findIndex((row) => row[0] === "#recommendations");
    cells.splice(marker + 1, 1);
    expect(readModelSheet(cells, "it")).toEqual({ ok: true, model });
  });

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

  it("refuses an ambiguous number rather than guessing", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    const row = rowOf(cells, "#questions", "lead-1");
    (cells[row] as CellValue[])[5] = "1,000";
    expect(errorsOf(cells)).toEqual([
      { cell: `F${row + 1}`, path: "questions.0.weight", message: "deve essere un numero" },
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

  it("turns errors into one grid of cell notes, keeping people's own notes", () => {
    const current = [
      ["", "ask Marco", "Bussola CX: old error"],
      ["", "", ""],
      ["", "", ""],
    ];
    expect(
      errorNotes(current, [
        { cell: "B2", path: "x", message: "one" },
        { cell: "B2", path: "y", message: "two" },
        { cell: "C3", path: "z", message: "three" },
      ]),
    ).toEqual([
      ["", "ask Marco", ""],
      ["", "Bussola CX: one\nBussola CX: two", ""],
      ["", "", "Bussola CX: three"],
    ]);
  });
});
