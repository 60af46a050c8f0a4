/**
 * The built dist/Code.js, run in a node:vm sandbox against the in-memory Apps Script services,
 * through the same global functions Apps Script would call.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AssessmentSummary, Outcome, State } from "../../src/core/contract/contract";
import { createSandbox } from "../../workbench/sandbox";

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
