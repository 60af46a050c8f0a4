import { describe, expect, it } from "vitest";
import { a1 } from "../../src/core/layout/a1";
import type { CellValue } from "../../src/core/layout/plan";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model, Question } from "../../src/core/model/schema";
import {
  errorNotes,
  MODEL_HEADER,
  planModelSheet,
  readModelSheet,
  TABLES,
} from "../../src/core/model/sheet";
import { type Column, fieldName } from "../../src/core/model/sheet/spec";
import { LANGS, type Lang } from "../../src/core/texts/i18n";
import { t } from "../../src/core/texts/messages";

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

function errorsOf(cells: CellValue[][], lang: Lang = "it") {
  const reading = readModelSheet(cells, lang);
  return reading.ok ? [] : reading.errors;
}

/** A section's header row and its item rows (0-based), read off the sheet as a person would. */
function sectionOf(cells: CellValue[][], marker: string) {
  const start = cells.findIndex((row) => row[0] === marker);
  const end = cells.findIndex((row, i) => i > start && row.every((cell) => cell === ""));
  const items = Array.from(
    { length: (end < 0 ? cells.length : end) - start - 2 },
    (_, i) => start + 2 + i,
  );
  return { headers: cells[start + 1] ?? [], items };
}

/** Every header of a column, with the model path of its cell: "text.en" under "Testo (en)". */
function headersOf(column: Column, lang: Lang): [header: string, path: string][] {
  return column.kind === "localized"
    ? LANGS.map((each) => [t(lang, column.header[each]), `${column.path}.${each}`])
    : [[t(lang, column.header), column.path]];
}

/** A model with what the built-in ones leave out: an area's own bands, no authors' note, no theme. */
function withOptionalParts(): Model {
  const model = structuredClone(builtinModels["cx-maturity"] as Model);
  const [first] = model.areas;
  if (first === undefined) throw new Error("cx-maturity has areas");
  first.bands = structuredClone(model.bands.areas);
  delete model.source.authorsNote;
  delete model.questions[0]?.theme;
  return model;
}

/**
 * A built-in model with every optional part a sheet can hold: "don't know" on its scale, an area's
 * own bands, perspectives (one with a description), questions asked of some perspectives only, and
 * wordings of their own.
 */
function withEveryPart(): Model {
  const model = structuredClone(builtinModels["cx-maturity"] as Model);
  const [area] = model.areas;
  if (area !== undefined) area.bands = structuredClone(model.bands.areas);
  const [scale] = model.scales;
  const [first, second] = model.questions;
  const last = model.questions.at(-1);
  if (scale === undefined || first === undefined || second === undefined || last === undefined)
    throw new Error("cx-maturity has a scale and questions");
  scale.allowDontKnow = true;
  model.perspectives = [
    { id: "internal", name: { it: "Interno", en: "Internal" } },
    {
      id: "customer",
      name: { it: "Clienti", en: "Customers" },
      description: { it: "Chi compra da voi", en: "Those who buy from you" },
    },
  ];
  first.wording = { customer: { it: "Mi sento capito", en: "I feel understood" } };
  second.perspectives = ["internal"];
  last.perspectives = ["internal", "customer"];
  last.wording = {
    internal: { it: "Noi lo facciamo", en: "We do it" },
    customer: { it: "Lo fanno per me", en: "They do it for me" },
  };
  return model;
}

