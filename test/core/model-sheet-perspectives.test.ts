/**
 * Perspectives and "don't know" on model sheets: a #perspectives section, a perspectives column on
 * the questions (ids separated by commas), a #wordings section with one row per question and
 * perspective, and an "Allows don't know" column on the scales. Each round-trips, sheets made
 * before these existed still read, and every error lands on the cell to fix.
 */
import { describe, expect, it } from "vitest";
import { a1 } from "../../src/core/layout/a1";
import type { CellValue } from "../../src/core/layout/plan";
import type { Model } from "../../src/core/model/schema";
import { planModelSheet, readModelSheet } from "../../src/core/model/sheet";
import { LANGS, type Lang } from "../../src/core/texts/i18n";
import { levelModel } from "../support/fixtures";
import { perspectiveModel } from "../support/perspectives";

/** What getValues returns for a written plan: blanks as "". */
function cellsOf(model: Model, lang: Lang = "it"): CellValue[][] {
  return planModelSheet(model, lang, "x").values.map((row) => row.map((value) => value ?? ""));
}

function errorsOf(cells: CellValue[][], lang: Lang = "it") {
  const reading = readModelSheet(cells, lang);
  return reading.ok ? [] : reading.errors;
}

/** The 0-based row of the first row in `section` whose first cell is `first` (and second `second`). */
function rowOf(cells: CellValue[][], section: string, first: string, second?: string): number {
  const start = cells.findIndex((row) => row[0] === section);
  const index = cells.findIndex(
    (row, i) => i > start && row[0] === first && (second === undefined || row[1] === second),
  );
  if (start < 0 || index < 0) throw new Error(`${first} not found in ${section}`);
  return index;
}

/** The 0-based column under a section's header that reads `header`. */
function columnOf(cells: CellValue[][], section: string, header: string): number {
  const start = cells.findIndex((row) => row[0] === section);
  const column = cells[start + 1]?.indexOf(header) ?? -1;
  if (column < 0) throw new Error(`no "${header}" in ${section}`);
  return column;
}

const set = (cells: CellValue[][], row: number, column: number, value: CellValue) => {
  (cells[row] as CellValue[])[column] = value;
};

/** A sheet written before perspectives and "don't know": without their sections and cells. */
function olderSheet(model: Model): CellValue[][] {
  const cells = cellsOf(model);
  const sections = ["#perspectives", "#wordings"];
  const kept: CellValue[][] = [];
  let skipping = false;
  for (const row of cells) {
    if (typeof row[0] === "string" && row[0].startsWith("#")) skipping = sections.includes(row[0]);
    if (!skipping) kept.push(row);
  }
  // Nor the headers of the questions' perspectives and the scales' don't know (a model without
  // them leaves their cells empty).
  for (const [section, header] of [
    ["#questions", "Prospettive (ID separati da virgole; vuoto = tutte)"],
    ["#scales", "Ammette «Non so»"],
  ] as const) {
    const column = columnOf(kept, section, header);
    const headerRow = kept.findIndex((row) => row[0] === section) + 1;
    set(kept, headerRow, column, "");
  }
  return kept;
}

describe("round trips", () => {
  it.each(LANGS)(
    "a model with perspectives, wordings and don't know → sheet → model (%s)",
    (lang) => {
      const model = perspectiveModel();
      expect(readModelSheet(cellsOf(model, lang), lang)).toEqual({ ok: true, model });
    },
  );

  it.each(LANGS)("a model without them → sheet → model, with no field added (%s)", (lang) => {
    const model = levelModel();
    const reading = readModelSheet(cellsOf(model, lang), lang);
    expect(reading).toEqual({ ok: true, model });
    if (!reading.ok) return;
    expect(Object.keys(reading.model).sort()).toEqual(Object.keys(model).sort());
    expect(Object.keys(reading.model.scales[0] ?? {}).sort()).toEqual(
      Object.keys(model.scales[0] ?? {}).sort(),
    );
  });

  it("keeps don't know false apart from don't know absent", () => {
    const model = levelModel();
    const [scale] = model.scales;
    if (scale === undefined) throw new Error("no scale");
    scale.allowDontKnow = false;
    const cells = cellsOf(model);
    expect(
      cells[rowOf(cells, "#scales", "agree")]?.[columnOf(cells, "#scales", "Ammette «Non so»")],
    ).toBe("no");
    expect(readModelSheet(cells, "it")).toEqual({ ok: true, model });
  });

  it("reads a sheet made before perspectives and don't know as the model it was", () => {
    const model = levelModel();
    const cells = olderSheet(model);
    expect(cells.some((row) => row[0] === "#perspectives" || row[0] === "#wordings")).toBe(false);
    expect(readModelSheet(cells, "it")).toEqual({ ok: true, model });
  });
});

