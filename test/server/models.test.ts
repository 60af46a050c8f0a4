/** Consultants' own models through the adapter: copy to a sheet, check, version, JSON in and out. */
import { describe, expect, it } from "vitest";
import type { DraftSummary, ModelSummary } from "../../src/core/contract/contract";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import { planModelSheet } from "../../src/core/model/sheet";
import type { MemoryWorkbook } from "../../src/memory-sheets";
import { createAssessment, getState, scoreAssessment } from "../../src/server/api";
import { checkModel, copyModel, exportModel, importModel } from "../../src/server/models-api";
import { installAppsScript } from "../support/apps-script";
import { ok } from "../support/outcome";

const maturity = builtinModels["cx-maturity"] as Model;

/** The consultant types into the draft (they own it: no protection applies). */
function type(workbook: MemoryWorkbook, sheet: string, a1: string, value: string | number) {
  const result = workbook.userEdit(sheet, a1, String(value), { user: "consultant@example.com" });
  if (!result.ok) throw new Error(result.message);
}

function rowOf(workbook: MemoryWorkbook, sheet: string, first: string, after = "#model"): number {
  const values = workbook.values(sheet);
  const start = values.findIndex((row) => row[0] === after);
  return values.findIndex((row, i) => i > start && row[0] === first) + 1;
}

function copied(workbook: MemoryWorkbook): DraftSummary {
  const draft = ok(copyModel({ modelId: "cx-maturity", version: "2.0.0" }));
  expect(workbook.activeSheet.name).toBe(draft.sheetName);
  return draft;
}

describe("copy a model to edit", () => {
  it("writes the model into a draft sheet with dropdowns and lists it in the state", () => {
    const { workbook } = installAppsScript();
    const draft = copied(workbook);
    expect(draft.sheetName).toBe(`Modello · ${maturity.name.it} v2.0.0`);
    const expected = planModelSheet(maturity, "it", draft.sheetName).values.map((row) =>
      row.map((v) => v ?? null),
    );
    expect(workbook.values(draft.sheetName)).toEqual(expected);
    const reverseCell = `G${rowOf(workbook, draft.sheetName, "lead-1a", "#questions")}`;
    expect(workbook.cell(draft.sheetName, reverseCell).dataValidation?.args[0]).toEqual([
      "sì",
      "no",
    ]);
    expect(getState().drafts).toEqual([draft]);
  });

  it("an unchanged copy checks clean and is the built-in model itself (sheet round trip)", () => {
    const { workbook } = installAppsScript();
    const draft = copied(workbook);
    expect(ok(checkModel({ sheetId: draft.sheetId }))).toMatchObject({
      id: "cx-maturity",
      version: "2.0.0",
      origin: "builtin",
    });
    expect(getState().models.filter((model) => model.id === "cx-maturity")).toHaveLength(1);
  });
});

