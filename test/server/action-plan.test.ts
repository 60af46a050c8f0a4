/**
 * The Action plan as people use it: they type owners, dates and statuses, and the consultant
 * inserts, deletes, moves and duplicates rows and columns. Re-scoring keeps every text someone
 * typed, wherever the edits left it, or refuses without writing anything.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CreateRequest } from "../../src/core/contract/contract";
import { columnLetter as letter } from "../../src/core/layout/a1";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import type { MemoryWorkbook } from "../../src/memory-sheets";
import type { CellModel } from "../../src/memory-sheets/model";
import type { SheetModel } from "../../src/memory-sheets/sheet-model";
import { createAssessment, scoreAssessment } from "../../src/server/api";
import { installAppsScript } from "../support/apps-script";
import { ok } from "../support/outcome";

const maturity = builtinModels["cx-maturity"] as Model;
const QUESTIONNAIRE = "Questionario · Acme";
const PLAN = "Piano d'azione · Acme";
const CONSULTANT = { user: "consultant@example.com" };
const [FIRST_AREA = "", SECOND_AREA = ""] = maturity.areas.map((area) => area.id);

function request(): CreateRequest {
  return {
    modelId: "cx-maturity",
    clientName: "Acme",
    lang: "it",
    respondents: [
      { name: "Anna", group: "Direzione" },
      { name: "Bruno", group: "Clienti" },
    ],
  };
}

/** Both respondents answer every question of the areas given (all by default) with `value`. */
function answer(workbook: MemoryWorkbook, value: number | null, areas?: readonly string[]) {
  const label =
    value === null
      ? null
      : (maturity.scales[0]?.options.find((option) => option.value === value)?.label.it ?? "");
  const rows = new Map(workbook.values(QUESTIONNAIRE).map((row, index) => [row[0], index + 1]));
  for (const question of maturity.questions) {
    if (areas !== undefined && !areas.includes(question.area)) continue;
    for (const column of ["D", "E"]) {
      const edit = workbook.userEdit(QUESTIONNAIRE, `${column}${rows.get(question.id)}`, label);
      if (!edit.ok) throw new Error(edit.message);
    }
  }
}

/** An assessment answered at level 3 everywhere and scored once: every area has a plan row. */
function scoredPlan() {
  const env = installAppsScript();
  const summary = ok(createAssessment(request()));
  answer(env.workbook, 3);
  ok(scoreAssessment({ assessmentId: summary.id }));
  const rescore = () => scoreAssessment({ assessmentId: summary.id });
  return { ...env, summary, rescore };
}

interface PlanRow {
  /** 1-based sheet row. */
  row: number;
  key: string;
  /** Cell values by header text. */
  cells: Map<string, unknown>;
}

/** The plan as a person reads it: the header row with #area-id, columns by their header text. */
function readPlan(workbook: MemoryWorkbook) {
  const values = workbook.values(PLAN);
  const headerIndex = values.findIndex((row) => row.includes("#area-id"));
  if (headerIndex < 0) throw new Error("no header row");
  const header = (values[headerIndex] ?? []).map((cell) => String(cell ?? ""));
  const keyColumn = header.indexOf("#area-id");
  const columnOf = (text: string) => {
    const index = header.indexOf(text);
    if (index < 0) throw new Error(`no column ${text} in ${header.join("|")}`);
    return index + 1;
  };
  const rows: PlanRow[] = values.slice(headerIndex + 1).map((row, index) => ({
    row: headerIndex + 2 + index,
    key: String(row[keyColumn] ?? ""),
    cells: new Map(header.map((text, c) => [text, row[c] ?? null])),
  }));
  // An area's rows; "area/band" is how an earlier version wrote the key.
  const rowsOf = (area: string) =>
    rows.filter((row) => row.key === area || row.key.startsWith(`${area}/`));
  /** The A1 address of a cell, by the row's key and the column's header. */
  const cell = (key: string, text: string, nth = 0) =>
    `${letter(columnOf(text))}${rowsOf(key)[nth]?.row ?? Number.NaN}`;
  return { header, headerRow: headerIndex + 1, rows, rowsOf, columnOf, cell };
}

