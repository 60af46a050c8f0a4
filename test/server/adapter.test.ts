/**
 * The Sheets adapter against the in-memory SpreadsheetApp: create → answer → score, and the
 * promises around it (text stays text, nothing overwritten, bad input writes nothing).
 */
import { describe, expect, it } from "vitest";
import { tQuantile975 } from "../../src/core/assessment/scoring";
import { STORE_SHEET_NAME } from "../../src/core/assessment/storage";
import type { AssessmentSummary, CreateRequest } from "../../src/core/contract/contract";
import { questionnaireLayout, RESPONDENT_ID_MARKER } from "../../src/core/layout/questionnaire";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import type { MemoryWorkbook } from "../../src/memory-sheets";
import {
  createAssessment,
  createRecord,
  getState,
  scoreAssessment,
  showResults,
} from "../../src/server/api";
import { scoreFromMenu } from "../../src/server/menu";
import { addRespondents } from "../../src/server/respondents-api";
import { installAppsScript } from "../support/apps-script";
import { levelModel } from "../support/fixtures";
import { ok } from "../support/outcome";
import { questionRow as rowOf } from "../support/questionnaire";

const maturity = builtinModels["cx-maturity"] as Model;

function request(overrides: Partial<CreateRequest> = {}): CreateRequest {
  return {
    modelId: "cx-maturity",
    clientName: "Acme",
    lang: "it",
    respondents: [
      { name: "Anna", group: "Direzione" },
      { name: "Bruno", group: "Direzione" },
      { name: "Carla", group: "Clienti" },
    ],
    ...overrides,
  };
}

const column = (index: number) => String.fromCharCode(68 + index); // D, E, F… for respondents 0, 1, 2…

/** Every respondent answers every question with the option of the given value (a client typing). */
function answerAll(
  workbook: MemoryWorkbook,
  sheet: string,
  model: Model,
  respondent: number,
  value: number,
) {
  const label = model.scales[0]?.options.find((option) => option.value === value)?.label.it ?? "";
  for (const question of model.questions) {
    const result = workbook.userEdit(
      sheet,
      `${column(respondent)}${rowOf(workbook, sheet, question.id)}`,
      label,
    );
    if (!result.ok) throw new Error(result.message);
  }
}

function valuesOf(workbook: MemoryWorkbook, sheet: string) {
  return workbook.values(sheet);
}

function rowStarting(workbook: MemoryWorkbook, sheet: string, text: string) {
  return valuesOf(workbook, sheet).find((row) => row[0] === text) ?? [];
}