describe("the sheet's layout for perspectives", () => {
  const cells = cellsOf(perspectiveModel(), "en");

  it("lists the perspectives in their own section, descriptions optional", () => {
    const start = cells.findIndex((row) => row[0] === "#perspectives");
    expect(cells[start + 1]?.slice(0, 5)).toEqual([
      "ID",
      "Name (it)",
      "Name (en)",
      "Description (it)",
      "Description (en)",
    ]);
    expect(cells[start + 2]?.slice(0, 5)).toEqual([
      "internal",
      "Internal (it)",
      "Internal",
      "The company's people (it)",
      "The company's people",
    ]);
    expect(cells[start + 3]?.slice(0, 5)).toEqual([
      "customer",
      "Customers (it)",
      "Customers",
      "",
      "",
    ]);
    // Perspectives come before the questions that name them.
    expect(start).toBeLessThan(cells.findIndex((row) => row[0] === "#questions"));
  });

  it("writes a question's perspectives as ids separated by commas, empty for every one", () => {
    const column = columnOf(
      cells,
      "#questions",
      "Perspectives (IDs separated by commas; empty = all)",
    );
    const at = (id: string) => cells[rowOf(cells, "#questions", id)]?.[column];
    expect([at("p1"), at("p2"), at("r1"), at("r2")]).toEqual([
      "",
      "internal",
      "internal, customer",
      "customer",
    ]);
  });

  it("writes one wording row per question and perspective, after the questions", () => {
    const start = cells.findIndex((row) => row[0] === "#wordings");
    expect(start).toBeGreaterThan(cells.findIndex((row) => row[0] === "#questions"));
    expect(cells.slice(start + 1, start + 4).map((row) => row.slice(0, 4))).toEqual([
      ["Question", "Perspective", "Text (it)", "Text (en)"],
      ["p1", "customer", "I feel understood (it)", "I feel understood"],
      ["r1", "customer", "R1 as I see it (it)", "R1 as I see it"],
    ]);
  });

  it("offers yes/no on the don't-know column", () => {
    const plan = planModelSheet(perspectiveModel(), "en", "x");
    const validations = plan.validations;
    if (validations === null) throw new Error("the model sheet has dropdowns");
    const row = rowOf(cells, "#scales", "agree");
    const column = columnOf(cells, "#scales", "Allows “Don't know”");
    const rule =
      validations.rules[row + 1 - validations.box.row]?.[column + 1 - validations.box.column];
    expect(rule?.values).toEqual(["yes", "no"]);
  });
});

describe("reading what people type", () => {
  const perspectivesHeader = "Prospettive (ID separati da virgole; vuoto = tutte)";

  it("reads ids separated by commas with or without spaces, ignoring empty pieces", () => {
    const cells = cellsOf(perspectiveModel());
    const column = columnOf(cells, "#questions", perspectivesHeader);
    set(cells, rowOf(cells, "#questions", "r1"), column, "internal,customer");
    set(cells, rowOf(cells, "#questions", "r2"), column, " customer , ,");
    expect(readModelSheet(cells, "it")).toEqual({ ok: true, model: perspectiveModel() });
  });

  it("reads an empty don't-know cell as absent and sì/yes as true", () => {
    const cells = cellsOf(perspectiveModel());
    const row = rowOf(cells, "#scales", "agree");
    const column = columnOf(cells, "#scales", "Ammette «Non so»");
    set(cells, row, column, "yes");
    const yes = readModelSheet(cells, "it");
    expect(yes.ok && yes.model.scales[0]?.allowDontKnow).toBe(true);
    set(cells, row, column, "");
    // Without don't know, nothing else in this model depends on it.
    const empty = readModelSheet(cells, "it");
    expect(empty.ok && "allowDontKnow" in (empty.model.scales[0] ?? {})).toBe(false);
  });
});

