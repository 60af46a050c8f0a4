/**
 * Add respondents on a questionnaire people have worked on: every write finds header, id row and
 * question rows by their ids, as scoring does, and the call either adds every column or none.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { syntheticModel } from "../../bench/synthetic";
import type { AssessmentSummary, CreateRequest, Outcome } from "../../src/core/contract/contract";
import { columnLetter as letter } from "../../src/core/layout/a1";
import { questionnaireLayout } from "../../src/core/layout/questionnaire";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import { type MemoryWorkbook, sheetsCalls } from "../../src/memory-sheets";
import { MemorySheet } from "../../src/memory-sheets/sheet";
import { createAssessment, createRecord, getState, scoreAssessment } from "../../src/server/api";
import {
  addRespondents,
  SHEETS_MAX_CELLS,
  SHEETS_MAX_COLUMNS,
} from "../../src/server/respondents-api";
import { AssessmentStore } from "../../src/server/store";
import { installAppsScript } from "../support/apps-script";
import { createLegacyAssessment } from "../support/legacy";
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
      { name: "Bruno", group: "Clienti" },
    ],
    ...overrides,
  };
}

/** The last question of each area: the rows the shifted editable ranges used to lock. */
const lastOfEachArea = maturity.areas.map(
  (area) => maturity.questions.filter((question) => question.area === area.id).at(-1)?.id ?? "",
);

