/**
 * The built dist/Code.js, run in a node:vm sandbox against the in-memory Apps Script services,
 * through the same global functions Apps Script would call.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isAsked } from "../../src/core/assessment/assessment";
import { score } from "../../src/core/assessment/scoring";
import type { AssessmentSummary, Outcome, State } from "../../src/core/contract/contract";
import { boxContains, columnNumber, parseBox } from "../../src/core/layout/a1";
import { questionnaireLayout } from "../../src/core/layout/questionnaire";
import { builtinModels } from "../../src/core/model/builtin";
import type { MemoryWorkbook, SheetSnapshot } from "../../src/memory-sheets";
import { createSandbox } from "../../workbench/sandbox";
import {
  answerLabels,
  middleScore,
  questionRows,
  RESPONDENTS,
  shownNumber,
} from "../support/questionnaire";

const dist = join(import.meta.dirname, "../../dist");
const sidebar = readFileSync(join(dist, "Sidebar.html"), "utf8");

function boot(locale = "it_IT") {
  const sandbox = createSandbox(dist, { locale });
  const call = <T>(name: string, ...args: unknown[]): T => sandbox.call(name, args) as T;
  return { ...sandbox, call };
}

describe("dist/Code.js in a sandbox with in-memory Sheets", () => {
  it("builds a localised menu when authorised and opens the sidebar page", () => {
    const { workbook, call } = boot();
    call("onOpen", { authMode: "FULL" });
    expect(workbook.addonMenu?.entries).toEqual([
      { kind: "item", caption: "Apri Bussola CX", functionName: "openSidebar" },
      { kind: "item", caption: "Calcola i punteggi", functionName: "scoreFromMenu" },
      { kind: "separator" },
      { kind: "item", caption: "Guida", functionName: "showHelp" },
    ]);
    call("openSidebar");
    expect(workbook.ui.sidebar?.content).toBe(sidebar);
    expect(workbook.ui.sidebar?.title).toBe("Bussola CX");
  });

  it("creates, takes answers, scores and reports through the global functions", () => {
    const { workbook, call } = boot();
    const created = call<Outcome<AssessmentSummary>>("createAssessment", {
      modelId: "cx-360-selfcheck",
      clientName: "Rossi S.p.A.",
      lang: "it",
      respondents: [{ name: "Paola", group: "Direzione" }],
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const sheet = created.value.questionnaireSheet;
    const values = workbook.values(sheet);
    const questionRows = values.flatMap((row, index) =>
      /^q\d\d$/.test(String(row[0])) ? [index + 1] : [],
    );
    expect(questionRows).toHaveLength(25);
    questionRows.forEach((row, index) => {
      const edit = workbook.userEdit(sheet, `D${row}`, index < 18 ? "Sì" : "No");
      if (!edit.ok) throw new Error(edit.message);
    });
    const scored = call<Outcome<AssessmentSummary>>("scoreAssessment", {
      assessmentId: created.value.id,
    });
    if (!scored.ok) throw new Error(JSON.stringify(scored.errors));
    expect(scored.value.lastScore?.overall).toBe(18);
    expect(scored.value.lastScore?.band?.label.it).toContain("18–25");
    const state = call<State>("getState");
    expect(state.lang).toBe("it");
    expect(state.models.map((model) => model.id)).toContain("cx-360-selfcheck");
    expect(state.assessments[0]?.respondents?.[0]).toMatchObject({
      name: "Paola",
      answered: 25,
      total: 25,
    });
    expect(workbook.sheetNames).toEqual(
      expect.arrayContaining([
        "Questionario · Rossi S.p.A.",
        "Risultati · Rossi S.p.A.",
        "Piano d'azione · Rossi S.p.A.",
        "Storico · Rossi S.p.A.",
      ]),
    );
  });

  it("returns validation errors in the user's language instead of throwing", () => {
    const { call, workbook } = boot("en_US");
    const outcome = call<Outcome<AssessmentSummary>>("createAssessment", {
      modelId: "cx-100",
      lang: "en",
      respondents: [],
    });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: "clientName", message: "Required." },
        { field: "respondents", message: "Add at least one respondent." },
      ],
    });
    expect(workbook.sheetNames).toEqual(["Sheet1"]);
  });
});

/**
 * The options of the dropdown the workbench shows in a cell, or null when it shows none: an answer
 * cell is one the sheet's protection leaves editable and a list validation constrains.
 */
