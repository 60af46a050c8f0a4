/**
 * The add-on's sheets are known by id alone. A Results, Action plan, History, questionnaire or
 * model sheet whose id is gone is never replaced by another sheet that happens to bear its name
 * (another assessment's, or one a person made): what is missing is recreated under a new name or
 * reported missing. And every action under the document lock commits its writes (flush) before
 * letting the lock go.
 */
import { describe, expect, it } from "vitest";
import type { SheetRef, StoredAssessment } from "../../src/core/assessment/storage";
import type { AssessmentSummary, CreateRequest } from "../../src/core/contract/contract";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import type { CallEntry, MemoryWorkbook } from "../../src/memory-sheets";
import { createAssessment, getState, scoreAssessment, showResults } from "../../src/server/api";
import { checkModel, copyModel } from "../../src/server/models-api";
import { addRespondents } from "../../src/server/respondents-api";
import { AssessmentStore } from "../../src/server/store";
import { installAppsScript } from "../support/apps-script";
import { ok } from "../support/outcome";
import { answerLabels, questionRows } from "../support/questionnaire";

const maturity = builtinModels["cx-maturity"] as Model;

function request(overrides: Partial<CreateRequest> = {}): CreateRequest {
  return {
    modelId: "cx-maturity",
    clientName: "Acme",
    lang: "it",
    respondents: [{ name: "Anna", group: "Direzione" }],
    ...overrides,
  };
}

/** The one respondent (column D) answers every question with the lowest or the highest option. */
function answerAll(workbook: MemoryWorkbook, sheet: string, option: "bottom" | "top") {
  const label = answerLabels(maturity)[option];
  for (const row of questionRows(workbook, sheet, maturity)) {
    const result = workbook.userEdit(sheet, `D${row}`, label);
    if (!result.ok) throw new Error(result.message);
  }
}

/** An assessment for Acme, answered and scored once. */
function scored(workbook: MemoryWorkbook, option: "bottom" | "top"): AssessmentSummary {
  const summary = ok(createAssessment(request()));
  answerAll(workbook, summary.questionnaireSheet, option);
  return ok(scoreAssessment({ assessmentId: summary.id }));
}

/** A person deletes a sheet in the Sheets UI (not a script call, so nothing is recorded). */
function deleteByHand(workbook: MemoryWorkbook, name: string) {
  const sheet = workbook.sheet(name);
  workbook.sheets = workbook.sheets.filter((candidate) => candidate !== sheet);
}

/** A person adds a sheet of their own and types into it. */
function ownSheet(workbook: MemoryWorkbook, name: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet(name);
  sheet.getRange("A1:B2").setValues([
    ["Le mie note", 42],
    ["da non perdere", "sì"],
  ]);
  expect(workbook.sheet(name).sheetId).toBe(sheet.getSheetId());
}

/** The stored record, as scoring will read it next time. */
function stored(id: string): StoredAssessment {
  const reading = AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet()).find(id);
  if (reading === null || !reading.ok) throw new Error(`no readable record ${id}`);
  return reading.record;
}

const reportSheets = (record: StoredAssessment): SheetRef[] =>
  [record.sheets.results, record.sheets.plan, record.sheets.history].flatMap((ref) =>
    ref === null ? [] : [ref],
  );

