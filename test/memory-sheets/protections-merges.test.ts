/**
 * The in-memory Sheets' range protections, the owner apart from the user running the script, and
 * merged cells (src/memory-sheets/README.md lists each assumption and its source).
 */
import { describe, expect, it } from "vitest";
import type { Box } from "../../src/core/layout/a1";
import { setup } from "../support/memory-setup";

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The rectangle behind a fake Range (the fake has no getA1Notation: the add-on never calls it). */
const boxOf = (range: Range): Box => (range as unknown as { box: Box }).box;

/** Google's recipe: keep yourself, remove everyone else (Protection.removeEditors sample). */
const lockDown = (p: Protection, me: GoogleAppsScript.Base.User): Protection => {
  p.addEditor(me);
  return p.removeEditors(p.getEditors());
};

const PARTIAL = "You must select all cells in a merged range to merge or unmerge them.";

describe("range protections", () => {
  it("Range.protect makes a new protection each call; getProtections lists them by type", () => {
    const { ss, sheet, app, workbook } = setup();
    const first = sheet.getRange("F5:F9").protect().setDescription("Anna");
    sheet.getRange("F5:G9").protect();
    sheet.protect();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(String(first.getProtectionType())).toBe("RANGE");
    expect(first.getDescription()).toBe("Anna");
    expect(boxOf(first.getRange())).toEqual({ row: 5, column: 6, rows: 5, columns: 1 });
    const whole = sheet.getProtections(app.ProtectionType.SHEET)[0];
    expect(String(whole?.getProtectionType())).toBe("SHEET");
    expect(whole && boxOf(whole.getRange())).toEqual({
      row: 1,
      column: 1,
      rows: 1000,
      columns: 26,
    });
    expect(first.getUnprotectedRanges()).toEqual([]);

    const other = ss.insertSheet("Other");
    other.getRange("A1").protect();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(3);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    ss.deleteSheet(other);
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);

    first.remove();
    expect(workbook.sheet("Sheet1").rangeProtections.map((p) => p.range)).toEqual([
      { row: 5, column: 6, rows: 5, columns: 2 },
    ]);
  });

  it("a new protection mirrors the file until the script sets its editors: it protects nothing", () => {
    const { sheet, globals, workbook } = setup();
    const p = sheet.getRange("F5:F9").protect();
    expect(workbook.userEdit("Sheet1", "F5", "1")).toEqual({ ok: true, warnings: [] });
    expect(workbook.snapshot().sheets[0]?.protections[0]).toMatchObject({ mirrorsFile: true });
    lockDown(p, globals.Session.getEffectiveUser());
    expect(workbook.userEdit("Sheet1", "F5", "2")).toMatchObject({
      ok: false,
      reason: "protected",
    });
    expect(workbook.snapshot().sheets[0]?.protections[0]).toMatchObject({ mirrorsFile: false });
  });

  it("the same holds for a new sheet protection (Sheet.protect)", () => {
    const { sheet, globals, workbook } = setup();
    const p = sheet.protect();
    expect(workbook.userEdit("Sheet1", "A1", "x").ok).toBe(true);
    p.setDomainEdit(false);
    expect(workbook.userEdit("Sheet1", "A1", "y").ok).toBe(false);
    p.addEditor(globals.Session.getEffectiveUser());
    expect(workbook.userEdit("Sheet1", "A1", "z").ok).toBe(false);
  });

  it("a respondent edits their own column and is refused another's, though the sheet protection leaves both open", () => {
    const { sheet, globals, workbook } = setup();
    const me = globals.Session.getEffectiveUser();
    lockDown(sheet.protect(), me).setUnprotectedRanges([sheet.getRange("F5:G40")]);
    lockDown(sheet.getRange("F5:F40").protect(), me).addEditors(["anna@client.it"]);
    lockDown(sheet.getRange("G5:G40").protect(), me).addEditors(["bruno@client.it"]);

    const anna = { user: "anna@client.it" };
    expect(workbook.userEdit("Sheet1", "F5", "3", anna)).toEqual({ ok: true, warnings: [] });
    expect(workbook.userEdit("Sheet1", "G5", "3", anna)).toMatchObject({
      ok: false,
      reason: "protected",
    });
    expect(workbook.userEdit("Sheet1", "G5", "4", { user: "bruno@client.it" }).ok).toBe(true);
    // The sheet protection still holds outside its unprotected ranges.
    expect(workbook.userEdit("Sheet1", "H5", "x", anna).ok).toBe(false);
    // Someone named by no range protection: refused in both columns.
    expect(workbook.userEdit("Sheet1", "F6", "x").ok).toBe(false);
    // The owner always can.
    for (const a1 of ["F5", "G5", "H5"])
      expect(workbook.userEdit("Sheet1", a1, "ok", { user: workbook.owner }).ok, a1).toBe(true);
    // Moving a row takes every cell of it, protected ones included.
    expect(workbook.moveRow("Sheet1", 5, 6, anna)).toMatchObject({
      ok: false,
      reason: "protected",
    });
  });

  it("a warning-only range protection warns, once, even under a warning-only sheet protection", () => {
    const { sheet, workbook } = setup();
    sheet.protect().setWarningOnly(true);
    const p = sheet.getRange("B2").protect().setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.canEdit()).toBe(true);
    expect(workbook.userEdit("Sheet1", "B2", "x")).toEqual({ ok: true, warnings: ["protected"] });
  });

  it("canEdit: the owner always; a user running the script whom the protection leaves out, not", () => {
    const { sheet, globals, workbook } = setup({
      userEmail: "consultant@studio.it",
      ownerEmail: "owner@studio.it",
    });
    const p = lockDown(sheet.getRange("F5:F9").protect(), globals.Session.getEffectiveUser());
    expect(p.canEdit()).toBe(true);
    // As if the owner had set it up earlier, naming nobody else.
    const model = workbook.sheet("Sheet1").rangeProtections[0];
    if (!model) throw new Error("no range protection");
    model.editors = ["owner@studio.it"];
    expect(p.canEdit()).toBe(false);
    expect(() => p.getEditors()).toThrow();
    expect(() => p.canDomainEdit()).toThrow();
    expect(() => p.removeEditors(["owner@studio.it"])).toThrow();
    expect(() => p.remove()).toThrow();
    expect(workbook.userEdit("Sheet1", "F5", "x", { user: "consultant@studio.it" }).ok).toBe(false);
    expect(workbook.userEdit("Sheet1", "F5", "x", { user: "owner@studio.it" }).ok).toBe(true);
    // The owner of the same file would have been able to.
    const own = setup({ userEmail: "owner@studio.it" });
    const q = own.sheet.getRange("F5:F9").protect().removeEditors(["owner@studio.it"]);
    expect(q.canEdit()).toBe(true);
  });

  it("ownerEmail: the owner apart from the user; both stay editors, as getOwner and Session tell", () => {
    const { ss, sheet, globals, calls } = setup({
      userEmail: "consultant@studio.it",
      ownerEmail: "owner@studio.it",
    });
    expect(ss.getOwner()?.getEmail()).toBe("owner@studio.it");
    expect(globals.Session.getEffectiveUser().getEmail()).toBe("consultant@studio.it");
    expect(calls.count({ target: "User", method: "getEmail" })).toBe(2);
    const p = sheet.getRange("A1:B2").protect();
    const emails = () => p.getEditors().map((user) => user.getEmail());
    expect(emails()).toEqual(["owner@studio.it", "consultant@studio.it"]);
    p.addEditors(["anna@client.it", "bruno@client.it"]).removeEditor("anna@client.it");
    expect(emails()).toEqual(["owner@studio.it", "consultant@studio.it", "bruno@client.it"]);
    p.removeEditors(p.getEditors());
    expect(emails()).toEqual(["owner@studio.it", "consultant@studio.it"]);
    // Without ownerEmail the user owns the file, as before.
    const alone = setup({ userEmail: "me@studio.it" });
    expect(alone.ss.getOwner()?.getEmail()).toBe("me@studio.it");
    expect(alone.workbook.editors).toEqual(["me@studio.it"]);
  });

  it("domain edit depends on the owner's account, not the user's", () => {
    const { sheet } = setup({ userEmail: "me@studio.it", ownerEmail: "someone@gmail.com" });
    const p = sheet.getRange("A1").protect();
    expect(() => p.setDomainEdit(false)).toThrow();
    const work = setup({ userEmail: "me@studio.it" });
    const q = work.sheet.getRange("A1").protect().setDomainEdit(true);
    expect(q.canDomainEdit()).toBe(true);
    lockDown(q, work.globals.Session.getEffectiveUser());
    expect(work.workbook.userEdit("Sheet1", "A1", "x", { user: "partner@studio.it" }).ok).toBe(
      true,
    );
    expect(work.workbook.userEdit("Sheet1", "A1", "x", { user: "client@other.it" }).ok).toBe(false);
  });

  it("setUnprotectedRanges belongs to sheet protections only", () => {
    const { sheet } = setup();
    const p = sheet.getRange("A1:B2").protect();
    expect(() => p.setUnprotectedRanges([sheet.getRange("A1")])).toThrow();
    expect(p.getUnprotectedRanges()).toEqual([]);
  });

  it("shifts with rows and columns inserted above or left, grows with ones inserted inside", () => {
    const { sheet, globals, workbook } = setup();
    lockDown(sheet.getRange("C5:D9").protect(), globals.Session.getEffectiveUser());
    const range = () => workbook.sheet("Sheet1").rangeProtections[0]?.range;
    sheet.insertRowsAfter(1, 2);
    expect(range()).toEqual({ row: 7, column: 3, rows: 5, columns: 2 });
    sheet.insertColumnsBefore(1, 1);
    expect(range()).toEqual({ row: 7, column: 4, rows: 5, columns: 2 });
    sheet.insertRowsAfter(8, 3);
    expect(range()).toEqual({ row: 7, column: 4, rows: 8, columns: 2 });
    sheet.insertColumnsAfter(4, 1);
    expect(range()).toEqual({ row: 7, column: 4, rows: 8, columns: 3 });
    // Inserting after its last row or column leaves it as it is.
    sheet.insertRowsAfter(14, 1);
    sheet.insertColumnsAfter(6, 1);
    expect(range()).toEqual({ row: 7, column: 4, rows: 8, columns: 3 });
    // Protection follows the cells: C5 is free now, D7 is protected.
    expect(workbook.userEdit("Sheet1", "C5", "x").ok).toBe(true);
    expect(workbook.userEdit("Sheet1", "D7", "x").ok).toBe(false);
  });

  it("shrinks with deleted rows and columns, and goes when all of it is deleted", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("C5:E9").protect();
    sheet.getRange("H1").protect();
    const model = workbook.sheet("Sheet1");
    sheet.deleteColumns(4, 1);
    expect(model.rangeProtections.map((p) => p.range)).toEqual([
      { row: 5, column: 3, rows: 5, columns: 2 },
      { row: 1, column: 7, rows: 1, columns: 1 },
    ]);
    model.deleteRows(1, 5);
    expect(model.rangeProtections.map((p) => p.range)).toEqual([
      { row: 1, column: 3, rows: 4, columns: 2 },
    ]);
  });

  it("a moved row leaves range protections where they were", () => {
    const { sheet, globals, workbook } = setup();
    lockDown(sheet.getRange("A2:Z2").protect(), globals.Session.getEffectiveUser());
    workbook.moveRow("Sheet1", 2, 4);
    expect(workbook.sheet("Sheet1").rangeProtections[0]?.range).toMatchObject({ row: 2, rows: 1 });
  });

  it("the snapshot lists range protections after the sheet protection", () => {
    const { sheet, globals, workbook } = setup();
    const me = globals.Session.getEffectiveUser();
    lockDown(sheet.protect(), me).setUnprotectedRanges([sheet.getRange("F5:G9")]);
    lockDown(sheet.getRange("F5:F9").protect().setDescription("Anna"), me).addEditor("anna@x.it");
    const snap = workbook.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.sheets[0]?.protections).toEqual([
      {
        type: "SHEET",
        range: null,
        description: "",
        editors: ["consultant@example.com"],
        unprotectedRanges: ["F5:G9"],
        warningOnly: false,
        mirrorsFile: false,
      },
      {
        type: "RANGE",
        range: "F5:F9",
        description: "Anna",
        editors: ["consultant@example.com", "anna@x.it"],
        unprotectedRanges: [],
        warningOnly: false,
        mirrorsFile: false,
      },
    ]);
  });

  it("each Protection and User call is recorded", () => {
    const { sheet, globals, calls } = setup();
    lockDown(sheet.getRange("A1").protect(), globals.Session.getEffectiveUser()).canEdit();
    expect(calls.entries.map((e) => `${e.target}.${e.method}`)).toEqual([
      "Sheet.getRange",
      "Range.protect",
      "Session.getEffectiveUser",
      "Protection.addEditor",
      "Protection.getEditors",
      "Protection.removeEditors",
      "Protection.canEdit",
    ]);
  });
});