function typeInto(workbook: MemoryWorkbook, a1: string, value: string, options = {}) {
  const edit = workbook.userEdit(PLAN, a1, value, options);
  if (!edit.ok) throw new Error(`${a1}: ${edit.message}`);
}

/** A client fills in owner, due date and status of the first area. */
function fillFirstArea(workbook: MemoryWorkbook) {
  const plan = readPlan(workbook);
  typeInto(workbook, plan.cell(FIRST_AREA, "Responsabile"), "Giulia");
  typeInto(workbook, plan.cell(FIRST_AREA, "Scadenza"), "2027-01-31");
  typeInto(workbook, plan.cell(FIRST_AREA, "Stato"), "In corso");
}

const owner = (workbook: MemoryWorkbook, area: string) =>
  readPlan(workbook)
    .rowsOf(area)
    .map((row) => row.cells.get("Responsabile"));

// ——— What a person does to a sheet, beyond the fake's own edits ———

/** Rebuilds a sheet's grid with every cell moved by `to` (null drops the line). */
function remap(sheet: SheetModel, axis: "row" | "column", to: (line: number) => number | null) {
  const rows = new Map<number, Map<number, CellModel>>();
  for (const [r, line] of sheet.rows) {
    for (const [c, cell] of line) {
      const row = axis === "row" ? to(r) : r;
      const column = axis === "column" ? to(c) : c;
      if (row === null || column === null) continue;
      if (!rows.has(row)) rows.set(row, new Map());
      rows.get(row)?.set(column, cell);
    }
  }
  sheet.rows = rows;
}

const deleteRow = (workbook: MemoryWorkbook, row: number) =>
  workbook.sheet(PLAN).deleteRows(row, 1);

const deleteColumn = (workbook: MemoryWorkbook, column: number) =>
  workbook.sheet(PLAN).deleteColumns(column, 1);

/** Cut and paste of a whole column: it ends up at `to`, the columns between slide by one. */
function moveColumn(workbook: MemoryWorkbook, from: number, to: number) {
  remap(workbook.sheet(PLAN), "column", (c) => {
    if (c === from) return to;
    if (from < to && c > from && c <= to) return c - 1;
    if (from > to && c >= to && c < from) return c + 1;
    return c;
  });
}