describe("a deleted Results, Action plan or History sheet", () => {
  it("is recreated under a new name, not taken from another assessment that took the name", () => {
    const { workbook } = installAppsScript();
    const first = scored(workbook, "top");
    expect(first.resultsSheet).toBe("Risultati · Acme");
    deleteByHand(workbook, "Risultati · Acme");

    // A second assessment for the same client: the free name "Risultati · Acme" is now its own.
    const second = scored(workbook, "bottom");
    expect(second.resultsSheet).toBe("Risultati · Acme");
    const secondResults = workbook.values("Risultati · Acme");
    const secondSheetId = workbook.sheet("Risultati · Acme").sheetId;

    const again = ok(scoreAssessment({ assessmentId: first.id }));
    expect(again.resultsSheet).toBe("Risultati · Acme (2)");
    expect(again.lastScore?.overall).toBe(5);
    // The second assessment's Results is exactly as its own scoring left it.
    expect(workbook.values("Risultati · Acme")).toEqual(secondResults);
    expect(workbook.sheet("Risultati · Acme").sheetId).toBe(secondSheetId);

    // No sheet belongs to two records.
    const ids = [...reportSheets(stored(first.id)), ...reportSheets(stored(second.id))].map(
      (ref) => ref.id,
    );
    expect(new Set(ids).size).toBe(6);
    expect(stored(second.id).sheets.results?.id).toBe(secondSheetId);

    // And each rescores into its own sheets from now on.
    ok(scoreAssessment({ assessmentId: second.id }));
    expect(workbook.values("Risultati · Acme")).toEqual(secondResults);
    expect(ok(scoreAssessment({ assessmentId: first.id })).resultsSheet).toBe(
      "Risultati · Acme (2)",
    );
  });

  it.each([
    ["results", "Risultati · Acme"],
    ["plan", "Piano d'azione · Acme"],
    ["history", "Storico · Acme"],
  ] as const)("leaves alone a sheet a person gave the %s sheet's name (%s)", (part, name) => {
    const { workbook } = installAppsScript();
    const first = scored(workbook, "top");
    const before = stored(first.id).sheets[part];
    deleteByHand(workbook, name);
    ownSheet(workbook, name);
    const theirs = workbook.sheet(name).sheetId;

    ok(scoreAssessment({ assessmentId: first.id }));
    // Nothing cleared, nothing appended: empty cells read null here.
    expect(workbook.values(name, "A1:C3")).toEqual([
      ["Le mie note", 42, null],
      ["da non perdere", "sì", null],
      [null, null, null],
    ]);
    const after = stored(first.id).sheets[part];
    expect(after).toEqual({ id: expect.any(Number), name: `${name} (2)` });
    expect(after?.id).not.toBe(theirs);
    expect(after?.id).not.toBe(before?.id);
    expect(workbook.sheet(`${name} (2)`).sheetId).toBe(after?.id);
  });

  it("is still found by its id when renamed, and the record follows the new name", () => {
    const { workbook } = installAppsScript();
    const first = scored(workbook, "top");
    const id = workbook.sheet("Risultati · Acme").sheetId;
    workbook.sheet("Risultati · Acme").name = "Esito Acme";
    expect(ok(scoreAssessment({ assessmentId: first.id })).resultsSheet).toBe("Esito Acme");
    expect(stored(first.id).sheets.results).toEqual({ id, name: "Esito Acme" });
    expect(workbook.sheetNames).not.toContain("Risultati · Acme (2)");
  });
});

describe("a deleted questionnaire", () => {
  it("is reported missing, even when another assessment's questionnaire took its name", () => {
    const { workbook } = installAppsScript();
    const first = ok(createAssessment(request()));
    answerAll(workbook, first.questionnaireSheet, "top");
    deleteByHand(workbook, "Questionario · Acme");
    const second = ok(createAssessment(request()));
    expect(second.questionnaireSheet).toBe("Questionario · Acme");
    answerAll(workbook, second.questionnaireSheet, "bottom");
    const secondQuestionnaire = workbook.values("Questionario · Acme");

    // Not the second assessment's answers scored as the first's.
    expect(scoreAssessment({ assessmentId: first.id })).toEqual({
      ok: false,
      errors: [{ field: "", message: expect.stringContaining("è stato cancellato") }],
    });
    expect(workbook.sheetNames).not.toContain("Risultati · Acme");
    // Not columns added to the second assessment's questionnaire.
    expect(
      addRespondents({ assessmentId: first.id, respondents: [{ name: "Bea", group: "Clienti" }] })
        .ok,
    ).toBe(false);
    expect(workbook.values("Questionario · Acme")).toEqual(secondQuestionnaire);
    // Not shown as if its questionnaire were there.
    const [firstState, secondState] = getState().assessments;
    expect(firstState).toMatchObject({ id: first.id, respondents: null });
    expect(firstState?.issue).toContain("è stato cancellato");
    expect(secondState).toMatchObject({ id: second.id, issue: null });
    expect(ok(scoreAssessment({ assessmentId: second.id })).lastScore?.overall).toBe(1);
  });

  it("is not replaced by another assessment's Results when asked to show results", () => {
    const { workbook } = installAppsScript();
    const first = scored(workbook, "top");
    deleteByHand(workbook, "Risultati · Acme");
    scored(workbook, "bottom");
    workbook.activeSheet = workbook.sheet("Sheet1");
    ok(showResults({ assessmentId: first.id }));
    // Its Results is gone: its own questionnaire is shown, not the second assessment's Results.
    expect(workbook.activeSheet.name).toBe(first.questionnaireSheet);
  });
});

