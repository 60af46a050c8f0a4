/**
 * Who may change what: each respondent with an email edits only their own answers and notes; the
 * file's consultants edit every protection the add-on makes; anyone else who tries to score is told
 * who can add them. And a Score that fails midway takes back what it wrote.
 */
import { describe, expect, it, vi } from "vitest";
import type { CreateRequest } from "../../src/core/contract/contract";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import type { MemoryWorkbook, WorkbookOptions } from "../../src/memory-sheets";
import { MemoryProtection } from "../../src/memory-sheets/protection";
import { createAssessment, getState, scoreAssessment } from "../../src/server/api";
import { addRespondents } from "../../src/server/respondents-api";
import { AssessmentStore } from "../../src/server/store";
import { setConsultants } from "../../src/server/team";
import { installAppsScript } from "../support/apps-script";
import { ok } from "../support/outcome";
import { questionRows } from "../support/questionnaire";

const maturity = builtinModels["cx-maturity"] as Model;
const QUESTIONNAIRE = "Questionario · Acme";
const PLAN = "Piano d'azione · Acme";
const OWNER = "consultant@studio.it";
const ANNA = "anna@acme.it";
const BRUNO = "bruno@acme.it";
const TEAM = "giulia@studio.it";
const top = maturity.scales[0]?.options.at(-1)?.label.it ?? "";

function request(overrides: Partial<CreateRequest> = {}): CreateRequest {
  return {
    modelId: "cx-maturity",
    clientName: "Acme",
    lang: "it",
    respondents: [
      { name: "Anna", group: "Direzione", email: ANNA },
      { name: "Bruno", group: "Direzione", email: ` ${BRUNO.toUpperCase()} ` },
      { name: "Carla", group: "Clienti" },
    ],
    ...overrides,
  };
}

function install(options: WorkbookOptions = {}) {
  return installAppsScript({
    userEmail: OWNER,
    editors: [OWNER, ANNA, BRUNO, TEAM, "carla@acme.it"],
    ...options,
  });
}

const firstRow = (workbook: MemoryWorkbook) => questionRows(workbook, QUESTIONNAIRE, maturity)[0];