/** Insert a row below and paste the row into it, as a person gives an action a second owner. */
function duplicateRow(workbook: MemoryWorkbook, row: number) {
  const sheet = workbook.sheet(PLAN);
  sheet.insertRows(row + 1, 1);
  for (const [column, cell] of sheet.rows.get(row) ?? new Map<number, CellModel>()) {
    Object.assign(sheet.writableCell(row + 1, column), structuredClone(cell));
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the action plan keeps what people typed through structural edits", () => {
  it("keeps the owner when a column is inserted before A", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    workbook.sheet(PLAN).insertColumns(1, 1);
    ok(rescore());
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia"]);
    const [row] = readPlan(workbook).rowsOf(FIRST_AREA);
    expect(row?.cells.get("Stato")).toBe("In corso");
    expect(row?.cells.get("Scadenza")).toEqual(new Date(2027, 0, 31));
  });

  it("keeps owner, due date and status in their columns when a column is inserted after H", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    workbook.sheet(PLAN).insertColumns(9, 1);
    ok(rescore());
    const [row] = readPlan(workbook).rowsOf(FIRST_AREA);
    expect([
      row?.cells.get("Responsabile"),
      row?.cells.get("Scadenza"),
      row?.cells.get("Stato"),
    ]).toEqual(["Giulia", new Date(2027, 0, 31), "In corso"]);
  });

  it("keeps owner, due date and status when columns and rows are moved or a column deleted", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    const plan = readPlan(workbook);
    // Owner after Status, Status before Area, the first area's row to the bottom, Band deleted.
    moveColumn(workbook, plan.columnOf("Responsabile"), plan.columnOf("Stato"));
    moveColumn(workbook, readPlan(workbook).columnOf("Stato"), 2);
    workbook.moveRow(PLAN, plan.rowsOf(FIRST_AREA)[0]?.row ?? 0, plan.rows.length + plan.headerRow);
    deleteColumn(workbook, readPlan(workbook).columnOf("Fascia"));
    ok(rescore());
    const again = readPlan(workbook);
    const [row] = again.rowsOf(FIRST_AREA);
    expect([
      row?.cells.get("Responsabile"),
      row?.cells.get("Scadenza"),
      row?.cells.get("Stato"),
    ]).toEqual(["Giulia", new Date(2027, 0, 31), "In corso"]);
    // Rebuilt in the plan's own order, the deleted column back.
    expect(again.header.slice(0, 5)).toEqual(["#area-id", "N.", "Area", "Punteggio", "Fascia"]);
  });

  it("keeps both owners of a duplicated row, the duplicate under its area", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    duplicateRow(workbook, readPlan(workbook).rowsOf(FIRST_AREA)[0]?.row ?? 0);
    typeInto(workbook, readPlan(workbook).cell(FIRST_AREA, "Responsabile", 1), "Marco");
    ok(rescore());
    const plan = readPlan(workbook);
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia", "Marco"]);
    const [first, second] = plan.rowsOf(FIRST_AREA);
    expect((second?.row ?? 0) - (first?.row ?? 0)).toBe(1);
    // The duplicate shows the same action, without a rank of its own.
    expect(second?.cells.get("Azione raccomandata")).toBe(first?.cells.get("Azione raccomandata"));
    expect(second?.cells.get("N.")).toBeNull();
    ok(rescore());
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia", "Marco"]);
  });

  it("carries a column added after Status, header and content, to the right of the plan", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    const plan = readPlan(workbook);
    const added = plan.header.length + 1;
    typeInto(workbook, `${letter(added)}${plan.headerRow}`, "Budget", CONSULTANT);
    typeInto(workbook, `${letter(added)}${plan.rowsOf(SECOND_AREA)[0]?.row}`, "'+5 k€", CONSULTANT);
    ok(rescore());
    const again = readPlan(workbook);
    expect(again.header[again.header.length - 1]).toBe("Budget");
    expect(again.rowsOf(SECOND_AREA)[0]?.cells.get("Budget")).toBe("+5 k€");
    expect(workbook.formulas(PLAN, again.cell(SECOND_AREA, "Budget"))).toEqual([[null]]);
    // The client can keep writing in it.
    typeInto(workbook, again.cell(FIRST_AREA, "Budget"), "3 k€");
    ok(rescore());
    const third = readPlan(workbook);
    expect(third.rowsOf(FIRST_AREA)[0]?.cells.get("Budget")).toBe("3 k€");
    expect(third.rowsOf(SECOND_AREA)[0]?.cells.get("Budget")).toBe("+5 k€");
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia"]);
  });

  it("keeps typed text as text, whatever it looks like", () => {
    const { workbook, rescore } = scoredPlan();
    const plan = readPlan(workbook);
    typeInto(workbook, plan.cell(FIRST_AREA, "Responsabile"), "'=SUM(A1:A3)");
    typeInto(workbook, plan.cell(SECOND_AREA, "Responsabile"), "'+39 333 1234");
    ok(rescore());
    const again = readPlan(workbook);
    expect(owner(workbook, FIRST_AREA)).toEqual(["=SUM(A1:A3)"]);
    expect(owner(workbook, SECOND_AREA)).toEqual(["+39 333 1234"]);
    expect(workbook.formulas(PLAN, again.cell(FIRST_AREA, "Responsabile"))).toEqual([[null]]);
  });

  it("finds the key column by its keys when the #area-id cell was typed over", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    const plan = readPlan(workbook);
    typeInto(workbook, `A${plan.headerRow}`, "Codice", CONSULTANT);
    ok(rescore());
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia"]);
  });

  it("reads a plan written by an earlier version (keys area/band)", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    const plan = readPlan(workbook);
    for (const row of plan.rows) {
      workbook.sheet(PLAN).cellAt(row.row, 1).value = `${row.key}/committed`;
    }
    ok(rescore());
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia"]);
    expect(readPlan(workbook).rows.map((row) => row.key)).toEqual(plan.rows.map((row) => row.key));
  });
});