describe("check model", () => {
  it("lists every error with its sheet and cell, and notes them on the cells, changing nothing else", () => {
    const { workbook } = installAppsScript();
    const draft = copied(workbook);
    const sheet = draft.sheetName;
    const question = rowOf(workbook, sheet, "lead-2a", "#questions");
    type(workbook, sheet, `B${question}`, "sales");
    type(workbook, sheet, `F${question}`, "heavy");
    workbook.sheet(sheet).cellAt(question, 4).note = "Da rileggere con il cliente";
    const before = JSON.stringify(workbook.values(sheet));
    const outcome = checkModel({ sheetId: draft.sheetId });
    const quoted = `'${sheet}'`;
    // Every error at once: a weight that is not a number and an unknown area.
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: `${quoted}!F${question}`, message: "deve essere un numero" },
        { field: `${quoted}!B${question}`, message: "area 'sales' inesistente" },
      ],
    });
    expect(workbook.cell(sheet, `F${question}`).note).toBe("Bussola CX: deve essere un numero");
    expect(workbook.cell(sheet, `B${question}`).note).toBe("Bussola CX: area 'sales' inesistente");
    expect(JSON.stringify(workbook.values(sheet))).toBe(before);
    // One fixed: its note goes, the other stays.
    type(workbook, sheet, `F${question}`, 2);
    expect(checkModel({ sheetId: draft.sheetId })).toEqual({
      ok: false,
      errors: [{ field: `${quoted}!B${question}`, message: "area 'sales' inesistente" }],
    });
    expect(workbook.cell(sheet, `F${question}`).note).toBe("");
    // Fixed, under an id of the consultant's own: notes go away and the model is accepted.
    type(workbook, sheet, `B${question}`, maturity.questions[1]?.area ?? "");
    type(workbook, sheet, `B${rowOf(workbook, sheet, "id")}`, "maturita-acme");
    expect(ok(checkModel({ sheetId: draft.sheetId }))).toMatchObject({
      id: "maturita-acme",
      version: "2.0.0",
      origin: "library",
    });
    expect(workbook.cell(sheet, `B${question}`).note).toBe("");
    // The consultant's own note was never touched.
    expect(workbook.cell(sheet, `D${question}`).note).toBe("Da rileggere con il cliente");
  });

  it("leaves a person's own note on a cell with an error as it was, however often the model is checked", () => {
    const { workbook } = installAppsScript();
    const draft = copied(workbook);
    const sheet = draft.sheetName;
    const question = rowOf(workbook, sheet, "lead-2a", "#questions");
    const areaCell = workbook.sheet(sheet).cellAt(question, 2);
    areaCell.note = "Chiedere a Marco quale area";
    type(workbook, sheet, `B${question}`, "sales");
    checkModel({ sheetId: draft.sheetId });
    checkModel({ sheetId: draft.sheetId });
    expect(areaCell.note).toBe("Chiedere a Marco quale area\nBussola CX: area 'sales' inesistente");
    type(workbook, sheet, `B${question}`, maturity.questions[1]?.area ?? "");
    checkModel({ sheetId: draft.sheetId });
    expect(areaCell.note).toBe("Chiedere a Marco quale area");
  });

  it("asks for an id of one's own before a changed built-in model joins the library", () => {
    const { workbook } = installAppsScript();
    const draft = copied(workbook);
    const sheet = draft.sheetName;
    type(
      workbook,
      sheet,
      `D${rowOf(workbook, sheet, "lead-1a", "#questions")}`,
      "Una domanda nuova?",
    );
    type(workbook, sheet, `B${rowOf(workbook, sheet, "version")}`, "2.0.1");
    const idCell = `B${rowOf(workbook, sheet, "id")}`;
    const outcome = checkModel({ sheetId: draft.sheetId });
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      {
        field: `'${sheet}'!${idCell}`,
        message:
          "«cx-maturity» è l'ID di un modello integrato: per salvare la vostra versione dategli un ID vostro, ad esempio cx-maturity-custom.",
      },
    ]);
    expect(workbook.cell(sheet, idCell).note).toContain("è l'ID di un modello integrato");
  });

  it("refuses changed content under a version already in use, pointing at the version cell", () => {
    const { workbook } = installAppsScript();
    const draft = copied(workbook);
    const sheet = draft.sheetName;
    type(workbook, sheet, `B${rowOf(workbook, sheet, "id")}`, "maturita-acme");
    ok(checkModel({ sheetId: draft.sheetId }));
    type(
      workbook,
      sheet,
      `D${rowOf(workbook, sheet, "lead-1a", "#questions")}`,
      "Una domanda nuova?",
    );
    const outcome = checkModel({ sheetId: draft.sheetId });
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      {
        field: `'${sheet}'!B${rowOf(workbook, sheet, "version")}`,
        message: expect.stringContaining(
          "versione 2.0.0 esiste già con un contenuto diverso: alzate la versione (ad esempio 2.0.1)",
        ),
      },
    ]);
  });
});

describe("the library in the store", () => {
  it("reports a saved model that no longer reads back, instead of hiding it", () => {
    const { workbook } = installAppsScript();
    const model = structuredClone(builtinModels["cx-100"] as Model);
    model.id = "cx-100-retail";
    ok(importModel({ json: JSON.stringify(model) }));
    const store = workbook.sheet("Bussola CX · data");
    const row =
      workbook
        .values("Bussola CX · data")
        .findIndex((line) => line[0] === "model:cx-100-retail@2.0.0") + 1;
    store.cellAt(row, 3).value = "{ damaged";
    const state = getState();
    expect(state.models.map((m) => m.id)).not.toContain("cx-100-retail");
    expect(state.unreadable).toEqual([
      "Il modello salvato «cx-100-retail@2.0.0» non è più leggibile: importatelo di nuovo da JSON.",
    ]);
  });
});