describe("each respondent edits only their own answers and notes", () => {
  it("protects the columns of respondents with an email, for them, the owner and the consultants", () => {
    const { workbook } = install();
    ok(createAssessment(request({ consultants: [TEAM] })));
    const header = workbook.values(QUESTIONNAIRE).findIndex((row) => row[0] === "ID") + 1;
    // Answers D:F, then one notes column each, G:I, ids in the hidden row.
    expect(workbook.values(QUESTIONNAIRE, `D${header}:I${header}`)).toEqual([
      ["Anna", "Bruno", "Carla", "Note · Anna", "Note · Bruno", "Note · Carla"],
    ]);
    expect(workbook.values(QUESTIONNAIRE, `D${header + 3}:I${header + 3}`)).toEqual([
      ["r1", "r2", "r3", "#notes:r1", "#notes:r2", "#notes:r3"],
    ]);
    const row = firstRow(workbook);
    const edit = (user: string, column: string, value: string) =>
      workbook.userEdit(QUESTIONNAIRE, `${column}${row}`, value, { user }).ok;
    // Anna: her answer and her notes; not Bruno's.
    expect(edit(ANNA, "D", top)).toBe(true);
    expect(edit(ANNA, "G", "la mia nota")).toBe(true);
    expect(edit(ANNA, "E", top)).toBe(false);
    expect(edit(ANNA, "H", "nota nella colonna di Bruno")).toBe(false);
    // Bruno's email was typed in capitals with spaces: it is his all the same.
    expect(edit(BRUNO, "E", top)).toBe(true);
    expect(edit(BRUNO, "D", top)).toBe(false);
    // Carla gave no email: her columns stay open to every editor of the file, as before.
    expect(edit(ANNA, "F", top)).toBe(true);
    expect(edit(BRUNO, "I", "nota")).toBe(true);
    // The owner and the consultant named at create time edit everything a respondent can.
    for (const user of [OWNER, TEAM]) {
      expect(edit(user, "D", top), user).toBe(true);
      expect(edit(user, "H", "nota"), user).toBe(true);
    }
    // Outside the questions the sheet is protected for respondents, as before.
    expect(workbook.userEdit(QUESTIONNAIRE, `D${header}`, "x", { user: ANNA }).ok).toBe(false);
    expect(getState().consultants).toEqual([TEAM]);
  });

  it("makes no protection of its own for respondents without an email", () => {
    const { workbook } = install();
    ok(
      createAssessment(
        request({
          respondents: [
            { name: "Anna", group: "" },
            { name: "Bruno", group: "", email: "" },
          ],
        }),
      ),
    );
    const sheet = workbook.sheet(QUESTIONNAIRE);
    expect(workbook.snapshot().sheets.find((s) => s.name === QUESTIONNAIRE)).toBeDefined();
    const row = firstRow(workbook);
    expect(workbook.userEdit(QUESTIONNAIRE, `E${row}`, top, { user: ANNA }).ok).toBe(true);
    expect(workbook.userEdit(QUESTIONNAIRE, `F${row}`, "nota", { user: BRUNO }).ok).toBe(true);
    expect(sheet.protections).toHaveLength(1);
  });

  it("refuses an email twice or one that is not an address, at its field, writing nothing", () => {
    const { workbook } = install();
    const sheets = workbook.sheetNames;
    const outcome = createAssessment(
      request({
        respondents: [
          { name: "Anna", group: "", email: ANNA },
          { name: "Bruno", group: "", email: ANNA.toUpperCase() },
          { name: "Carla", group: "", email: "carla at acme" },
        ],
      }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((error) => error.field).sort()).toEqual(["respondents.2.email"]);
    const second = createAssessment(
      request({
        respondents: [
          { name: "Anna", group: "", email: ANNA },
          { name: "Bruno", group: "", email: ANNA.toUpperCase() },
        ],
      }),
    );
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.errors).toEqual([
      {
        field: "respondents.1.email",
        message: `${ANNA} è già l'email di un altro rispondente: ogni persona risponde in una sola colonna.`,
      },
    ]);
    expect(workbook.sheetNames).toEqual(sheets);
  });

  it("gives respondents added later their own notes column and protection", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request()));
    const row = firstRow(workbook);
    expect(workbook.userEdit(QUESTIONNAIRE, `G${row}`, "nota di Anna", { user: ANNA }).ok).toBe(
      true,
    );
    ok(
      addRespondents({
        assessmentId: created.id,
        respondents: [{ name: "Dario", group: "Clienti", email: "dario@acme.it" }],
      }),
    );
    const header = workbook.values(QUESTIONNAIRE).findIndex((r) => r[0] === "ID") + 1;
    expect(workbook.values(QUESTIONNAIRE, `D${header}:K${header}`)).toEqual([
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
    // Anna's note moved right with her notes column, and is still hers alone.
    expect(workbook.values(QUESTIONNAIRE, `H${row}`)).toEqual([["nota di Anna"]]);
    expect(workbook.userEdit(QUESTIONNAIRE, `H${row}`, "x", { user: BRUNO }).ok).toBe(false);
    expect(workbook.userEdit(QUESTIONNAIRE, `G${row}`, top, { user: "dario@acme.it" }).ok).toBe(
      true,
    );
    expect(workbook.userEdit(QUESTIONNAIRE, `K${row}`, "ok", { user: "dario@acme.it" }).ok).toBe(
      true,
    );
    expect(workbook.userEdit(QUESTIONNAIRE, `G${row}`, top, { user: ANNA }).ok).toBe(false);
    expect(workbook.userEdit(QUESTIONNAIRE, `K${row}`, "x", { user: ANNA }).ok).toBe(false);
    const scored = ok(scoreAssessment({ assessmentId: created.id }));
    expect(scored.respondents?.map((r) => r.answered)).toEqual([0, 0, 0, 1]);
  });
});