describe("the action plan keeps what people typed anywhere on it", () => {
  it("keeps owners when a sort put the areas' rows above the header row", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    // Sorting the header row with the areas puts it last, every area's row above it.
    const plan = readPlan(workbook);
    workbook.moveRow(PLAN, plan.headerRow, plan.headerRow + plan.rows.length);
    ok(rescore());
    const again = readPlan(workbook);
    expect(again.headerRow).toBe(plan.headerRow);
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia"]);
    expect(again.rowsOf(FIRST_AREA)[0]?.cells.get("Stato")).toBe("In corso");
    expect(again.rows).toHaveLength(maturity.areas.length);
  });

  it("carries text typed in the blank row above the header, and not the add-on's own title", () => {
    const { workbook, rescore } = scoredPlan();
    const plan = readPlan(workbook);
    typeInto(workbook, `B${plan.headerRow - 1}`, "Rivedere a marzo", CONSULTANT);
    ok(rescore());
    const again = readPlan(workbook);
    expect(again.rows.map((row) => row.cells.get("N."))).toContain("Rivedere a marzo");
    expect(again.rows).toHaveLength(maturity.areas.length + 1);
    ok(rescore());
    expect(readPlan(workbook).rows).toHaveLength(maturity.areas.length + 1);
  });

  it("keeps a note typed in the Bussola CX note column, on a row otherwise untouched", () => {
    const { workbook, rescore } = scoredPlan();
    typeInto(
      workbook,
      readPlan(workbook).cell(FIRST_AREA, "Nota di Bussola CX"),
      "Chiedere a Marco",
      CONSULTANT,
    );
    ok(rescore());
    expect(readPlan(workbook).rowsOf(FIRST_AREA)[0]?.cells.get("Nota di Bussola CX")).toBe(
      "Chiedere a Marco",
    );
    answer(workbook, null, [FIRST_AREA]);
    ok(rescore());
    const [out] = readPlan(workbook).rowsOf(FIRST_AREA);
    expect(out?.cells.get("Nota di Bussola CX")).toBe("Chiedere a Marco");
  });

  it("matches a key typed in capitals to its area", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    const plan = readPlan(workbook);
    const row = plan.rowsOf(FIRST_AREA)[0]?.row;
    typeInto(workbook, `A${row}`, FIRST_AREA.toUpperCase(), CONSULTANT);
    ok(rescore());
    expect(owner(workbook, FIRST_AREA)).toEqual(["Giulia"]);
    expect(readPlan(workbook).rows).toHaveLength(maturity.areas.length);
  });

  it("carries a formula typed as owner as a formula, and one in an added column", () => {
    const { workbook, rescore } = scoredPlan();
    const plan = readPlan(workbook);
    const added = letter(plan.header.length + 1);
    typeInto(workbook, `${added}${plan.headerRow}`, "Budget", CONSULTANT);
    typeInto(workbook, plan.cell(FIRST_AREA, "Responsabile"), '="Giu"&"lia"');
    typeInto(workbook, `${added}${plan.rowsOf(SECOND_AREA)[0]?.row}`, "=2*3", CONSULTANT);
    ok(rescore());
    const again = readPlan(workbook);
    expect(workbook.formulas(PLAN, again.cell(FIRST_AREA, "Responsabile"))).toEqual([
      ['="Giu"&"lia"'],
    ]);
    expect(workbook.formulas(PLAN, again.cell(SECOND_AREA, "Budget"))).toEqual([["=2*3"]]);
    ok(rescore());
    expect(workbook.formulas(PLAN, readPlan(workbook).cell(SECOND_AREA, "Budget"))).toEqual([
      ["=2*3"],
    ]);
  });
});