describe("a deleted model draft", () => {
  it("is not listed or checked through a newer copy that took its name", () => {
    const { workbook } = installAppsScript();
    const old = ok(copyModel({ modelId: "cx-maturity", version: "2.0.0" }));
    deleteByHand(workbook, old.sheetName);
    const fresh = ok(copyModel({ modelId: "cx-maturity", version: "2.0.0" }));
    expect(fresh.sheetName).toBe(old.sheetName);
    expect(fresh.sheetId).not.toBe(old.sheetId);

    expect(getState().drafts).toEqual([fresh]);
    expect(checkModel({ sheetId: old.sheetId })).toEqual({
      ok: false,
      errors: [{ field: "", message: expect.stringContaining("non esiste più") }],
    });
    expect(workbook.sheetNames.filter((name) => name === fresh.sheetName)).toHaveLength(1);
    expect(ok(checkModel({ sheetId: fresh.sheetId }))).toMatchObject({ id: "cx-maturity" });
  });
});

describe("the document lock", () => {
  /** The Lock and flush calls in the order they were made. */
  const lockCalls = (entries: readonly CallEntry[]) =>
    entries
      .filter((entry) => entry.target === "Lock" || entry.method === "flush")
      .map((entry) => `${entry.target}.${entry.method}`);

  const committed = ["Lock.tryLock", "SpreadsheetApp.flush", "Lock.releaseLock"];

  it("is released only after the writes are flushed", () => {
    const { calls } = installAppsScript();
    calls.reset();
    const summary = ok(createAssessment(request()));
    expect(lockCalls(calls.entries)).toEqual(committed);
    // Flush is the last Sheets call before the release: nothing is written after it.
    const release = calls.entries.findIndex((entry) => entry.method === "releaseLock");
    expect(calls.entries[release - 1]).toEqual({ target: "SpreadsheetApp", method: "flush" });

    calls.reset();
    ok(scoreAssessment({ assessmentId: summary.id }));
    expect(lockCalls(calls.entries)).toEqual(committed);
  });

  it("flushes what a refused action wrote before it failed (a model check's notes)", () => {
    const { workbook, calls } = installAppsScript();
    const draft = ok(copyModel({ modelId: "cx-maturity", version: "2.0.0" }));
    const values = workbook.values(draft.sheetName);
    const questions = values.findIndex((row) => row[0] === "#questions");
    const row = values.findIndex((line, i) => i > questions && line[0] === "lead-2a") + 1;
    const edit = workbook.userEdit(draft.sheetName, `F${row}`, "heavy", {
      user: "consultant@example.com",
    });
    expect(edit.ok).toBe(true);
    calls.reset();
    expect(checkModel({ sheetId: draft.sheetId }).ok).toBe(false);
    expect(workbook.cell(draft.sheetName, `F${row}`).note).toBe(
      "Bussola CX: deve essere un numero",
    );
    expect(lockCalls(calls.entries)).toEqual(committed);
  });

  it("neither flushes nor releases a lock it did not get", () => {
    const { workbook, calls } = installAppsScript();
    workbook.holdLockElsewhere();
    calls.reset();
    expect(createAssessment(request()).ok).toBe(false);
    expect(lockCalls(calls.entries)).toEqual(["Lock.tryLock"]);
  });

  it("is released, and the failure reported, when the flush itself fails", () => {
    const { workbook, calls } = installAppsScript();
    const real = SpreadsheetApp;
    // The writes could not be committed: the person must not be told they were.
    globalThis.SpreadsheetApp = new Proxy(real, {
      get: (target, key) =>
        key === "flush"
          ? () => {
              target.flush();
              throw new Error("Service Spreadsheets failed while accessing document.");
            }
          : Reflect.get(target, key),
    });
    calls.reset();
    expect(createAssessment(request())).toEqual({
      ok: false,
      errors: [{ field: "", message: expect.stringContaining("Service Spreadsheets failed") }],
    });
    expect(lockCalls(calls.entries)).toEqual(committed);
    expect(workbook.documentLock).toBe("free");
  });
});