describe("when Sheets refuses to restrict a protection", () => {
  it("says so in a toast after create, add respondents and score, and the protections warn", () => {
    const { workbook } = install({
      failCalls: { "Protection.removeEditors": "Cannot remove a Google group's members" },
    });
    const created = ok(createAssessment(request()));
    const toasts = () => workbook.ui.toasts.map((toast) => toast.message);
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toContain("ora chiedono solo una conferma");
    const row = firstRow(workbook);
    // Anna's column only warns: Bruno may type in it after a confirmation.
    expect(workbook.userEdit(QUESTIONNAIRE, `D${row}`, top, { user: BRUNO })).toEqual({
      ok: true,
      warnings: ["protected"],
    });
    ok(
      addRespondents({
        assessmentId: created.id,
        respondents: [{ name: "Dario", group: "", email: "d@acme.it" }],
      }),
    );
    expect(toasts()).toHaveLength(2);
    ok(scoreAssessment({ assessmentId: created.id }));
    expect(toasts()).toHaveLength(3);
  });

  it("says nothing when every protection restricts its editors", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request()));
    ok(scoreAssessment({ assessmentId: created.id }));
    expect(workbook.ui.toasts).toEqual([]);
  });
});

describe("a team of consultants", () => {
  it("adds and removes consultants on every protection the add-on made, in one pass", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request()));
    ok(scoreAssessment({ assessmentId: created.id }));
    expect(ok(setConsultants({ consultants: [TEAM, "marco@studio.it"] }))).toEqual([
      TEAM,
      "marco@studio.it",
    ]);
    const protections = workbook.sheets.flatMap((sheet) =>
      [...sheet.protections, ...sheet.rangeProtections].map((p) => ({
        sheet: sheet.name,
        editors: p.editors,
      })),
    );
    // Store, questionnaire, plan, and Anna's and Bruno's answers and notes: each lists the team.
    expect(protections.length).toBe(3 + 4);
    for (const p of protections)
      expect(p.editors, p.sheet).toEqual(expect.arrayContaining([TEAM, "marco@studio.it"]));
    const row = firstRow(workbook);
    expect(workbook.userEdit(QUESTIONNAIRE, `D${row}`, top, { user: "marco@studio.it" }).ok).toBe(
      true,
    );

    ok(setConsultants({ consultants: [TEAM] }));
    for (const sheet of workbook.sheets)
      for (const p of [...sheet.protections, ...sheet.rangeProtections])
        expect(p.editors, sheet.name).not.toContain("marco@studio.it");
    expect(workbook.userEdit(QUESTIONNAIRE, `D${row}`, top, { user: "marco@studio.it" }).ok).toBe(
      false,
    );
    expect(workbook.userEdit(QUESTIONNAIRE, `D${row}`, top, { user: ANNA }).ok).toBe(true);
  });
});