describe("create", () => {
  it("writes a questionnaire sheet with dropdowns, protection, highlight, progress formulas and frozen headers", () => {
    const { workbook } = installAppsScript();
    const summary = ok(createAssessment(request()));
    expect(summary.questionnaireSheet).toBe("Questionario · Acme");
    const sheet = workbook.sheet("Questionario · Acme");
    const layout = questionnaireLayout(maturity, 3);
    expect(
      workbook.values("Questionario · Acme", `D${layout.headerRow}:I${layout.headerRow}`),
    ).toEqual([["Anna", "Bruno", "Carla", "Note · Anna", "Note · Bruno", "Note · Carla"]]);
    const firstQuestion = rowOf(workbook, "Questionario · Acme", maturity.questions[0]?.id ?? "");
    const rule = workbook.cell("Questionario · Acme", `E${firstQuestion}`).dataValidation;
    expect(rule?.allowInvalid).toBe(false);
    expect(JSON.stringify(rule?.args)).toContain("1 · Del tutto in disaccordo");
    expect(workbook.formulas("Questionario · Acme", `D${layout.progressRow}`)).toEqual([
      [`=COUNTA(D${layout.firstBodyRow}:D${layout.lastRow})`],
    ]);
    expect(sheet.frozenRows).toBe(layout.idRow);
    expect(sheet.frozenColumns).toBe(3);
    // Title, source, author's note, instructions and legend wrap inside merges that stay within
    // the frozen columns A:C, each row tall enough for its text.
    expect(workbook.snapshot().sheets.find((s) => s.name === sheet.name)?.merges).toEqual([
      "A1:C1",
      "A2:C2",
      "A3:C3",
      "A4:C4",
      "A5:C5",
    ]);
    for (const row of [1, 2, 3, 4, 5]) expect(sheet.cellAt(row, 1).wrap, `A${row}`).toBe(true);
    const instructions = String(sheet.cellAt(4, 1).value);
    expect(instructions.length).toBeGreaterThan(200);
    expect(sheet.rowHeights.get(4)).toBeGreaterThanOrEqual(3 * 17);
    expect(sheet.hiddenRows.has(layout.idRow)).toBe(true);
    expect(sheet.conditionalRules).toHaveLength(1);
    expect(sheet.protections).toHaveLength(1);
    expect(sheet.protections[0]?.editors).not.toContain("client@example.com");
  });

  it("lets a client answer through the dropdown, rejects invalid input and protects the rest", () => {
    const { workbook } = installAppsScript();
    ok(createAssessment(request()));
    const sheet = "Questionario · Acme";
    const row = rowOf(workbook, sheet, maturity.questions[0]?.id ?? "");
    expect(workbook.userEdit(sheet, `D${row}`, "3 · Né d’accordo né in disaccordo").ok).toBe(true);
    expect(workbook.userEdit(sheet, `D${row}`, "molto bene")).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(workbook.userEdit(sheet, `C${row}`, "new text")).toMatchObject({
      ok: false,
      reason: "protected",
    });
    expect(workbook.userEdit(sheet, `G${row}`, "Un commento").ok).toBe(true);
  });

  it("stores the model and settings in a hidden sheet that scoring reads back", () => {
    const { workbook } = installAppsScript();
    ok(createAssessment(request({ targets: { "leadership-strategy": 4 } })));
    const store = workbook.sheet(STORE_SHEET_NAME);
    expect(store.hidden).toBe(true);
    const state = getState();
    expect(state.assessments).toHaveLength(1);
    expect(state.assessments[0]?.model).toEqual({
      id: "cx-maturity",
      version: "2.0.0",
      name: maturity.name,
    });
    expect(state.assessments[0]?.respondents?.map((r) => [r.name, r.answered, r.total])).toEqual([
      ["Anna", 0, 44],
      ["Bruno", 0, 44],
      ["Carla", 0, 44],
    ]);
  });

  it("keeps user text as text: names starting with =, +, - or @ never become formulas", () => {
    const { workbook } = installAppsScript();
    const summary = ok(
      createAssessment(
        request({
          clientName: '=HYPERLINK("http://x")',
          respondents: [
            { name: "+39 333 1234", group: "@team" },
            { name: "-Mario", group: "=1+1" },
          ],
        }),
      ),
    );
    const sheet = summary.questionnaireSheet;
    const layout = questionnaireLayout(maturity, 2);
    expect(workbook.formulas(sheet, `D${layout.headerRow}:E${layout.groupRow}`)).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(workbook.values(sheet, `D${layout.headerRow}:E${layout.groupRow}`)).toEqual([
      ["+39 333 1234", "-Mario"],
      ["@team", "=1+1"],
    ]);
    expect(workbook.values(sheet, "A1")[0]?.[0]).toBe(
      'Bussola CX · CX Maturity — =HYPERLINK("http://x")'.replace("CX Maturity", maturity.name.it),
    );
    expect(workbook.formulas(sheet, "A1")).toEqual([[null]]);
  });

  it("a second create, even for the same client, never touches the first", () => {
    const { workbook } = installAppsScript();
    ok(createAssessment(request()));
    workbook.userEdit(
      "Questionario · Acme",
      `D${rowOf(workbook, "Questionario · Acme", "lead-1a")}`,
      "2 · In disaccordo",
    );
    const before = JSON.stringify(
      workbook.snapshot().sheets.find((sheet) => sheet.name === "Questionario · Acme"),
    );
    const second = ok(createAssessment(request({ modelId: "cx-100" })));
    expect(second.questionnaireSheet).toBe("Questionario · Acme (2)");
    const after = JSON.stringify(
      workbook.snapshot().sheets.find((sheet) => sheet.name === "Questionario · Acme"),
    );
    expect(after).toBe(before);
    expect(getState().assessments.map((a) => a.model.id)).toEqual(["cx-maturity", "cx-100"]);
  });

  it("rejects a bad request whole, in the user's language, before writing anything", () => {
    const { workbook, calls } = installAppsScript();
    const outcome = createAssessment(
      request({
        clientName: "  ",
        respondents: [
          { name: "Anna", group: "" },
          { name: "anna", group: "" },
        ],
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      errors: [{ field: "clientName", message: "Campo obbligatorio." }],
    });
    const duplicate = createAssessment(
      request({
        respondents: [
          { name: "Anna", group: "" },
          { name: "anna", group: "x" },
        ],
      }),
    );
    expect(duplicate.ok ? [] : duplicate.errors).toEqual([
      {
        field: "respondents.1.name",
        message: "«anna» compare più volte: i nomi dei rispondenti devono essere diversi.",
      },
    ]);
    const target = createAssessment(request({ targets: { "leadership-strategy": 9, nowhere: 1 } }));
    expect(target.ok ? [] : target.errors.map((e) => e.field)).toEqual([
      "targets.leadership-strategy",
      "targets.nowhere",
    ]);
    expect(createAssessment({ ...request(), modelId: "unknown" } as CreateRequest).ok).toBe(false);
    expect(workbook.sheetNames).toEqual(["Sheet1"]);
    expect(
      calls.entries.filter((entry) => /^(set|insert|append|protect|hide)/.test(entry.method)),
    ).toEqual([]);
  });

  it("answers in English for an English-speaking user", () => {
    installAppsScript({ locale: "en_GB" });
    const outcome = createAssessment(request({ clientName: "" }));
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { field: "clientName", message: "Required." },
    ]);
  });
});