function dropdownAt(sheet: SheetSnapshot, row: number, column: number): string[] | null {
  const protection = sheet.protections.find((candidate) => candidate.range === null);
  const editable = protection?.unprotectedRanges
    .map(parseBox)
    .some((box) => box !== null && boxContains(box, row, column));
  const cell = sheet.cells.find(
    (candidate) => candidate.row === row && candidate.column === column,
  );
  const rule = cell?.validation === undefined ? undefined : sheet.dataValidations[cell.validation];
  const list = rule?.criteria === "VALUE_IN_LIST" ? rule.values[0] : undefined;
  return editable === true && Array.isArray(list) ? list.map(String) : null;
}

function sheetShown(workbook: MemoryWorkbook, name: string): SheetSnapshot {
  const sheet = workbook.snapshot().sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`${name} is not in the workbook`);
  return sheet;
}

/** The cells of the row whose first cell shows `firstCell`, as shown (display text). */
function shownRow(sheet: SheetSnapshot, firstCell: string): string[] {
  const row = sheet.cells.find((cell) => cell.column === 1 && cell.display === firstCell)?.row;
  const cells = sheet.cells.filter((cell) => cell.row === row);
  return Array.from(
    { length: sheet.lastColumn },
    (_, index) => cells.find((cell) => cell.column === index + 1)?.display ?? "",
  );
}

/** What the progress cell's formula counts, as the workbench computes it: `=COUNTA(D11:D40)`. */
/** What a progress formula shows: COUNTA of one range, less the not-asked cells where there are. */
function countaShown(values: unknown[][], formula: string | null | undefined): number {
  const match = /^=COUNTA\((.+?)\)(?:-(\d+))?$/i.exec(formula ?? "");
  const box = parseBox(match?.[1] ?? "");
  if (box === null) throw new Error(`not a one-range COUNTA: ${formula}`);
  const filled = values
    .slice(box.row - 1, box.row - 1 + box.rows)
    .flatMap((line) => line.slice(box.column - 1, box.column - 1 + box.columns))
    .filter((value) => value !== null && value !== undefined && value !== "").length;
  return filled - Number(match?.[2] ?? 0);
}

/**
 * Every built-in model from create to score, as the sidebar and a client would drive it: two
 * respondents answer through the dropdowns (Anna the top option, Carlo the bottom one), then Score.
 * In a model with perspectives Anna answers from the first (the company's own people) and Carlo
 * from the last (customers), each only the questions asked of them.
 * The browser test walks cx-maturity the same way through Chromium.
 */