describe("a consultant who is also a respondent", () => {
  it("keeps only their own answers and notes when they leave the team", () => {
    const { workbook } = install();
    const created = ok(
      createAssessment(
        request({
          consultants: [TEAM],
          respondents: [
            { name: "Anna", group: "", email: ANNA },
            { name: "Giulia", group: "", email: TEAM },
          ],
        }),
      ),
    );
    ok(scoreAssessment({ assessmentId: created.id }));
    const row = firstRow(workbook);
    expect(workbook.userEdit(QUESTIONNAIRE, `D${row}`, top, { user: TEAM }).ok).toBe(true);
    ok(setConsultants({ consultants: [] }));
    // Her own answers (E) and notes (G) stay hers; Anna's column and everything else do not.
    expect(workbook.userEdit(QUESTIONNAIRE, `E${row}`, top, { user: TEAM }).ok).toBe(true);
    expect(workbook.userEdit(QUESTIONNAIRE, `G${row}`, "nota", { user: TEAM }).ok).toBe(true);
    expect(workbook.userEdit(QUESTIONNAIRE, `D${row}`, top, { user: TEAM }).ok).toBe(false);
    for (const sheet of workbook.sheets)
      for (const protection of [...sheet.protections, ...sheet.rangeProtections])
        if (!protection.description.includes("Giulia"))
          expect(protection.editors, `${sheet.name}: ${protection.description}`).not.toContain(
            TEAM,
          );
    workbook.runScriptsAs(TEAM);
    expect(scoreAssessment({ assessmentId: created.id }).ok).toBe(false);
  });

  it("refuses to let a consultant remove themselves, since Sheets would leave them their rights", () => {
    const { workbook } = install();
    ok(createAssessment(request({ consultants: [TEAM] })));
    workbook.runScriptsAs(TEAM);
    const refused = setConsultants({ consultants: [] });
    expect(refused.ok ? "" : refused.errors[0]?.message).toContain(
      `Non potete togliere voi stessi (${TEAM}) dai consulenti`,
    );
    expect(getState().consultants).toEqual([TEAM]);
    workbook.runScriptsAs(OWNER);
    ok(setConsultants({ consultants: [] }));
    expect(getState().consultants).toEqual([]);
  });

  it("leaves the team and the protections as they were when a change fails midway", () => {
    const { workbook } = install();
    ok(createAssessment(request({ consultants: [TEAM] })));
    const before = JSON.stringify(workbook.snapshot().sheets);
    // Sheets refuses the third removal (a quota, a timeout): two protections have changed by then.
    const original = MemoryProtection.prototype.removeEditors;
    let calls = 0;
    const spy = vi.spyOn(MemoryProtection.prototype, "removeEditors").mockImplementation(function (
      this: MemoryProtection,
      users,
    ) {
      calls += 1;
      if (calls === 3) throw new Error("Service timed out");
      return original.call(this, users);
    });
    expect(setConsultants({ consultants: ["marco@studio.it"] }).ok).toBe(false);
    expect(calls).toBeGreaterThan(3);
    spy.mockRestore();
    expect(JSON.stringify(workbook.snapshot().sheets)).toBe(before);
    expect(getState().consultants).toEqual([TEAM]);
  });
});

describe("someone who is not a consultant of the file", () => {
  it("is told who can add them, before anything is written, and can work once added", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request({ consultants: [TEAM] })));
    ok(scoreAssessment({ assessmentId: created.id }));
    const before = JSON.stringify(workbook.snapshot().sheets);
    workbook.runScriptsAs("marco@studio.it");
    const refused = scoreAssessment({ assessmentId: created.id });
    expect(refused).toEqual({
      ok: false,
      errors: [
        {
          field: "",
          message: `Solo i consulenti di questo file possono aggiornare i risultati: voi (marco@studio.it) non siete tra loro. Chiedete al proprietario del file o a un consulente (${TEAM}) di aggiungervi in Bussola CX → Questo file → Consulenti.`,
        },
      ],
    });
    const adding = addRespondents({
      assessmentId: created.id,
      respondents: [{ name: "Dario", group: "" }],
    });
    expect(adding.ok).toBe(false);
    expect(setConsultants({ consultants: ["marco@studio.it"] }).ok).toBe(false);
    expect(JSON.stringify(workbook.snapshot().sheets)).toBe(before);

    // A consultant of the team adds Marco; then Marco can score and add respondents.
    workbook.runScriptsAs(TEAM);
    ok(setConsultants({ consultants: [TEAM, "marco@studio.it"] }));
    workbook.runScriptsAs("marco@studio.it");
    ok(scoreAssessment({ assessmentId: created.id }));
    ok(addRespondents({ assessmentId: created.id, respondents: [{ name: "Dario", group: "" }] }));
  });

  it("without a team, names the owner and whoever created the assessment", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request()));
    ok(scoreAssessment({ assessmentId: created.id }));
    workbook.runScriptsAs("marco@studio.it");
    const refused = scoreAssessment({ assessmentId: created.id });
    expect(refused.ok ? "" : refused.errors[0]?.message).toContain(
      "Chiedete al proprietario del file, o a chi ha creato la valutazione",
    );
  });
});