describe("add respondents after rows were inserted", () => {
  it("writes name, group, id, progress, dropdowns and editable ranges where the rows are now", () => {
    const { workbook } = installAppsScript();
    const created: AssessmentSummary = ok(createAssessment(request()));
    const name = created.questionnaireSheet;
    const sheet = workbook.sheet(name);
    const { headerRow } = questionnaireLayout(maturity, 2);
    // The consultant inserts a row above the header and a blank row inside the questions.
    sheet.insertRows(headerRow, 1);
    const second = maturity.questions[1]?.id ?? "";
    sheet.insertRows(rowOf(workbook, name, second), 1);

    ok(addRespondents({ assessmentId: created.id, respondents: [{ name: "Dario", group: "G" }] }));

    const header = headerRow + 1;
    expect(workbook.values(name, `D${header}:I${header}`)).toEqual([
      ["Anna", "Bruno", "Dario", "Note · Anna", "Note · Bruno", "Note · Dario"],
    ]);
    expect(workbook.values(name, `F${header + 1}`)).toEqual([["G"]]);
    expect(workbook.values(name, `D${header + 3}:F${header + 3}`)).toEqual([["r1", "r2", "r3"]]);
    const rows = maturity.questions.map((question) => rowOf(workbook, name, question.id));
    const last = Math.max(...rows);
    expect(workbook.formulas(name, `F${header + 2}`)).toEqual([
      [`=COUNTA(F${header + 4}:F${last})`],
    ]);

    // Dario answers every question through the dropdown; everyone can still edit every question.
    const label = maturity.scales[0]?.options.at(-1)?.label.it ?? "";
    for (const row of rows) {
      for (const column of [4, 5, 6]) {
        const edit = workbook.userEdit(name, `${letter(column)}${row}`, label);
        expect(edit, `${letter(column)}${row}`).toMatchObject({ ok: true });
      }
      for (const notes of ["G", "H", "I"])
        expect(workbook.userEdit(name, `${notes}${row}`, "nota").ok, `${notes}${row}`).toBe(true);
    }
    for (const id of lastOfEachArea) {
      expect(workbook.userEdit(name, `F${rowOf(workbook, name, id)}`, label).ok, id).toBe(true);
    }
    // Outside the questions the new column is protected like the others.
    expect(workbook.userEdit(name, `F${header}`, "x").ok).toBe(false);

    const scored = ok(scoreAssessment({ assessmentId: created.id }));
    expect(scored.respondents?.map((r) => r.answered)).toEqual([
      maturity.questions.length,
      maturity.questions.length,
      maturity.questions.length,
    ]);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Everything a person could see or the add-on could read back, as text. */
const everything = (workbook: MemoryWorkbook) => JSON.stringify(workbook.snapshot().sheets);

function errorOf<T>(outcome: Outcome<T>): string {
  return outcome.ok ? "(succeeded)" : outcome.errors.map((error) => error.message).join(" ");
}

const people = (count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => ({ name: `P${from + index}`, group: "" }));

describe("add respondents: what the sheet can hold", () => {
  it("refuses, before writing anything, more columns than a sheet can have, naming how many fit", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    const sheet = workbook.sheet(created.questionnaireSheet);
    // Few rows, so that columns and not cells are what runs out: 10 columns left, room for 5
    // respondents (answers and notes each).
    sheet.maxRows = 80;
    sheet.insertColumns(sheet.maxColumns + 1, SHEETS_MAX_COLUMNS - 10 - sheet.maxColumns);
    const before = everything(workbook);
    const outcome = addRespondents({ assessmentId: created.id, respondents: people(6) });
    expect(errorOf(outcome)).toContain("al massimo 5 rispondenti e ne state aggiungendo 6");
    expect(everything(workbook)).toBe(before);
    const added = ok(addRespondents({ assessmentId: created.id, respondents: people(5) }));
    expect(added.respondents).toHaveLength(7);
    expect(sheet.maxColumns).toBe(SHEETS_MAX_COLUMNS);
    expect(errorOf(addRespondents({ assessmentId: created.id, respondents: people(1, 9) }))).toBe(
      `Il questionario «${created.questionnaireSheet}» non può accogliere altri rispondenti: Google Fogli ammette al massimo 18.278 colonne per foglio e 10 milioni di celle per file. Create un'altra valutazione per i nuovi rispondenti.`,
    );
  });

  it("counts a column's cells: a tall sheet takes fewer respondents", () => {
    const { workbook } = installAppsScript({ locale: "en_US" });
    const created = ok(createAssessment(request()));
    const sheet = workbook.sheet(created.questionnaireSheet);
    sheet.maxRows = 200_000;
    // Each respondent takes two columns: answers and notes.
    const room = Math.floor((SHEETS_MAX_CELLS - 200_000 * sheet.maxColumns) / (2 * 200_000));
    const columns = sheet.maxColumns;
    const outcome = addRespondents({ assessmentId: created.id, respondents: people(room + 1) });
    expect(errorOf(outcome)).toContain(
      `at most ${room} more respondents and you are adding ${room + 1}`,
    );
    expect(sheet.maxColumns).toBe(columns);
    expect(
      ok(addRespondents({ assessmentId: created.id, respondents: people(room) })).respondents,
    ).toHaveLength(2 + room);
  });
});

describe("add respondents: all or nothing", () => {
  it("removes the columns it inserted when a later write fails, and keeps the record as it was", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    const before = everything(workbook);
    // The last write of the new columns fails (a quota, a timeout, a protection…).
    vi.spyOn(MemorySheet.prototype, "setColumnWidths").mockImplementation(() => {
      throw new Error("Service Spreadsheets timed out");
    });
    const outcome = addRespondents({ assessmentId: created.id, respondents: people(3) });
    expect(errorOf(outcome)).toContain("Service Spreadsheets timed out");
    expect(everything(workbook)).toBe(before);
    vi.restoreAllMocks();
    expect(getState().assessments[0]?.respondents?.map((r) => r.name)).toEqual(["Anna", "Bruno"]);
    // Nothing is left over that would make the next run fail or misplace its columns.
    ok(addRespondents({ assessmentId: created.id, respondents: people(1) }));
    expect(workbook.values(created.questionnaireSheet, "D7:I7")).toEqual([
      ["Anna", "Bruno", "P1", "Note · Anna", "Note · Bruno", "Note · P1"],
    ]);
  });

  it("removes the columns when saving the record fails", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    const before = everything(workbook);
    vi.spyOn(AssessmentStore.prototype, "save").mockImplementation(() => {
      throw new Error("Service Spreadsheets failed while accessing document");
    });
    const outcome = addRespondents({ assessmentId: created.id, respondents: people(2) });
    expect(errorOf(outcome)).toContain("failed while accessing document");
    expect(everything(workbook)).toBe(before);
  });
});

describe("add respondents: Sheets calls", () => {
  function callsFor(questions: number, existing: number, adding: number) {
    const env = installAppsScript();
    const model = syntheticModel(questions);
    const created = createRecord(model, {
      modelId: model.id,
      clientName: "Budget",
      lang: "it",
      respondents: people(existing, 1),
      targets: {},
    });
    env.calls.reset();
    ok(addRespondents({ assessmentId: created.id, respondents: people(adding, existing + 1) }));
    return sheetsCalls(env.calls);
  }

  it("makes the same number of calls whatever the questions, the respondents and those added", () => {
    const small = callsFor(25, 2, 1);
    expect(callsFor(300, 150, 200)).toBe(small);
    expect(callsFor(300, 1, 200)).toBe(small);
    expect(small).toBeLessThan(60);
  });

  it("makes a fixed number of calls more for each respondent given an email: their protections", () => {
    const withEmails = (count: number) => {
      const env = installAppsScript();
      const created = ok(createAssessment(request()));
      env.calls.reset();
      const respondents = Array.from({ length: 3 }, (_, index) => ({
        name: `P${index + 1}`,
        group: "",
        ...(index < count ? { email: `p${index + 1}@acme.it` } : {}),
      }));
      ok(addRespondents({ assessmentId: created.id, respondents }));
      return sheetsCalls(env.calls);
    };
    const [none, one, three] = [withEmails(0), withEmails(1), withEmails(3)];
    const each = one - none;
    // Two protections (answers, notes) for each: protect, describe, editors set.
    expect(each).toBeGreaterThan(0);
    expect(each).toBeLessThanOrEqual(20);
    expect(three - none).toBe(3 * each);
  });
});

describe("add respondents after a person inserted columns, on a questionnaire with shared notes", () => {
  /** A person's column inserted before the notes (column F), with a header of their own. */
  function withColumnBeforeNotes(locale?: string) {
    const env = installAppsScript(locale === undefined ? {} : { locale });
    const created = createLegacyAssessment(request());
    const name = created.questionnaireSheet;
    const sheet = env.workbook.sheet(name);
    sheet.insertColumns(6, 1);
    env.workbook.userEdit(name, "F7", "Mio", { user: "consultant@example.com" });
    return { ...env, created, name, sheet };
  }
  /** Whether the protection lets a respondent type there (a dropdown may still refuse "x"). */
  const editable = (workbook: MemoryWorkbook, name: string, cell: string) => {
    const edit = workbook.userEdit(name, cell, "x");
    return edit.ok || edit.reason !== "protected";
  };

  it("keeps the notes column editable, and a person's column as editable as it was", () => {
    const { workbook, created, name } = withColumnBeforeNotes();
    const row = rowOf(workbook, name, maturity.questions[0]?.id ?? "");
    const last = rowOf(workbook, name, maturity.questions.at(-1)?.id ?? "");
    const theirs = editable(workbook, name, `F${row}`);
    // A column of theirs right of the notes is not editable, and stays so.
    expect(editable(workbook, name, `H${row}`)).toBe(false);

    ok(addRespondents({ assessmentId: created.id, respondents: [{ name: "Dario", group: "G" }] }));

    expect(workbook.values(name, "D7:H7")).toEqual([["Anna", "Bruno", "Dario", "Mio", "Note"]]);
    for (const at of [row, last]) {
      expect(editable(workbook, name, `H${at}`), `notes H${at}`).toBe(true);
      expect(editable(workbook, name, `F${at}`), `Dario F${at}`).toBe(true);
      expect(editable(workbook, name, `G${at}`), `their column G${at}`).toBe(theirs);
    }
    expect(editable(workbook, name, `I${row}`)).toBe(false);
  });

  it("refuses a column inserted among the respondents, saying what to do", () => {
    const { workbook, created } = withColumnBeforeNotes();
    workbook.sheet(created.questionnaireSheet).insertColumns(5, 1);
    const before = everything(workbook);
    const message = errorOf(addRespondents({ assessmentId: created.id, respondents: people(1) }));
    expect(message).toContain("è stata inserita, copiata o cancellata una colonna tra di esse");
    expect(message).toContain("spostate dopo le note le colonne inserite");
    expect(everything(workbook)).toBe(before);
  });

  it("on a failed add, puts back a person's rule, the rules' order and the editable ranges", () => {
    const { workbook, created, name } = withColumnBeforeNotes();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (sheet === null) throw new Error("no questionnaire");
    const theirs = SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground("#ff0000")
      .setRanges([sheet.getRange("G12:G20")])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), theirs]);
    const before = everything(workbook);
    vi.spyOn(AssessmentStore.prototype, "save").mockImplementation(() => {
      throw new Error("Service Spreadsheets failed while accessing document");
    });
    const outcome = addRespondents({ assessmentId: created.id, respondents: people(2) });
    expect(errorOf(outcome)).toContain("failed while accessing document");
    expect(everything(workbook)).toBe(before);
  });
});