describe("errors land on the cell to fix", () => {
  it("a question naming an unknown perspective: its perspectives cell", () => {
    const cells = cellsOf(perspectiveModel());
    const row = rowOf(cells, "#questions", "r2");
    const column = columnOf(
      cells,
      "#questions",
      "Prospettive (ID separati da virgole; vuoto = tutte)",
    );
    set(cells, row, column, "customer, partner");
    expect(errorsOf(cells)).toEqual([
      {
        cell: a1(row + 1, column + 1),
        path: "questions.4.perspectives.1",
        message: "prospettiva 'partner' inesistente",
      },
    ]);
  });

  it("a wording missing its English text: that wording's English cell", () => {
    const cells = cellsOf(perspectiveModel(), "en");
    const row = rowOf(cells, "#wordings", "r1", "customer");
    const column = columnOf(cells, "#wordings", "Text (en)");
    set(cells, row, column, "");
    expect(errorsOf(cells, "en")).toEqual([
      {
        cell: a1(row + 1, column + 1),
        path: "questions.3.wording.customer.en",
        message: "is required",
      },
    ]);
  });

  it("a wording for an unknown perspective, or one not asked the question: its perspective cell", () => {
    const cells = cellsOf(perspectiveModel());
    const column = columnOf(cells, "#wordings", "Prospettiva");
    const unknown = rowOf(cells, "#wordings", "p1", "customer");
    const notAsked = rowOf(cells, "#wordings", "r1", "customer");
    set(cells, unknown, column, "partner");
    set(cells, notAsked, 0, "r2");
    set(cells, notAsked, column, "internal");
    expect(errorsOf(cells)).toEqual([
      {
        cell: a1(unknown + 1, column + 1),
        path: "questions.0.wording.partner",
        message: "prospettiva 'partner' inesistente",
      },
      {
        cell: a1(notAsked + 1, column + 1),
        path: "questions.4.wording.internal",
        message:
          "questa domanda non è posta alla prospettiva 'internal': aggiungete 'internal' alle sue prospettive, oppure togliete questa formulazione",
      },
    ]);
  });

  it("a second wording for the same question and perspective, and a wording without one", () => {
    const cells = cellsOf(perspectiveModel());
    const column = columnOf(cells, "#wordings", "Prospettiva");
    const row = rowOf(cells, "#wordings", "r1", "customer");
    const copy = [...(cells[row] as CellValue[])];
    copy[2] = "Un'altra formulazione";
    const blank = [...copy];
    blank[column] = "";
    cells.splice(row + 1, 0, copy, blank);
    expect(errorsOf(cells)).toEqual([
      {
        cell: a1(row + 2, column + 1),
        path: "",
        message:
          "La domanda «r1» ha già una formulazione per la prospettiva «customer»: lasciatene una sola.",
      },
      {
        cell: a1(row + 3, column + 1),
        path: "",
        message: "Scrivete l'ID della prospettiva a cui è rivolta questa formulazione.",
      },
    ]);
  });

  it("a wording of a question that is not on the sheet: its row", () => {
    const cells = cellsOf(perspectiveModel(), "en");
    const row = rowOf(cells, "#wordings", "p1", "customer");
    set(cells, row, 0, "p9");
    expect(errorsOf(cells, "en")).toEqual([
      {
        cell: `A${row + 1}`,
        path: "",
        message: "This wording belongs to question “p9”, which is not in the #questions section.",
      },
    ]);
  });

  it("a repeated perspective id and a perspective nobody is asked: their cell and row", () => {
    const cells = cellsOf(perspectiveModel());
    const internal = rowOf(cells, "#perspectives", "internal");
    cells.splice(internal + 1, 0, ["internal", "Di nuovo", "Again", "", ""]);
    const copy = internal + 1;
    // A third perspective, and p1 (asked of everyone so far) asked of the first two only.
    const customer = rowOf(cells, "#perspectives", "customer");
    cells.splice(customer + 1, 0, ["partner", "Partner", "Partners", "", ""]);
    const partner = customer + 1;
    const perspectives = columnOf(
      cells,
      "#questions",
      "Prospettive (ID separati da virgole; vuoto = tutte)",
    );
    set(cells, rowOf(cells, "#questions", "p1"), perspectives, "internal, customer");
    expect(errorsOf(cells)).toEqual([
      { cell: `A${copy + 1}`, path: "perspectives.1.id", message: "id 'internal' duplicato" },
      {
        cell: `A${partner + 1}`,
        path: "perspectives.3",
        message: "nessuna domanda è posta alla prospettiva 'partner'",
      },
    ]);
  });

  it("a single perspective: the section's marker", () => {
    const model = levelModel();
    model.perspectives = [{ id: "internal", name: { it: "Interno", en: "Internal" } }];
    const cells = cellsOf(model);
    const marker = cells.findIndex((row) => row[0] === "#perspectives");
    expect(errorsOf(cells)).toEqual([
      { cell: `A${marker + 1}`, path: "perspectives", message: "ne servono almeno 2" },
    ]);
  });

  it("questions naming perspectives the sheet does not declare: their perspectives cells", () => {
    const cells = cellsOf(perspectiveModel()).filter(
      (row) => !["internal", "customer"].includes(String(row[0])),
    );
    const column = columnOf(
      cells,
      "#questions",
      "Prospettive (ID separati da virgole; vuoto = tutte)",
    );
    const errors = errorsOf(cells);
    expect(errors).toContainEqual({
      cell: a1(rowOf(cells, "#questions", "r2") + 1, column + 1),
      path: "questions.4.perspectives",
      message:
        "il modello non dichiara prospettive: elencatele prima in perspectives, oppure togliete questo campo",
    });
    const wording = rowOf(cells, "#wordings", "p1");
    expect(errors).toContainEqual(
      expect.objectContaining({ cell: a1(wording + 1, 2), path: "questions.0.wording.customer" }),
    );
  });

  it("an option labelled like the don't-know answer: its label cell", () => {
    const cells = cellsOf(perspectiveModel());
    const row = rowOf(cells, "#options", "agree");
    const column = columnOf(cells, "#options", "Etichetta (en)");
    set(cells, row, column, "Don't know");
    expect(errorsOf(cells)).toEqual([
      {
        cell: a1(row + 1, column + 1),
        path: "scales.0.options.0.label.en",
        message:
          "'Don't know' si legge come la risposta «Non so» («Don't know») che questa scala offre: chi risponde non potrebbe distinguerle; scegliete un'altra etichetta",
      },
    ]);
  });
});