describe("score", () => {
  function scoredAcme() {
    const env = installAppsScript();
    const summary = ok(
      createAssessment(request({ targets: { "leadership-strategy": 4, "people-teams": 2 } })),
    );
    const sheet = summary.questionnaireSheet;
    answerAll(env.workbook, sheet, maturity, 0, 5);
    answerAll(env.workbook, sheet, maturity, 1, 3);
    answerAll(env.workbook, sheet, maturity, 2, 1);
    return { ...env, summary, sheet };
  }

  it("writes Results: overall, bands, per-area table with targets, gaps, groups and spread", () => {
    const { workbook, summary } = scoredAcme();
    const scored = ok(scoreAssessment({ assessmentId: summary.id }));
    expect(scored.resultsSheet).toBe("Risultati · Acme");
    expect(scored.lastScore?.overall).toBe(3);
    const overall = rowStarting(workbook, "Risultati · Acme", "Punteggio complessivo");
    expect(overall.slice(1, 4)).toEqual([3, "su 1–5", "Livello 3 · Impegnata"]);
    const leadership = rowStarting(workbook, "Risultati · Acme", maturity.areas[0]?.name.it ?? "");
    // score, n, ± 95% CI, sd (sample), agreement, band, note, completeness, min, max, target,
    // gap, priority; no lowest and highest respondent, since scores by respondent are off (groups)
    expect(leadership.slice(1, 14)).toEqual([
      3,
      3,
      (tQuantile975(2) * 2) / Math.sqrt(3),
      2,
      0,
      "Intermedio",
      "opinioni divergenti: parlatene prima di agire",
      1,
      1,
      5,
      4,
      1,
      1,
    ]);
    // Direzione (2) and Clienti (1) are below the default minimum group size of 3: no columns
    expect(leadership.slice(16).every((cell) => cell === null || cell === "")).toBe(true);
    const text = workbook.values("Risultati · Acme").flat();
    expect(text).toContain("Gruppo «Direzione» nascosto: meno di 3 rispondenti.");
    expect(text).toContain("Gruppo «Clienti» nascosto: meno di 3 rispondenti.");
  });

  it("draws a radar and a column chart with one series per group, hidden rows included", () => {
    const { workbook } = installAppsScript();
    // groups of 3, the minimum size to be shown
    const summary = ok(
      createAssessment(
        request({
          respondents: ["Anna", "Bruno", "Carla", "Dario", "Elena", "Fabio"].map((name, i) => ({
            name,
            group: i < 3 ? "Direzione" : "Clienti",
          })),
        }),
      ),
    );
    for (let respondent = 0; respondent < 6; respondent++)
      answerAll(workbook, summary.questionnaireSheet, maturity, respondent, respondent < 3 ? 4 : 2);
    ok(scoreAssessment({ assessmentId: summary.id }));
    const charts = workbook.sheet("Risultati · Acme").charts;
    expect(charts.map((chart) => chart.type)).toEqual(["RADAR", "COLUMN"]);
    const values = workbook.values("Risultati · Acme");
    const box = charts[0]?.ranges[0]?.box;
    expect(box).toBeDefined();
    const header = values[(box?.row ?? 1) - 1]?.slice(0, box?.columns);
    expect(header).toEqual(["Area", "Tutti", "Direzione", "Clienti"]);
    expect(box?.rows).toBe(1 + maturity.areas.length);
    expect(charts[0]?.hiddenDimensionStrategy).toBe("SHOW_BOTH");
    expect(charts[0]?.options.title).toBe("Profilo per area");
  });

  it("lists invalid, N/A and blank answers correctly, and reads moved rows", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request({ respondents: [{ name: "Anna", group: "" }] })));
    const sheet = created.questionnaireSheet;
    const [q1, q2, q3] = maturity.questions;
    const row1 = rowOf(workbook, sheet, q1?.id ?? "");
    workbook.userEdit(sheet, `D${row1}`, "5 · Del tutto d’accordo");
    workbook.userEdit(sheet, `D${rowOf(workbook, sheet, q2?.id ?? "")}`, "Non so");
    // Pasted text slips past validation; the consultant (an editor) can paste anywhere.
    const row3 = rowOf(workbook, sheet, q3?.id ?? "");
    workbook.sheet(sheet).cellAt(row3, 4).value = "forse";
    const lastRow = questionnaireLayout(maturity, 1).lastRow;
    workbook.moveRow(sheet, row1, lastRow, { user: "consultant@example.com" });
    expect(rowOf(workbook, sheet, q1?.id ?? "")).toBe(lastRow);
    const scored = ok(scoreAssessment({ assessmentId: created.id }));
    // progress counts the “Non so”; the score does not: one value is below the area's minimum
    expect(scored.respondents?.[0]?.answered).toBe(2);
    expect(scored.lastScore?.areas[0]?.score).toBeNull();
    expect(scored.lastScore?.problems).toBe(1);
    const problem = rowStarting(
      workbook,
      "Risultati · Acme",
      `D${rowOf(workbook, sheet, q3?.id ?? "")}`,
    );
    expect(problem.slice(1, 4)).toEqual([
      "Anna",
      q3?.id,
      "Risposta non valida «forse»: sceglietela dal menu a tendina.",
    ]);
  });

  it("never writes an answer cell", () => {
    const { workbook, summary, sheet } = scoredAcme();
    const before = JSON.stringify(workbook.values(sheet));
    ok(scoreAssessment({ assessmentId: summary.id }));
    ok(scoreAssessment({ assessmentId: summary.id }));
    expect(JSON.stringify(workbook.values(sheet))).toBe(before);
  });

  it("re-scoring rewrites Results the same way, keeps the action plan entries and appends History", () => {
    const { workbook, summary } = scoredAcme();
    ok(scoreAssessment({ assessmentId: summary.id }));
    const plan = "Piano d'azione · Acme";
    const planValues = workbook.values(plan);
    const firstRow = planValues.findIndex((row) => row[0] === "#area-id") + 2;
    const area = planValues[firstRow - 1]?.[0];
    expect(workbook.userEdit(plan, `I${firstRow}`, "Giulia").ok).toBe(true);
    expect(workbook.userEdit(plan, `K${firstRow}`, "In corso").ok).toBe(true);
    expect(workbook.userEdit(plan, `H${firstRow}`, "changed")).toMatchObject({
      ok: false,
      reason: "protected",
    });
    const results = workbook.values("Risultati · Acme").filter((_row, index) => index !== 2);
    ok(scoreAssessment({ assessmentId: summary.id }));
    expect(workbook.values("Risultati · Acme").filter((_row, index) => index !== 2)).toEqual(
      results,
    );
    expect(workbook.sheet("Risultati · Acme").charts).toHaveLength(2);
    const kept = workbook.values(plan).find((row) => row[0] === area);
    expect(kept?.slice(8, 11)).toEqual(["Giulia", null, "In corso"]);
    const history = workbook.values("Storico · Acme");
    const runs = history.filter((row) => row[1] === "cx-maturity");
    expect(runs).toHaveLength(2);
    expect(runs[0]?.slice(1, 7)).toEqual([
      "cx-maturity",
      "2.0.0",
      3,
      1,
      3,
      "Livello 3 · Impegnata",
    ]);
  });

  it("says clearly when the questionnaire was deleted or damaged", () => {
    const { workbook, summary, sheet } = scoredAcme();
    const index = workbook.sheets.findIndex((candidate) => candidate.name === sheet);
    const questionnaire = workbook.sheets[index];
    if (questionnaire === undefined) throw new Error("missing");
    const idRow = workbook.values(sheet).findIndex((row) => row[0] === RESPONDENT_ID_MARKER) + 1;
    questionnaire.cellAt(idRow, 1).value = "";
    expect(scoreAssessment({ assessmentId: summary.id })).toEqual({
      ok: false,
      errors: [{ field: "", message: expect.stringContaining("è danneggiato") }],
    });
    workbook.sheets.splice(index, 1);
    expect(scoreAssessment({ assessmentId: summary.id })).toEqual({
      ok: false,
      errors: [
        {
          field: "",
          message:
            "Il foglio del questionario «Questionario · Acme» è stato cancellato: le risposte non si possono leggere.",
        },
      ],
    });
    expect(getState().assessments[0]?.issue).toContain("è stato cancellato");
  });

  it("finds a renamed questionnaire by its sheet id", () => {
    const { workbook, summary, sheet } = scoredAcme();
    workbook.sheet(sheet).name = "Risposte del cliente";
    expect(ok(scoreAssessment({ assessmentId: summary.id })).questionnaireSheet).toBe(
      "Risposte del cliente",
    );
  });

  it("waits for the document lock and reports when another run holds it", () => {
    const { workbook, summary } = scoredAcme();
    workbook.holdLockElsewhere();
    expect(scoreAssessment({ assessmentId: summary.id })).toEqual({
      ok: false,
      errors: [{ field: "", message: expect.stringContaining("Un'altra operazione") }],
    });
    workbook.releaseLockElsewhere();
    expect(scoreAssessment({ assessmentId: summary.id }).ok).toBe(true);
  });

  it("scores from the menu and says so in a toast", () => {
    const { workbook } = scoredAcme();
    scoreFromMenu();
    expect(workbook.ui.toasts[workbook.ui.toasts.length - 1]?.message ?? "").toContain(
      "Punteggi calcolati per «Acme»: complessivo 3",
    );
  });

  it("opens the Results sheet on request", () => {
    const { workbook, summary } = scoredAcme();
    ok(scoreAssessment({ assessmentId: summary.id }));
    workbook.activeSheet = workbook.sheet("Sheet1");
    ok(showResults({ assessmentId: summary.id }));
    expect(workbook.activeSheet.name).toBe("Risultati · Acme");
  });
});