describe("add respondents: the limit in the way", () => {
  it("says one respondent in the singular, and names only the column limit", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    const sheet = workbook.sheet(created.questionnaireSheet);
    sheet.maxRows = 80;
    // Room for one respondent: their answers and their notes.
    sheet.insertColumns(sheet.maxColumns + 1, SHEETS_MAX_COLUMNS - 3 - sheet.maxColumns);
    const message = errorOf(addRespondents({ assessmentId: created.id, respondents: people(3) }));
    expect(message).toBe(
      `Il questionario «${created.questionnaireSheet}» può accogliere ancora un solo rispondente e ne state aggiungendo 3: Google Fogli ammette al massimo 18.278 colonne per foglio. Aggiungetene uno solo, oppure create un'altra valutazione per gli altri.`,
    );
  });

  it("names only the cell limit when cells run out first", () => {
    const { workbook } = installAppsScript({ locale: "en_US" });
    const created = ok(createAssessment(request()));
    const sheet = workbook.sheet(created.questionnaireSheet);
    sheet.maxRows = 200_000;
    const message = errorOf(addRespondents({ assessmentId: created.id, respondents: people(40) }));
    expect(message).toContain(
      "Google Sheets allows at most 10 million cells per file. Add at most",
    );
    expect(message).not.toContain("columns per sheet");
  });
});