describe("an action plan too damaged to read", () => {
  it("refuses when the header row was deleted, in the person's language, and writes nothing", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    deleteRow(workbook, readPlan(workbook).headerRow);
    const before = JSON.stringify(workbook.snapshot());
    expect(rescore()).toEqual({
      ok: false,
      errors: [{ field: "", message: expect.stringContaining("«Piano d'azione · Acme»") }],
    });
    expect(JSON.stringify(workbook.snapshot())).toBe(before);
  });

  it("refuses when the key column was deleted, and writes nothing", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    deleteColumn(workbook, 1);
    const before = JSON.stringify(workbook.snapshot());
    const outcome = rescore();
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).toContain("#area-id");
    expect(JSON.stringify(workbook.snapshot())).toBe(before);
  });

  it("speaks English to an English-speaking consultant", () => {
    const env = installAppsScript({ locale: "en_US" });
    const summary = ok(createAssessment(request()));
    answer(env.workbook, 3);
    ok(scoreAssessment({ assessmentId: summary.id }));
    deleteRow(env.workbook, readPlan(env.workbook).headerRow);
    const outcome = scoreAssessment({ assessmentId: summary.id });
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).toMatch(/action plan “Piano d'azione · Acme”/);
  });

  it("names the headings people see and the way forward, and says added columns are kept", () => {
    const { workbook, rescore } = scoredPlan();
    deleteRow(workbook, readPlan(workbook).headerRow);
    const outcome = JSON.stringify(rescore());
    expect(outcome).not.toContain("#area-id");
    expect(outcome).toContain("Responsabile, Scadenza e Stato");
    const fresh = scoredPlan();
    deleteColumn(fresh.workbook, 1);
    expect(JSON.stringify(fresh.rescore())).toContain(FIRST_AREA);
    expect(String(workbook.values(PLAN)[1]?.[0])).toContain("colonne che aggiungete");
  });

  it("rebuilds a plan whose rows were all deleted, title included", () => {
    const { workbook, rescore } = scoredPlan();
    const sheet = workbook.sheet(PLAN);
    for (let row = sheet.lastRow; row >= 1; row--) deleteRow(workbook, row);
    ok(rescore());
    expect(readPlan(workbook).rows).toHaveLength(maturity.areas.length);
  });
});

describe("an area that changes band or leaves the plan", () => {
  it("keeps owner, due date and status on the area's row when its band changes", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    answer(workbook, 5);
    ok(rescore());
    const rows = readPlan(workbook).rowsOf(FIRST_AREA);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.get("Responsabile")).toBe("Giulia");
    expect(rows[0]?.cells.get("Stato")).toBe("In corso");
    expect(rows[0]?.cells.get("Fascia")).toBe("Esperto");
    expect(rows[0]?.cells.get("N.")).not.toBeNull();
    const owners = readPlan(workbook).rows.filter((row) => row.cells.get("Responsabile"));
    expect(owners).toHaveLength(1);
  });

  it("marks a row whose area left the plan, since the day it left, and keeps its text", () => {
    const { workbook, rescore } = scoredPlan();
    fillFirstArea(workbook);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-02-01T09:00:00Z"));
    answer(workbook, null, [FIRST_AREA]);
    ok(rescore());
    const note = "Non più nel piano dal 2027-02-01 10:00";
    const marked = () => {
      const [row] = readPlan(workbook).rowsOf(FIRST_AREA);
      return [row?.cells.get("Responsabile"), row?.cells.get("Stato"), row?.cells.get("N.")];
    };
    expect(marked()).toEqual(["Giulia", "In corso", null]);
    expect(readPlan(workbook).rowsOf(FIRST_AREA)[0]?.cells.get("Nota di Bussola CX")).toBe(note);
    vi.setSystemTime(new Date("2027-03-01T09:00:00Z"));
    ok(rescore());
    expect(marked()).toEqual(["Giulia", "In corso", null]);
    expect(readPlan(workbook).rowsOf(FIRST_AREA)[0]?.cells.get("Nota di Bussola CX")).toBe(note);
    // Answered again, the area is back in the plan with its owner and without the note.
    answer(workbook, 3, [FIRST_AREA]);
    ok(rescore());
    const [back] = readPlan(workbook).rowsOf(FIRST_AREA);
    expect(back?.cells.get("Responsabile")).toBe("Giulia");
    expect(back?.cells.get("N.")).not.toBeNull();
    expect(back?.cells.get("Nota di Bussola CX")).toBeNull();
  });
});