describe("a Score that fails midway", () => {
  it("after the History line: takes the line back, keeps the plan protected, and says so on Results", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request()));
    ok(scoreAssessment({ assessmentId: created.id }));
    const history = workbook.values("Storico · Acme").length;
    const planProtection = workbook.sheet(PLAN).protections.map((p) => ({ ...p }));
    // The record's save is the last step: everything else was written when it fails.
    const save = vi.spyOn(AssessmentStore.prototype, "save").mockImplementation(() => {
      throw new Error("Service Spreadsheets failed while accessing document");
    });
    expect(scoreAssessment({ assessmentId: created.id }).ok).toBe(false);
    save.mockRestore();
    expect(workbook.values("Storico · Acme")).toHaveLength(history);
    expect(workbook.sheet(PLAN).protections.map((p) => ({ ...p }))).toEqual(planProtection);
    expect(workbook.values("Risultati · Acme")[0]?.[0]).toMatch(
      /^Il calcolo dei punteggi del .* non è riuscito/,
    );
    ok(scoreAssessment({ assessmentId: created.id }));
    expect(workbook.values("Storico · Acme")).toHaveLength(history + 1);
  });

  it("never removes a protection people made themselves on the action plan", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request()));
    ok(scoreAssessment({ assessmentId: created.id }));
    const plan = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PLAN);
    plan?.getRange("H5:H6").protect().setDescription("Solo il direttore");
    ok(scoreAssessment({ assessmentId: created.id }));
    const descriptions = workbook.sheet(PLAN).rangeProtections.map((p) => p.description);
    expect(descriptions).toEqual(["Solo il direttore"]);
  });

  it("removes the sheets it inserted and leaves the record as it was", () => {
    const { workbook } = install({ failCalls: { "Sheet.appendRow": "Service timed out" } });
    const created = ok(createAssessment(request()));
    const sheets = workbook.sheetNames;
    const outcome = scoreAssessment({ assessmentId: created.id });
    expect(outcome.ok).toBe(false);
    expect(workbook.sheetNames).toEqual(sheets);
    workbook.failCalls.clear();
    const state = getState();
    expect(state.assessments[0]?.lastScore).toBeNull();
    expect(state.assessments[0]?.resultsSheet).toBeNull();
    ok(scoreAssessment({ assessmentId: created.id }));
  });

  it("gives the action plan back every cell people typed, and the History its rows", () => {
    const { workbook } = install();
    const created = ok(createAssessment(request()));
    ok(scoreAssessment({ assessmentId: created.id }));
    const plan = workbook.values(PLAN);
    const row = plan.findIndex((cells) => String(cells[0] ?? "").startsWith("#")) + 2;
    expect(row).toBeGreaterThan(1);
    const owner = workbook.userEdit(PLAN, `D${row}`, "=Luca", { user: OWNER });
    expect(owner.ok).toBe(true);
    const typed = workbook.values(PLAN);
    const formulas = workbook.formulas(PLAN);
    expect(JSON.stringify(formulas)).toContain("=Luca");
    const history = workbook.values("Storico · Acme").length;
    workbook.failCalls.set("Sheet.appendRow", "Service timed out");
    expect(scoreAssessment({ assessmentId: created.id }).ok).toBe(false);
    expect(workbook.values(PLAN)).toEqual(typed);
    expect(workbook.formulas(PLAN)).toEqual(formulas);
    expect(workbook.values("Storico · Acme")).toHaveLength(history);
    workbook.failCalls.clear();
    ok(scoreAssessment({ assessmentId: created.id }));
    expect(JSON.stringify(workbook.formulas(PLAN))).toContain("=Luca");
  });
});