describe("merges", () => {
  it("merge keeps the top-left value only; getMergedRanges and isPartOfMerge see the block", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:B2").setValues([
      ["keep", "b"],
      ["c", "=1+1"],
    ]);
    sheet.getRange("A1:B2").merge();
    expect(workbook.values("Sheet1", "A1:B2")).toEqual([
      ["keep", null],
      [null, null],
    ]);
    expect(workbook.formulas("Sheet1", "B2")).toEqual([[null]]);
    expect(sheet.getRange("B2:C3").getMergedRanges().map(boxOf)).toEqual([
      { row: 1, column: 1, rows: 2, columns: 2 },
    ]);
    expect(sheet.getRange("B2").isPartOfMerge()).toBe(true);
    expect(sheet.getRange("C1:C9").isPartOfMerge()).toBe(false);
    expect(sheet.getRange("C1:C9").getMergedRanges()).toEqual([]);
  });

  it("mergeAcross merges each row of the range apart, each keeping its own first value", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("F5:H6").setValues([
      ["five", "x", "y"],
      ["six", "x", "y"],
    ]);
    sheet.getRange("F5:H6").mergeAcross();
    expect(workbook.sheet("Sheet1").merges).toEqual([
      { row: 5, column: 6, rows: 1, columns: 3 },
      { row: 6, column: 6, rows: 1, columns: 3 },
    ]);
    expect(workbook.values("Sheet1", "F5:H6")).toEqual([
      ["five", null, null],
      ["six", null, null],
    ]);
    // One column: nothing to merge across.
    sheet.getRange("A1:A3").mergeAcross();
    expect(workbook.sheet("Sheet1").merges).toHaveLength(2);
  });

  it("merging or unmerging across part of a merge throws; a range holding whole merges replaces them", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:B2").merge();
    expect(() => sheet.getRange("B2:C3").merge()).toThrow(PARTIAL);
    expect(() => sheet.getRange("B1:C3").breakApart()).toThrow(PARTIAL);
    expect(workbook.sheet("Sheet1").merges).toEqual([{ row: 1, column: 1, rows: 2, columns: 2 }]);
    sheet.getRange("A1:C3").merge();
    expect(workbook.sheet("Sheet1").merges).toEqual([{ row: 1, column: 1, rows: 3, columns: 3 }]);
    sheet.getRange("A1:D4").breakApart();
    expect(workbook.sheet("Sheet1").merges).toEqual([]);
    // Breaking apart where nothing is merged does nothing.
    sheet.getRange("A1:B2").breakApart();
    expect(workbook.snapshot().sheets[0]?.merges).toEqual([]);
  });

  it("merges shift with insertions, grow with ones inside, shrink with deletions, and go at one cell", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("B2:C3").merge();
    const merges = () => workbook.snapshot().sheets[0]?.merges;
    sheet.insertRowsAfter(1, 1);
    expect(merges()).toEqual(["B3:C4"]);
    sheet.insertColumnsBefore(1, 2);
    expect(merges()).toEqual(["D3:E4"]);
    sheet.insertColumnsAfter(4, 1);
    expect(merges()).toEqual(["D3:F4"]);
    sheet.insertRowsAfter(3, 2);
    expect(merges()).toEqual(["D3:F6"]);
    sheet.deleteColumns(5, 2);
    expect(merges()).toEqual(["D3:D6"]);
    workbook.sheet("Sheet1").deleteRows(4, 3);
    expect(merges()).toEqual([]);
  });

  it("clear() leaves merges; a moved row leaves them; a person typing into a merge writes its top-left cell", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:B2").merge();
    sheet.clear();
    expect(sheet.getRange("A1").isPartOfMerge()).toBe(true);
    workbook.moveRow("Sheet1", 1, 5);
    expect(workbook.snapshot().sheets[0]?.merges).toEqual(["A1:B2"]);
    expect(workbook.userEdit("Sheet1", "B2", "typed").ok).toBe(true);
    expect(workbook.values("Sheet1", "A1:B2")).toEqual([
      ["typed", null],
      [null, null],
    ]);
  });

  it("each merge call is one Range call", () => {
    const { sheet, calls } = setup();
    const range = sheet.getRange("A1:C3");
    range.merge().breakApart().mergeAcross();
    range.getMergedRanges();
    range.isPartOfMerge();
    expect(calls.count({ target: "Range" })).toBe(5);
  });
});