describe("versions", () => {
  it("a new version is offered for new assessments while existing questionnaires keep theirs", () => {
    const { workbook } = installAppsScript();
    const draft = copied(workbook);
    const sheet = draft.sheetName;
    const create = (clientName: string, modelVersion?: string) =>
      ok(
        createAssessment({
          modelId: "maturita-acme",
          ...(modelVersion === undefined ? {} : { modelVersion }),
          clientName,
          lang: "it",
          respondents: [{ name: "A", group: "" }],
        }),
      );
    type(workbook, sheet, `B${rowOf(workbook, sheet, "id")}`, "maturita-acme");
    ok(checkModel({ sheetId: draft.sheetId }));
    const old = create("Prima");
    expect(old.model.version).toBe("2.0.0");

    type(
      workbook,
      sheet,
      `D${rowOf(workbook, sheet, "lead-1a", "#questions")}`,
      "Domanda riscritta?",
    );
    type(workbook, sheet, `B${rowOf(workbook, sheet, "version")}`, "3.0.0");
    ok(checkModel({ sheetId: draft.sheetId }));
    const versions = getState()
      .models.filter((model: ModelSummary) => model.id === "maturita-acme")
      .map((model) => [model.version, model.origin]);
    expect(versions).toEqual([
      ["2.0.0", "library"],
      ["3.0.0", "library"],
    ]);
    const fresh = create("Dopo");
    expect(fresh.model.version).toBe("3.0.0");
    const lead1 = (name: string) => workbook.values(name).find((row) => row[0] === "lead-1a")?.[2];
    expect(lead1(fresh.questionnaireSheet)).toContain("Domanda riscritta?");
    expect(lead1(old.questionnaireSheet)).not.toContain("Domanda riscritta?");
    expect(create("Fissa", "2.0.0").model.version).toBe("2.0.0");
    expect(ok(scoreAssessment({ assessmentId: old.id })).model.version).toBe("2.0.0");
    expect(workbook.values("Risultati · Prima")[1]?.[0]).toContain("(v2.0.0)");
  });
});

describe("JSON in and out", () => {
  it("exports a model as JSON that parses back deep-equal", () => {
    installAppsScript();
    const { json } = ok(exportModel({ modelId: "cx-360-selfcheck", version: "2.0.0" }));
    expect(JSON.parse(json)).toEqual(builtinModels["cx-360-selfcheck"]);
  });

  it("imports pasted JSON into the library, with the same version rule", () => {
    installAppsScript();
    const model = structuredClone(builtinModels["cx-100"] as Model);
    model.id = "cx-100-retail";
    model.name = { it: "CX 100 per il retail", en: "CX 100 for retail" };
    expect(ok(importModel({ json: JSON.stringify(model) }))).toMatchObject({
      id: "cx-100-retail",
      origin: "library",
    });
    expect(getState().models.map((m) => m.id)).toContain("cx-100-retail");
    model.estimatedMinutes = 99;
    const again = importModel({ json: JSON.stringify(model) });
    expect(again.ok ? [] : again.errors.map((error) => error.field)).toEqual(["version"]);
  });

  it("imports a model whose id is also a name every object has (constructor)", () => {
    installAppsScript({ locale: "en_US" });
    const model = structuredClone(builtinModels["cx-100"] as Model);
    model.id = "constructor";
    expect(ok(importModel({ json: JSON.stringify(model) }))).toMatchObject({
      id: "constructor",
      origin: "library",
    });
    expect(getState().models.map((m) => m.id)).toContain("constructor");
    // Importing it again is the same model: nothing is refused.
    expect(ok(importModel({ json: JSON.stringify(model) })).id).toBe("constructor");
  });

  it("reports JSON syntax errors and schema errors with their JSON paths", () => {
    installAppsScript({ locale: "en_US" });
    const syntax = importModel({ json: "{ not json" });
    expect(syntax.ok ? [] : syntax.errors[0]?.message).toMatch(/^The text is not valid JSON: /);
    const model = structuredClone(builtinModels["cx-100"] as Model) as unknown as {
      questions: { area: string }[];
      bands: { overall: { min: number }[] };
    };
    (model.questions[0] as { area: string }).area = "nowhere";
    (model.bands.overall[1] as { min: number }).min = 41;
    const outcome = importModel({ json: JSON.stringify(model) });
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { field: "questions.0.area", message: "unknown area 'nowhere'" },
      { field: "bands.overall.1.min", message: expect.stringMatching(/^gap between bands/) },
    ]);
  });
});