describe("model sheets", () => {
  it.each(Object.entries(builtinModels))(
    "%s → sheet → model is deep-equal to the original",
    (_id, model) => {
      expect(readModelSheet(cellsOf(model), "it")).toEqual({ ok: true, model });
      expect(readModelSheet(cellsOf(model, "en"), "en")).toEqual({ ok: true, model });
    },
  );

  it.each(LANGS)(
    "a model with an area's own bands and no optional texts round-trips (%s)",
    (lang) => {
      const model = withOptionalParts();
      expect(readModelSheet(cellsOf(model, lang), lang)).toEqual({ ok: true, model });
    },
  );

  it.each(LANGS)(
    "writes every spec column under its header and reads it from that very cell (%s)",
    (lang) => {
      const written = cellsOf(withEveryPart(), lang);
      /**
       * The paths of the errors at a cell once it is blanked, or for a value that may be left out
       * (an empty cell is valid there), once it holds "?".
       */
      const pathsWhenBlank = (row: number, column: number, blank = "") => {
        const cells = written.map((line) => [...line]);
        (cells[row] as CellValue[])[column] = blank;
        const cell = a1(row + 1, column + 1);
        return errorsOf(cells, lang).flatMap((error) => (error.cell === cell ? [error.path] : []));
      };
      /** The item's path plus the column's ("questions.0.text.en"), or the header field's own. */
      const named = (path: string) => (found: string) =>
        found === path || found.endsWith(`.${path}`) || found.includes(`.${path}.`);

      for (const table of TABLES) {
        const { headers, items } = sectionOf(written, table.marker);
        for (const column of table.columns) {
          const canBeEmpty = column.kind === "ids" || (column.kind === "yesNo" && column.optional);
          for (const [header, path] of headersOf(column, lang)) {
            const at = headers.indexOf(header);
            expect(at, `${table.marker} shows "${header}"`).toBeGreaterThanOrEqual(0);
            // The first row that has a value here (not every question has a theme).
            const row = items.find((index) => written[index]?.[at] !== "");
            if (row === undefined) throw new Error(`no ${path} written in ${table.marker}`);
            const found = pathsWhenBlank(row, at, canBeEmpty ? "?" : "");
            const { entries } = table;
            if (entries === undefined) {
              expect(found.some(named(path)), `${path} read from its cell`).toBe(true);
            } else if (path === entries.key) {
              // The key names the entry: a row without one is a mistake at that cell.
              expect(found, `${path} read from its cell`).toEqual([""]);
            } else {
              // The value is the entry's own: "questions.0.wording.customer.en" for "text.en".
              const inner = path.slice(entries.value.length);
              expect(
                found.some((each) => each.endsWith(inner) && each.includes(".wording.")),
                path,
              ).toBe(true);
            }
          }
        }
        if (table.owner !== undefined) {
          // The owner column: a row whose owner is gone is reported at that row.
          expect(headers[0]).toBe(t(lang, table.owner.header));
          const row = items[0] ?? -1;
          expect(pathsWhenBlank(row, 0)).toContain("");
        }
      }

      const header = sectionOf(written, MODEL_HEADER.marker);
      const valueColumns = LANGS.map((each) =>
        header.headers.indexOf(t(lang, MODEL_HEADER.valueHeader[each])),
      );
      for (const field of MODEL_HEADER.fields) {
        const row = header.items.find((index) => written[index]?.[0] === fieldName(field.path));
        if (row === undefined) throw new Error(`no row for ${field.path}`);
        const paths =
          field.kind === "localized" ? LANGS.map((each) => `${field.path}.${each}`) : [field.path];
        paths.forEach((path, i) => {
          const column = valueColumns[i] ?? -1;
          expect(pathsWhenBlank(row, column).some(named(path)), `${path} read from its cell`).toBe(
            true,
          );
        });
      }
    },
  );

  it("gives every yes/no and fixed-choice cell its dropdown, and no other cell one", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const plan = planModelSheet(model, "en", "x");
    const cells = cellsOf(model, "en");
    const validations = plan.validations;
    if (validations === null) throw new Error("the model sheet has dropdowns");
    const { box, rules } = validations;
    const ruleAt = (row: number, column: number) =>
      rules[row - box.row + 1]?.[column - box.column + 1] ?? null;
    const expected = new Map<string, string[]>();
    for (const table of TABLES) {
      const { headers, items } = sectionOf(cells, table.marker);
      for (const column of table.columns) {
        if (column.kind !== "yesNo") continue;
        const at = headers.indexOf(t("en", column.header));
        for (const row of items) expected.set(a1(row + 1, at + 1), ["yes", "no"]);
      }
    }
    const overall = rowOf(cells, "#model", "overall");
    expected.set(a1(overall + 1, 2), ["weightedMean", "sum"]);
    const found = new Map<string, string[]>();
    for (const [row, line] of cells.entries()) {
      for (const column of line.keys()) {
        const rule = ruleAt(row, column);
        if (rule !== null) found.set(a1(row + 1, column + 1), rule.values);
      }
    }
    expect(found).toEqual(expected);
  });

  it("checks each column's path against its item's type (at compile time)", () => {
    // @ts-expect-error a question's weight is a number, not text
    const wrongKind: Column<Question> = { header: "mcWeight", kind: "text", path: "weight" };
    const wrongPath: Column<Question> = {
      header: { it: "mcThemeIt", en: "mcThemeEn" },
      kind: "localized",
      // @ts-expect-error questions have no "themes"
      path: "themes",
    };
    expect([wrongKind.path, wrongPath.path]).toEqual(["weight", "themes"]);
  });

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
    const [first, next] = model.questions.map((question) => question.id);
    const cells = cellsOf(model);
    const second = rowOf(cells, "#questions", next ?? "");
    (cells[second] as CellValue[])[0] = first ?? "";
    expect(errorsOf(cells)).toEqual([
      { cell: `A${second + 1}`, path: "questions.1.id", message: `id '${first}' duplicato` },
    ]);
  });

  it("points a question's missing area at its area cell", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    const row = rowOf(cells, "#questions", model.questions[2]?.id ?? "");
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

  it("points a label that is another option's label in the other language at its cell", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    const { items } = sectionOf(cells, "#options");
    const [first, second] = items.map((index) => cells[index] as CellValue[]);
    if (first === undefined || second === undefined) throw new Error("cx-maturity has options");
    // Option 2's Italian label becomes option 1's English one: "1 · Beginner" would read as 1.
    second[2] = first[3] ?? "";
    expect(errorsOf(cells)).toEqual([
      {
        cell: `C${(items[1] ?? 0) + 1}`,
        path: "scales.0.options.1.label.it",
        message: `'${first[3]}' è anche l'etichetta dell'opzione con valore 1 nell'altra lingua: una risposta scritta '${first[3]}' potrebbe valere per l'una o per l'altra; scegliete un'altra etichetta`,
      },
    ]);
  });

  it("refuses an ambiguous number rather than guessing", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    const row = rowOf(cells, "#questions", model.questions[0]?.id ?? "");
    (cells[row] as CellValue[])[5] = "1,000";
    expect(errorsOf(cells)).toEqual([
      { cell: `F${row + 1}`, path: "questions.0.weight", message: "deve essere un numero" },
    ]);
  });

  it("reads decimal commas and yes/no in either language", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const cells = cellsOf(model);
    (cells[rowOf(cells, "#model", "minCompleteness")] as CellValue[])[1] = "0,75";
    (cells[rowOf(cells, "#questions", model.questions[0]?.id ?? "")] as CellValue[])[6] = "yes";
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

  it("keeps one note of the add-on's per error however often a model is checked, and none after the fix", () => {
    const errors = [{ cell: "A1", path: "x", message: "area 'sales' inesistente" }];
    const first = errorNotes([["ask Marco"]], errors);
    expect(first).toEqual([["ask Marco\nBussola CX: area 'sales' inesistente"]]);
    const second = errorNotes(first, errors);
    expect(second).toEqual(first);
    expect(errorNotes(second, [])).toEqual([["ask Marco"]]);
  });

  it("removes the add-on's lines wherever they sit in a note and keeps the person's text exactly", () => {
    const current = [
      [
        "Bussola CX: old\nask Marco  \n\nBussola CX: older\n  then Luca\r\nBussola CX: oldest",
        "Bussola CX: old\nBussola CX: older",
      ],
    ];
    expect(errorNotes(current, [])).toEqual([["ask Marco  \n\n  then Luca\r", ""]]);
    expect(errorNotes(current, [{ cell: "B1", path: "x", message: "new" }])).toEqual([
      ["ask Marco  \n\n  then Luca\r", "Bussola CX: new"],
    ]);
  });

  it("writes an error that spans lines as one line, so the next check finds all of it", () => {
    const notes = errorNotes([["own"]], [{ cell: "A1", path: "x", message: "one\ntwo" }]);
    expect(notes).toEqual([["own\nBussola CX: one two"]]);
    expect(errorNotes(notes, [])).toEqual([["own"]]);
  });

  it("round-trips areas and scales whose ids are names every object has", () => {
    const model = structuredClone(builtinModels["cx-maturity"] as Model);
    const [area] = model.areas;
    const [scale] = model.scales;
    if (area === undefined || scale === undefined) throw new Error("cx-maturity has areas");
    const { id: oldArea } = area;
    const { id: oldScale } = scale;
    area.id = "constructor";
    area.bands = structuredClone(model.bands.areas);
    scale.id = "tostring";
    for (const question of model.questions) {
      if (question.area === oldArea) question.area = "constructor";
      if (question.scale === oldScale) question.scale = "tostring";
    }
    for (const recommendation of model.recommendations)
      if (recommendation.area === oldArea) recommendation.area = "constructor";
    for (const lang of LANGS)
      expect(readModelSheet(cellsOf(model, lang), lang)).toEqual({ ok: true, model });
  });
});