describe("score: nothing typed is lost, nothing misread", () => {
  it("leaves the Results sheet active after scoring, the first time and every time after", () => {
    const { workbook, summary, sheet } = (() => {
      const env = installAppsScript();
      const created = ok(createAssessment(request()));
      answerAll(env.workbook, created.questionnaireSheet, maturity, 0, 4);
      return { ...env, summary: created, sheet: created.questionnaireSheet };
    })();
    ok(scoreAssessment({ assessmentId: summary.id }));
    expect(workbook.activeSheet.name).toBe("Risultati · Acme");
    // Scoring again from the questionnaire (the menu's Score while answering) ends on the Results.
    workbook.activeSheet = workbook.sheet(sheet);
    ok(scoreAssessment({ assessmentId: summary.id }));
    expect(workbook.activeSheet.name).toBe("Risultati · Acme");
  });

  it("reports a formula in an answer cell with its address instead of scoring its result", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request({ respondents: [{ name: "Anna", group: "" }] })));
    const sheet = created.questionnaireSheet;
    answerAll(workbook, sheet, maturity, 0, 2);
    const id = maturity.questions[0]?.id ?? "";
    const row = rowOf(workbook, sheet, id);
    // Switched to Automatic and typed ="5 · Esperto": real Sheets keeps the formula and shows its
    // result, which the dropdown accepts. The fake computes no formula, so the result is set here.
    const cell = workbook.sheet(sheet).writableCell(row, 4);
    cell.formula = '="5 · Esperto"';
    cell.value = "5 · Esperto";
    const scored = ok(scoreAssessment({ assessmentId: created.id }));
    expect(scored.respondents?.[0]?.answered).toBe(maturity.questions.length - 1);
    expect(scored.lastScore?.problems).toBe(1);
    // Every other answer is 2: a scored 5 would lift the first area above 2.
    expect(scored.lastScore?.areas[0]?.score).toBe(2);
    expect(rowStarting(workbook, "Risultati · Acme", `D${row}`).slice(1, 4)).toEqual([
      "Anna",
      id,
      'La cella contiene una formula (="5 · Esperto"), non una risposta: scegliete la risposta dal menu a tendina.',
    ]);
    // Reading never writes: the formula is still there for the consultant to see.
    expect(workbook.formulas(sheet, `D${row}`)).toEqual([['="5 · Esperto"']]);
  });

  it("scores a model whose area and question are 'constructor', with a group 'constructor'", () => {
    const { workbook } = installAppsScript();
    const model = levelModel();
    for (const area of model.areas) if (area.id === "people") area.id = "constructor";
    for (const question of model.questions) {
      if (question.area === "people") question.area = "constructor";
      if (question.id === "p1") question.id = "constructor";
    }
    for (const recommendation of model.recommendations)
      if (recommendation.area === "people") recommendation.area = "constructor";
    const created = createRecord(model, {
      modelId: model.id,
      clientName: "Proto",
      lang: "it",
      respondents: [
        { name: "Anna", group: "constructor" },
        { name: "Bruno", group: "toString" },
      ],
      // No target for "constructor": its target must read as none, not as Object's constructor.
      targets: { process: 4 },
    });
    const sheet = created.questionnaireSheet;
    for (const question of model.questions) {
      const row = rowOf(workbook, sheet, question.id);
      for (const [respondent, label] of [
        [0, "level 4 (it)"],
        [1, "level 2 (it)"],
      ] as const) {
        const edit = workbook.userEdit(sheet, `${column(respondent)}${row}`, label);
        if (!edit.ok) throw new Error(edit.message);
      }
    }
    const scored = ok(scoreAssessment({ assessmentId: created.id }));
    expect(scored.lastScore?.problems).toBe(0);
    expect(scored.respondents?.map((r) => r.answered)).toEqual([4, 4]);
    // constructor: Anna 4, Bruno 2 → 3; process: both 3 (r2 is reverse-scored) → overall 3.
    expect(scored.lastScore?.overall).toBe(3);
    expect(scored.lastScore?.areas.map((area) => [area.id, area.score])).toEqual([
      ["constructor", 3],
      ["process", 3],
    ]);
    const results = "Risultati · Proto";
    // score, n, ± 95% CI, sd (sample), agreement, band, note, completeness, min, max, target,
    // gap, priority (no lowest and highest respondent: scores by respondent are off with groups)
    expect(rowStarting(workbook, results, "People (it)").slice(1, 14)).toEqual([
      3,
      2,
      (tQuantile975(1) * Math.SQRT2) / Math.SQRT2,
      Math.SQRT2,
      0,
      "fair (it)",
      "opinioni divergenti: parlatene prima di agire",
      1,
      1,
      5,
      null,
      null,
      null,
    ]);
    // the same 3 from 4 and 2 on both questions (r2 reverse-scored): they disagree on each
    expect(rowStarting(workbook, results, "Process (it)").slice(1, 14)).toEqual([
      3,
      2,
      0,
      0,
      0,
      "fair (it)",
      "opinioni divergenti: parlatene prima di agire",
      1,
      1,
      5,
      4,
      1,
      1,
    ]);
    // Groups of one are not shown by themselves, nor scores by respondent when there are groups.
    const cells = workbook.values(results).flat();
    expect(cells).toContain("Gruppo «constructor» nascosto: meno di 3 rispondenti.");
    expect(cells).toContain("Gruppo «toString» nascosto: meno di 3 rispondenti.");
    expect(rowStarting(workbook, results, "Anna")).toEqual([]);
    const text = JSON.stringify(workbook.values(results));
    expect(text).not.toContain("function");
    expect(text).not.toContain("NaN");
    const run = workbook.values("Storico · Proto").find((line) => line[1] === model.id);
    expect(run?.slice(5)).toEqual([3, "high (it)", 3, 3]);
  });
});