describe("every built-in model end to end in the sandbox", () => {
  it.each(Object.values(builtinModels).map((model) => [model.id, model] as const))(
    "creates, answers and scores %s",
    (id, model) => {
      const { workbook, call } = boot();
      call("onOpen", { authMode: "FULL" });
      const client = `Cliente ${id}`;
      const [first, ...rest] = model.perspectives ?? [];
      const last = rest.at(-1);
      const perspectiveOf = { Direzione: first?.id ?? null, Clienti: last?.id ?? null };
      // What the sidebar sends for a model picked at its version, with no targets.
      const created = call<Outcome<AssessmentSummary>>("createAssessment", {
        modelId: id,
        modelVersion: model.version,
        clientName: client,
        lang: "it",
        respondents: RESPONDENTS.map(([name, group]) => ({ name, group })),
        targets: {},
        // One respondent per group: shown with a minimum group size of 1.
        minGroupSize: 1,
        ...(first === undefined || last === undefined
          ? {}
          : { groupPerspectives: { Direzione: first.id, Clienti: last.id } }),
      });
      if (!created.ok) throw new Error(JSON.stringify(created.errors));
      const sheet = `Questionario · ${client}`;
      expect(created.value.questionnaireSheet).toBe(sheet);
      // The workbook view follows the add-on to the new questionnaire.
      expect(workbook.snapshot().activeSheet).toBe(sheet);

      const { top, bottom, all } = answerLabels(model);
      const rows = questionRows(workbook, sheet, model);
      expect(rows).toHaveLength(model.questions.length);
      const questionnaire = sheetShown(workbook, sheet);
      const questionAt = new Map(workbook.values(sheet).map((row, index) => [index + 1, row[0]]));
      // Anna's answers go in column D, Carlo's in E.
      const answers = [
        ["D", top, perspectiveOf.Direzione],
        ["E", bottom, perspectiveOf.Clienti],
      ] as const;
      const askedOf = (perspective: string | null) =>
        model.questions.filter((question) => isAsked(question, perspective)).length;
      for (const row of rows) {
        const question = model.questions.find((candidate) => candidate.id === questionAt.get(row));
        if (question === undefined) throw new Error(`no question on row ${row}`);
        for (const [column, label, perspective] of answers) {
          if (!isAsked(question, perspective)) {
            // Not theirs to answer: marked, with no dropdown.
            expect(workbook.values(sheet, `${column}${row}`)).toEqual([["—"]]);
            expect(dropdownAt(questionnaire, row, columnNumber(column))).toBeNull();
            continue;
          }
          expect(dropdownAt(questionnaire, row, columnNumber(column))).toEqual(
            expect.arrayContaining(all),
          );
          expect(workbook.userEdit(sheet, `${column}${row}`, label)).toEqual({
            ok: true,
            warnings: [],
          });
        }
      }
      // The progress formula each respondent sees counts their answers.
      const { progressRow } = questionnaireLayout(model, RESPONDENTS.length);
      const values = workbook.values(sheet);
      for (const [column, , perspective] of answers) {
        const formula = workbook.formulas(sheet, `${column}${progressRow}`)[0]?.[0];
        expect(countaShown(values, formula)).toBe(askedOf(perspective));
      }

      const scored = call<Outcome<AssessmentSummary>>("scoreAssessment", {
        assessmentId: created.value.id,
      });
      if (!scored.ok) throw new Error(JSON.stringify(scored.errors));
      // Everyone's mean is the middle of the range; with perspectives, the assessment's own figure
      // is the first perspective's: what the pure scoring makes of Anna's top answers alone.
      const topValue = Math.max(...(model.scales[0]?.options.map((option) => option.value) ?? []));
      const expected =
        first === undefined
          ? middleScore(model)
          : (score(model, {
              respondents: [
                {
                  id: "r1",
                  name: "Anna",
                  perspective: first.id,
                  answers: Object.fromEntries(model.questions.map((q) => [q.id, topValue])),
                },
              ],
            }).overall.score ?? Number.NaN);
      expect(scored.value.lastScore?.overall).toBeCloseTo(expected, 1);
      expect(scored.value.respondents).toEqual([
        expect.objectContaining({
          name: "Anna",
          answered: askedOf(perspectiveOf.Direzione),
          total: askedOf(perspectiveOf.Direzione),
        }),
        expect.objectContaining({
          name: "Carlo",
          answered: askedOf(perspectiveOf.Clienti),
          total: askedOf(perspectiveOf.Clienti),
        }),
      ]);
      expect(call<State>("getState").assessments[0]?.respondents?.[0]).toMatchObject({
        answered: askedOf(perspectiveOf.Direzione),
      });

      expect(workbook.sheetNames).toEqual(
        expect.arrayContaining([
          sheet,
          `Risultati · ${client}`,
          `Piano d'azione · ${client}`,
          `Storico · ${client}`,
        ]),
      );
      const results = sheetShown(workbook, `Risultati · ${client}`);
      const overallRow = shownRow(
        results,
        first === undefined ? "Punteggio complessivo" : `Punteggio complessivo · ${first.name.it}`,
      );
      expect(shownNumber(overallRow[1] ?? "")).toBeCloseTo(expected, 1);
      // Every area is fully answered, so the overall score has a band, shown beside it.
      const band = scored.value.lastScore?.band?.label.it;
      expect(band).toBeTruthy();
      expect(overallRow).toContain(band);
      // Charts the workbench can draw, each reading a table of cells: a radar and bars, and with
      // perspectives the perception gap.
      expect(results.charts).toHaveLength(first === undefined ? 2 : 3);
      for (const chart of results.charts) expect(parseBox(chart.ranges[0] ?? "")).not.toBeNull();
    },
  );
});