describe("add respondents", () => {
  it("adds answer columns without touching existing answers or notes", () => {
    const { workbook } = installAppsScript();
    const created: AssessmentSummary = ok(createAssessment(request()));
    const sheet = created.questionnaireSheet;
    const row = rowOf(workbook, sheet, "lead-1a");
    workbook.userEdit(sheet, `D${row}`, "4 · D’accordo");
    workbook.userEdit(sheet, `G${row}`, "nota di Anna");
    workbook.userEdit(sheet, `I${row}`, "nota di Carla");
    const updated = ok(
      addRespondents({
        assessmentId: created.id,
        respondents: [{ name: "Dario", group: "Clienti" }],
      }),
    );
    expect(updated.respondents?.map((r) => r.name)).toEqual(["Anna", "Bruno", "Carla", "Dario"]);
    const layout = questionnaireLayout(maturity, 4);
    expect(workbook.values(sheet, `D${layout.headerRow}:K${layout.headerRow}`)).toEqual([
      [
        "Anna",
        "Bruno",
        "Carla",
        "Dario",
        "Note · Anna",
        "Note · Bruno",
        "Note · Carla",
        "Note · Dario",
      ],
    ]);
    expect(workbook.values(sheet, `D${row}:K${row}`)).toEqual([
      ["4 · D’accordo", null, null, null, "nota di Anna", null, "nota di Carla", null],
    ]);
    expect(workbook.userEdit(sheet, `G${row}`, "2 · In disaccordo").ok).toBe(true);
    expect(workbook.userEdit(sheet, `G${row}`, "boh")).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(workbook.formulas(sheet, `G${layout.progressRow}`)).toEqual([
      [`=COUNTA(G${layout.firstBodyRow}:G${layout.lastRow})`],
    ]);
    const scored = ok(scoreAssessment({ assessmentId: created.id }));
    expect(scored.respondents?.map((r) => r.answered)).toEqual([1, 0, 0, 1]);
  });

  it("gives new columns the answer-column width", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    ok(addRespondents({ assessmentId: created.id, respondents: [{ name: "Dario", group: "" }] }));
    const widths = workbook.sheet(created.questionnaireSheet).columnWidths;
    // Dario's answers (G) as wide as the others, his notes (K) as wide as theirs.
    expect([widths.get(4), widths.get(7), widths.get(8), widths.get(11)]).toEqual([
      150, 150, 200, 200,
    ]);
  });

  it("writes nothing when the answer columns were moved", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    const sheet = workbook.sheet(created.questionnaireSheet);
    const { idRow } = questionnaireLayout(maturity, 3);
    // The consultant swapped Anna's and Bruno's columns (ids travel with their columns).
    sheet.cellAt(idRow, 4).value = "r2";
    sheet.cellAt(idRow, 5).value = "r1";
    const before = JSON.stringify(workbook.snapshot().sheets);
    const outcome = addRespondents({
      assessmentId: created.id,
      respondents: [{ name: "Dario", group: "" }],
    });
    expect(outcome.ok ? [] : outcome.errors[0]?.message).toContain("sono state spostate");
    expect(JSON.stringify(workbook.snapshot().sheets)).toBe(before);
  });

  it("refuses a name already in the questionnaire", () => {
    installAppsScript();
    const created = ok(createAssessment(request()));
    expect(
      addRespondents({ assessmentId: created.id, respondents: [{ name: "ANNA", group: "" }] }),
    ).toEqual({
      ok: false,
      errors: [
        {
          field: "respondents.0.name",
          message: "«ANNA» compare più volte: i nomi dei rispondenti devono essere diversi.",
        },
      ],
    });
  });
});
