/**
 * The in-memory Apps Script services: the behaviour of real Sheets the add-on's tests rest on
 * (src/memory-sheets/README.md lists each assumption and its source), and, at the end, the add-on
 * against the grid limits that the fake now enforces.
 */
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals, fromA1, sheetsCalls } from "../src/memory-sheets";
import { createAssessment, scoreAssessment } from "../src/server/api";
import { AssessmentStore } from "../src/server/store";
import { installAppsScript } from "./support/apps-script";
import { setup } from "./support/memory-setup";

const OUTSIDE = "The coordinates of the range are outside the dimensions of the sheet.";

const dropdown = (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, items: string[]) =>
  app.newDataValidation().requireValueInList(items, true).setAllowInvalid(false).build();

describe("A1 notation", () => {
  const grid = { maxRows: 1000, maxColumns: 26 };

  it("reads cells, ranges and sheet names", () => {
    expect(fromA1("B2:D5", grid)).toEqual({
      sheetName: null,
      row: 2,
      column: 2,
      rows: 4,
      columns: 3,
    });
    expect(fromA1("'Q & A'!B3", grid)).toMatchObject({ sheetName: "Q & A", row: 3, column: 2 });
    expect(fromA1("AA3:AB4", grid)).toMatchObject({ column: 27, columns: 2 });
  });

  it("extends open ends to the sheet's size, and refuses what is not a range", () => {
    expect(fromA1("A1:C", { maxRows: 50, maxColumns: 26 })).toMatchObject({ rows: 50, columns: 3 });
    expect(fromA1("D:D", grid)).toMatchObject({ row: 1, column: 4, rows: 1000, columns: 1 });
    expect(fromA1("3:5", grid)).toMatchObject({ row: 3, column: 1, rows: 3, columns: 26 });
    expect(() => fromA1("nonsense!!", grid)).toThrow("Range not found");
    expect(() => fromA1("A", grid)).toThrow("Range not found");
  });
});

describe("the grid: 1000 × 26, and nothing is written outside it", () => {
  it("a new sheet, like the first one, is 1000 rows by 26 columns", () => {
    const { ss, sheet } = setup();
    const added = ss.insertSheet("Nuovo", 1);
    for (const s of [sheet, added]) {
      expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    }
  });

  it("getRange outside the grid throws, by coordinates and by A1 text", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1, 27)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1, 20, 1, 10)).toThrow(OUTSIDE);
    expect(() => sheet.getRangeList(["A1", "AA1"])).toThrow(OUTSIDE);
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(sheet.getRange(1000, 26).getValues()).toEqual([[""]]);
  });

  it("inserting rows and columns grows the grid, and then the range exists", () => {
    const { sheet, workbook } = setup();
    sheet.insertRowsAfter(1000, 200).insertColumnsAfter(26, 4);
    sheet.getRange(1200, 30).setValue("far");
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([
      1200, 30, 1200,
    ]);
    expect(workbook.cell("Sheet1", "AD1200").value).toBe("far");
    expect(() => sheet.insertRowsAfter(1201, 1)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.insertColumnsBefore(31, 1)).toThrow("Those columns are out of bounds.");
  });

  it("appendRow appends a row to a full grid, in one call", () => {
    const { sheet, workbook, calls } = setup();
    sheet.getRange(1000, 1).setValue("last");
    calls.reset();
    sheet.appendRow(["after", 2]);
    expect(calls.count()).toBe(1);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(workbook.values("Sheet1", "A1001:B1001")).toEqual([["after", 2]]);
  });

  it("a chart must be anchored inside the grid", () => {
    const { sheet, globals } = setup();
    const chart = (column: number) =>
      sheet
        .newChart()
        .setChartType(globals.Charts.ChartType.COLUMN)
        .addRange(sheet.getRange("A1:B3"))
        .setPosition(1, column, 0, 0)
        .build();
    expect(() => sheet.insertChart(chart(27))).toThrow(/outside the dimensions of the sheet/);
    sheet.insertColumnsAfter(26, 1);
    sheet.insertChart(chart(27));
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it("inserted columns move cells, dropdowns, editable ranges, highlights and chart anchors", () => {
    const { sheet, app, globals, workbook } = setup();
    sheet.getRange("D5").setValues([["answer"]]);
    sheet.getRange("D5").setDataValidations([[dropdown(app, ["Sì", "No"])]]);
    sheet.protect().setUnprotectedRanges([sheet.getRange("D5:E9")]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground("#fff2cc")
        .setRanges([sheet.getRange("D5:E9")])
        .build(),
    ]);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(globals.Charts.ChartType.RADAR)
        .addRange(sheet.getRange("A1:B3"))
        .setPosition(1, 6, 0, 0)
        .build(),
    );
    sheet.insertColumnsBefore(4, 2);
    const model = workbook.sheet("Sheet1");
    expect(workbook.cell("Sheet1", "F5")).toMatchObject({ value: "answer" });
    expect(workbook.cell("Sheet1", "F5").dataValidation?.args[0]).toEqual(["Sì", "No"]);
    expect(model.protections[0]?.unprotected).toEqual([{ row: 5, column: 6, rows: 5, columns: 2 }]);
    expect(model.conditionalRules[0]?.ranges[0]?.box).toEqual({
      row: 5,
      column: 6,
      rows: 5,
      columns: 2,
    });
    expect(model.charts[0]).toMatchObject({ anchorColumn: 8 });
    expect(model.charts[0]?.ranges[0]?.box).toEqual({ row: 1, column: 1, rows: 3, columns: 2 });
    expect(sheet.getMaxColumns()).toBe(28);
  });

  it("deleting columns takes their cells, moves what lies right and shrinks spans across them", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("B1:F1").setValues([["b", "c", "d", "e", "f"]]);
    sheet.protect().setUnprotectedRanges([sheet.getRange("C2:E4"), sheet.getRange("D5")]);
    sheet.deleteColumns(3, 2);
    const model = workbook.sheet("Sheet1");
    expect(workbook.values("Sheet1")[0]?.slice(0, 4)).toEqual([null, "b", "e", "f"]);
    // C:E lost C and D and keeps E, now at C; D5 lay wholly inside the deleted columns.
    expect(model.protections[0]?.unprotected).toEqual([{ row: 2, column: 3, rows: 3, columns: 1 }]);
    expect(sheet.getMaxColumns()).toBe(24);
    expect(() => sheet.deleteColumns(24, 2)).toThrow("Those columns are out of bounds.");
  });

  it("deleting rows (a person's edit) moves what lies below up", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:A4").setValues([["1"], ["2"], ["3"], ["4"]]);
    workbook.sheet("Sheet1").deleteRows(2, 2);
    expect(workbook.values("Sheet1").map((row) => row[0])).toEqual([1, 4]);
    expect(sheet.getMaxRows()).toBe(998);
  });
});

describe("sheets and the spreadsheet", () => {
  it("getSheetByName ignores case, and a name differing only in case is refused", () => {
    const { ss } = setup();
    ss.insertSheet("Risultati · Acme");
    expect(ss.getSheetByName("risultati · ACME")?.getName()).toBe("Risultati · Acme");
    expect(ss.getSheetByName("Risultati")).toBeNull();
    expect(() => ss.insertSheet("RISULTATI · ACME")).toThrow(
      'A sheet with the name "RISULTATI · ACME" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet("x".repeat(101))).toThrow();
  });

  it("insertSheet places by 0-based index and activates the new sheet", () => {
    const { ss, workbook } = setup();
    ss.insertSheet("First", 0);
    expect(workbook.sheetNames).toEqual(["First", "Sheet1"]);
    expect(ss.getActiveSheet().getName()).toBe("First");
    expect(ss.getNumSheets()).toBe(2);
  });

  it("getSheetById finds a sheet by its id whatever its name, and nothing once it is deleted", () => {
    const { ss, workbook } = setup();
    const added = ss.insertSheet("Risultati · Acme");
    const id = added.getSheetId();
    workbook.sheet("Risultati · Acme").name = "Esito";
    expect(ss.getSheetById(id)?.getName()).toBe("Esito");
    ss.deleteSheet(added);
    // A new sheet under the old name does not inherit the id.
    const again = ss.insertSheet("Risultati · Acme");
    expect(again.getSheetId()).not.toBe(id);
    expect(ss.getSheetById(id)).toBeNull();
  });

  it("the last visible sheet cannot be hidden or deleted", () => {
    const { ss, sheet, workbook } = setup();
    expect(() => sheet.hideSheet()).toThrow();
    expect(() => ss.deleteSheet(sheet)).toThrow();
    ss.insertSheet("_bussola").hideSheet();
    expect(workbook.sheet("_bussola").hidden).toBe(true);
  });
});

describe("writing values: text stays text, formulas are stored, not computed", () => {
  it("a string starting with = becomes a formula with no value", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1").setValue("=SUM(B1:B3)");
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: null, formula: "=SUM(B1:B3)" });
    expect(sheet.getRange("A1").getValues()).toEqual([[""]]);
  });

  it("an apostrophe keeps text as text and is not stored", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:C1").setValues([["'=not a formula", "'12", "'+39 333"]]);
    expect(workbook.values("Sheet1", "A1:C1")).toEqual([["=not a formula", "12", "+39 333"]]);
    expect(workbook.cell("Sheet1", "A1").formula).toBeNull();
  });

  it("numeric-looking strings become numbers, in the spreadsheet's locale", () => {
    const { sheet } = setup({ locale: "it_IT" });
    sheet.getRange("A1:D1").setValues([["12", "-3.5", "1,5", "12 apples"]]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[12, -3.5, 1.5, "12 apples"]]);
  });

  it("text starting with +, - or @ that is not a number is treated as a formula", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:D1").setValues([["+39 333 1234567", "- a bullet", "@client", "-"]]);
    expect(workbook.formulas("Sheet1", "A1:C1")).toEqual([
      ["=+39 333 1234567", "=- a bullet", "=@client"],
    ]);
    expect(workbook.cell("Sheet1", "D1")).toMatchObject({ value: "-", formula: null });
  });

  it("a plain-text cell (@) keeps +2, 1,5 and the like as written", () => {
    const { sheet, workbook } = setup({ locale: "it_IT" });
    const range = sheet.getRange("A1:E1");
    range.setNumberFormats([["@", "@", "@", "@", "@"]]);
    range.setValues([["+2", "1,5", "12", "TRUE", "=A2"]]);
    expect(workbook.values("Sheet1", "A1:D1")).toEqual([["+2", "1,5", "12", "TRUE"]]);
    // A script's "=" still writes a formula (Range.setValue reference).
    expect(workbook.cell("Sheet1", "E1")).toMatchObject({ value: null, formula: "=A2" });
  });

  it("a person typing into a plain-text answer cell keeps the text, and its dropdown accepts it", () => {
    const { sheet, app, workbook } = setup({ locale: "it_IT" });
    const answers = sheet.getRange("D5:D8");
    answers.setNumberFormats([["@"], ["@"], ["@"], ["@"]]);
    const rule = dropdown(app, ["-2", "+2", "1,5", "50%"]);
    answers.setDataValidations([[rule], [rule], [rule], [rule]]);
    for (const [a1, typed] of [
      ["D5", "+2"],
      ["D6", "1,5"],
      ["D7", "-2"],
      ["D8", "50%"],
    ] as const) {
      expect(workbook.userEdit("Sheet1", a1, typed), a1).toEqual({ ok: true, warnings: [] });
    }
    expect(workbook.values("Sheet1", "D5:D8")).toEqual([["+2"], ["1,5"], ["-2"], ["50%"]]);
    expect(workbook.userEdit("Sheet1", "D5", "1.5")).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    // Without the plain-text format the same typing is a number (1,5) or a formula (+2): refused.
    sheet.getRange("E5").setDataValidations([[rule]]);
    expect(workbook.userEdit("Sheet1", "E5", "1,5").ok).toBe(false);
    expect(workbook.userEdit("Sheet1", "E5", "+2").ok).toBe(false);
  });

  it("a person's = in a plain-text cell stays text", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1").setNumberFormats([["@"]]);
    workbook.userEdit("Sheet1", "A1", "=1+1", { user: workbook.owner });
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: "=1+1", formula: null });
  });

  it("dates stay dates and getValues returns fresh copies", () => {
    const { sheet } = setup();
    const when = new Date(2024, 4, 31);
    sheet.getRange("A1").setValue(when);
    const first = sheet.getRange("A1").getValues();
    first[0]?.splice(0, 1, "changed");
    expect(sheet.getRange("A1").getValues()).toEqual([[when]]);
  });

  it("dimension mismatches fail with Apps Script's message", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([["x", "y"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B1").setValues([["x", "y", "z"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B1").setBackgrounds([["#fff"]])).toThrow(/number of columns/);
    expect(() => sheet.getRange("A1:B2").setDataValidations([[null, null]])).toThrow(
      /number of rows/,
    );
  });

  it("a one-dimensional array is refused", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B1").setValues(["x", "y"] as unknown as unknown[][])).toThrow(
      /don't match the method signature for SpreadsheetApp.Range.setValues/,
    );
  });

  it("notes read back as written", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setNotes([["Bussola CX: must be a number", null]]);
    expect(sheet.getRange("A1:B1").getNotes()).toEqual([["Bussola CX: must be a number", ""]]);
  });
});

describe("formats and clearing", () => {
  it("each grid setter is one call and lands on every cell", () => {
    const { sheet, workbook, calls } = setup();
    const range = sheet.getRange("A1:B2");
    range.setBackgrounds([
      ["#eeeeee", null],
      [null, "#eeeeee"],
    ]);
    range.setFontWeights([
      ["bold", "normal"],
      ["normal", "bold"],
    ]);
    range.setVerticalAlignment("top");
    range.setFontSize(14);
    expect(calls.count({ target: "Range" })).toBe(4);
    expect(workbook.cell("Sheet1", "B2")).toMatchObject({
      background: "#eeeeee",
      fontWeight: "bold",
      verticalAlignment: "top",
      fontSize: 14,
    });
    expect(workbook.cell("Sheet1", "B1").background).toBeNull();
  });

  it("clear empties contents and formats; notes and dropdowns stay", () => {
    const { sheet, app, workbook } = setup();
    sheet.getRange("A1").setValues([["x"]]);
    sheet.getRange("A1").setBackgrounds([["#000000"]]);
    sheet.getRange("A1").setNotes([["kept"]]);
    sheet.getRange("A1").setDataValidations([[dropdown(app, ["x"])]]);
    sheet.clear();
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({
      value: null,
      background: null,
      note: "kept",
    });
    expect(workbook.cell("Sheet1", "A1").dataValidation).not.toBeNull();
    sheet.getRange("B1").setValues([["y"]]);
    sheet.getRange("B1").setBackgrounds([["#000000"]]);
    sheet.clear({ contentsOnly: true });
    expect(workbook.cell("Sheet1", "B1")).toMatchObject({ value: null, background: "#000000" });
  });
});

describe("dropdowns and what a person may type", () => {
  const answerList = ["1", "2", "3", "4", "5", "N/A"];

  it("a rejecting list refuses other input, and accepts items and clearing", () => {
    const { sheet, app, workbook } = setup();
    const rule = dropdown(app, answerList);
    sheet.getRange("D5:D6").setDataValidations([[rule], [rule]]);
    expect(workbook.userEdit("Sheet1", "D6", "7")).toMatchObject({ ok: false, reason: "invalid" });
    expect(workbook.cell("Sheet1", "D6").value).toBeNull();
    expect(workbook.userEdit("Sheet1", "D6", "4")).toEqual({ ok: true, warnings: [] });
    expect(workbook.cell("Sheet1", "D6").value).toBe(4);
    expect(workbook.userEdit("Sheet1", "D6", "N/A").ok).toBe(true);
    expect(workbook.userEdit("Sheet1", "D6", "").ok).toBe(true);
    expect(workbook.userEdit("Sheet1", "D6", "=4")).toMatchObject({ ok: false });
  });

  it("by default a dropdown only warns; its help text is the refusal's message", () => {
    const { sheet, app, workbook } = setup();
    const warns = app.newDataValidation().requireValueInList(answerList).build();
    const strict = app
      .newDataValidation()
      .requireValueInList(answerList)
      .setAllowInvalid(false)
      .setHelpText("Scegliete dal menu")
      .build();
    sheet.getRange("A1:B1").setDataValidations([[warns, strict]]);
    expect(workbook.userEdit("Sheet1", "A1", "9")).toEqual({ ok: true, warnings: ["invalid"] });
    expect(workbook.userEdit("Sheet1", "B1", "9")).toMatchObject({ message: "Scegliete dal menu" });
  });

  it("scripts write past dropdowns", () => {
    const { sheet, app, workbook } = setup();
    sheet.getRange("A1").setDataValidations([[dropdown(app, answerList)]]);
    sheet.getRange("A1").setValue("anything");
    expect(workbook.cell("Sheet1", "A1").value).toBe("anything");
  });
});

describe("protection", () => {
  const lockDown = (p: GoogleAppsScript.Spreadsheet.Protection, me: GoogleAppsScript.Base.User) => {
    p.addEditor(me);
    p.removeEditors(p.getEditors());
  };

  it("starts with the file's editors; owner and current user cannot be removed", () => {
    const { sheet, globals, workbook } = setup({
      userEmail: "me@studio.it",
      editors: ["me@studio.it", "partner@studio.it"],
    });
    const p = sheet.protect();
    expect(workbook.sheet("Sheet1").protections[0]?.editors).toEqual([
      "me@studio.it",
      "partner@studio.it",
    ]);
    lockDown(p, globals.Session.getEffectiveUser());
    expect(workbook.sheet("Sheet1").protections[0]?.editors).toEqual(["me@studio.it"]);
  });

  it("a second protect() returns the existing protection", () => {
    const { sheet, workbook } = setup();
    sheet.protect().setDescription("first");
    sheet.protect().setWarningOnly(true);
    expect(workbook.sheet("Sheet1").protections).toHaveLength(1);
    expect(workbook.sheet("Sheet1").protections[0]).toMatchObject({
      description: "first",
      warningOnly: true,
    });
  });

  it("blocks a person who is not an editor, except in unprotected ranges", () => {
    const { sheet, globals, workbook } = setup();
    const p = sheet.protect().setDescription("Questionnaire structure");
    p.setUnprotectedRanges([sheet.getRange("D5:D40")]);
    lockDown(p, globals.Session.getEffectiveUser());
    expect(workbook.userEdit("Sheet1", "A5", "broken")).toMatchObject({
      ok: false,
      reason: "protected",
    });
    expect(workbook.userEdit("Sheet1", "D5", "3")).toMatchObject({ ok: true });
    expect(workbook.userEdit("Sheet1", "A5", "fixed", { user: workbook.owner }).ok).toBe(true);
    p.addEditor("client@example.com");
    expect(workbook.userEdit("Sheet1", "A5", "edited").ok).toBe(true);
  });

  it("a warning-only protection lets the edit through with a warning", () => {
    const { sheet, workbook } = setup();
    sheet.protect().setWarningOnly(true);
    expect(workbook.userEdit("Sheet1", "A1", "x")).toEqual({ ok: true, warnings: ["protected"] });
  });

  it("unprotected ranges must be on the protected sheet; remove() ends the protection", () => {
    const { ss, sheet, app } = setup();
    const other = ss.insertSheet("Other");
    const p = sheet.protect();
    expect(() => p.setUnprotectedRanges([other.getRange("A1")])).toThrow();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  it("domain edit cannot be set on a consumer account's file", () => {
    const { sheet } = setup({ userEmail: "someone@gmail.com" });
    expect(sheet.protect().canDomainEdit()).toBe(false);
    expect(() => sheet.protect().setDomainEdit(false)).toThrow();
  });
});

describe("conditional format rules", () => {
  it("setConditionalFormatRules replaces every rule; rules read back with their colour", () => {
    const { sheet, app, workbook } = setup();
    const highlight = (background: string, a1: string) =>
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground(background)
        .setRanges([sheet.getRange(a1)])
        .build();
    sheet.setConditionalFormatRules([highlight("#fff2cc", "D5:F40"), highlight("#eeeeee", "A1")]);
    const kept = sheet
      .getConditionalFormatRules()
      .filter((rule) => rule.getBooleanCondition()?.getBackground() !== "#fff2cc");
    sheet.setConditionalFormatRules([...kept, highlight("#fff2cc", "D5:G40")]);
    expect(workbook.sheet("Sheet1").conditionalRules.map((r) => r.background)).toEqual([
      "#eeeeee",
      "#fff2cc",
    ]);
    sheet.clearConditionalFormatRules();
    expect(workbook.sheet("Sheet1").conditionalRules).toEqual([]);
  });
});

describe("charts", () => {
  const radar = (env: ReturnType<typeof setup>) =>
    env.sheet
      .newChart()
      .setChartType(env.globals.Charts.ChartType.RADAR)
      .addRange(env.sheet.getRange("A1:B8"))
      .setNumHeaders(1)
      .setHiddenDimensionStrategy(env.globals.Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
      .setPosition(2, 5, 10, 0);

  it("stores type, range, position, the hidden-data strategy and options as data", () => {
    const env = setup();
    const axis = { viewWindow: { min: 1, max: 5 } };
    const builder = radar(env).setOption("title", "Maturità per area").setOption("vAxis", axis);
    axis.viewWindow.max = 99; // the chart keeps what was set
    env.sheet.insertChart(builder.build());
    expect(env.workbook.sheet("Sheet1").charts[0]).toMatchObject({
      type: "RADAR",
      anchorRow: 2,
      anchorColumn: 5,
      offsetX: 10,
      hiddenDimensionStrategy: "SHOW_BOTH",
      numHeaders: 1,
      options: { title: "Maturità per area", vAxis: { viewWindow: { min: 1, max: 5 } } },
    });
    expect(env.workbook.snapshot().sheets[0]?.charts[0]).toMatchObject({
      ranges: ["A1:B8"],
      anchor: { row: 2, column: 5 },
    });
  });

  it("options set from a node:vm realm survive the snapshot as plain JSON", () => {
    const env = setup();
    const context = vm.createContext({ ...env.globals });
    vm.runInContext(
      `var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
       sheet.insertChart(sheet.newChart()
         .setChartType(Charts.ChartType.RADAR)
         .addRange(sheet.getRange(1, 1, 6, 3))
         .setOption("legend", { position: "bottom" })
         .setOption("vAxis", { viewWindow: { min: 1, max: 5 } })
         .setOption("colors", ["#1a73e8"])
         .build());`,
      context,
    );
    const options = env.workbook.snapshot().sheets[0]?.charts[0]?.options;
    expect(options).toEqual({
      legend: { position: "bottom" },
      vAxis: { viewWindow: { min: 1, max: 5 } },
      colors: ["#1a73e8"],
    });
    expect(JSON.stringify(options)).not.toContain("[object Object]");
  });

  it("getCharts lists the inserted charts; removeChart removes one", () => {
    const env = setup();
    env.sheet.insertChart(radar(env).build());
    env.sheet.insertChart(radar(env).build());
    const [first] = env.sheet.getCharts();
    if (!first) throw new Error("chart missing");
    env.sheet.removeChart(first);
    expect(env.sheet.getCharts()).toHaveLength(1);
  });
});

describe("a person moving a row", () => {
  it("moves the whole row's cells and formats; rows between slide up", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:B4").setValues([
      ["q1", 1],
      ["q2", 2],
      ["q3", 3],
      ["q4", 4],
    ]);
    sheet.getRange("A2:B2").setBackgrounds([["#d9ead3", "#d9ead3"]]);
    sheet.getRange("A2:B2").setNotes([["moved", "moved"]]);
    workbook.moveRow("Sheet1", 2, 4);
    expect(workbook.values("Sheet1", "A1:B4")).toEqual([
      ["q1", 1],
      ["q3", 3],
      ["q4", 4],
      ["q2", 2],
    ]);
    expect(workbook.cell("Sheet1", "B4")).toMatchObject({ background: "#d9ead3", note: "moved" });
    expect(workbook.cell("Sheet1", "B2").background).toBeNull();
    expect(() => workbook.moveRow("Sheet1", 2, 1001)).toThrow("Those rows are out of bounds.");
  });

  it("with a user given, refuses to move rows that user may not edit", () => {
    const { sheet, workbook, globals } = setup();
    const p = sheet.protect();
    p.setUnprotectedRanges([sheet.getRange("A4:Z9")]);
    p.addEditor(globals.Session.getEffectiveUser());
    p.removeEditors(p.getEditors());
    expect(workbook.moveRow("Sheet1", 5, 2, { user: "client@example.com" })).toMatchObject({
      ok: false,
      reason: "protected",
    });
    expect(workbook.moveRow("Sheet1", 6, 5, { user: "client@example.com" }).ok).toBe(true);
  });
});

describe("call recording", () => {
  it("records each call on the class it was made on; the workbook API is not recorded", () => {
    const { app, calls, workbook } = setup();
    const sheet = app.getActiveSpreadsheet().getSheetByName("Sheet1");
    sheet?.getRange("A1").setValue("x");
    expect(calls.entries).toEqual([
      { target: "SpreadsheetApp", method: "getActiveSpreadsheet" },
      { target: "Spreadsheet", method: "getSheetByName" },
      { target: "Sheet", method: "getRange" },
      { target: "Range", method: "setValue" },
    ]);
    workbook.userEdit("Sheet1", "A2", "y");
    workbook.snapshot();
    expect(calls.count()).toBe(4);
  });

  it("SpreadsheetApp.flush is recorded in order and changes no data", () => {
    const { app, sheet, calls, workbook } = setup();
    sheet.getRange("A1").setValue("x");
    const before = workbook.snapshot();
    app.flush();
    expect(calls.entries.slice(-1)).toEqual([{ target: "SpreadsheetApp", method: "flush" }]);
    expect(sheetsCalls(calls)).toBe(3);
    expect(workbook.snapshot()).toEqual(before);
  });

  it("counts Sheets calls apart from builder calls", () => {
    const { sheet, app, calls } = setup();
    sheet.getRange("A1:A2").setDataValidations([[dropdown(app, ["a"])], [null]]);
    expect(calls.count()).toBe(6);
    expect(sheetsCalls(calls)).toBe(3);
  });

  it("a batched write costs the same calls whatever its size", () => {
    const write = (rows: number) => {
      const { sheet, calls } = setup();
      const data = Array.from({ length: rows }, (_, i) => [`q${i}`, i]);
      sheet.getRange(1, 1, rows, 2).setValues(data);
      sheet.getRange(1, 1, rows, 2).setNumberFormats(data.map(() => ["@", "0"]));
      return sheetsCalls(calls);
    };
    expect(write(25)).toBe(write(300));
  });
});

describe("user interface and the other services", () => {
  it("records the add-on menu, and in AuthMode.NONE refuses everything but the menu and the locale", () => {
    const { globals, workbook, calls } = createAppsScriptGlobals({ authMode: "NONE" });
    const ui = globals.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Apri Bussola", "openSidebar")
      .addSeparator()
      .addItem("Calcola", "scoreFromMenu")
      .addToUi();
    expect(workbook.addonMenu?.entries).toEqual([
      { kind: "item", caption: "Apri Bussola", functionName: "openSidebar" },
      { kind: "separator" },
      { kind: "item", caption: "Calcola", functionName: "scoreFromMenu" },
    ]);
    expect(calls.count({ target: ["SpreadsheetApp", "Ui", "Menu"] })).toBe(calls.count());
    expect(String(globals.ScriptApp.AuthMode.NONE)).toBe("NONE");
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/AuthMode.NONE/);
    // Google's editor add-on authorization guide: in NONE, "Access to user data: Locale only".
    expect(globals.Session.getActiveUserLocale()).toBe("en");
    expect(() => globals.Session.getEffectiveUser()).toThrow(/AuthMode.NONE/);
    expect(() => globals.LockService.getDocumentLock()).toThrow(/AuthMode.NONE/);
    expect(() => globals.HtmlService.createHtmlOutputFromFile("Sidebar")).toThrow(/AuthMode.NONE/);
  });

  it("a test can make a call fail as Sheets would, in any mode; the call is still recorded", () => {
    const { globals, workbook, calls } = setup({
      failCalls: { "Protection.removeEditors": "Cannot remove the group editor." },
    });
    const protection = globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.protect();
    expect(() => protection?.removeEditors(["partner@studio.it"])).toThrow(
      "Cannot remove the group editor.",
    );
    expect(calls.count({ target: "Protection", method: "removeEditors" })).toBe(1);
    // Set after creation too; other calls, and other classes' methods of that name, still work.
    workbook.failCalls.set("Session.getActiveUserLocale", "Locale unavailable.");
    expect(() => globals.Session.getActiveUserLocale()).toThrow("Locale unavailable.");
    expect(protection?.getEditors()).toHaveLength(1);
  });

  it("shows a sidebar built from a project file", () => {
    const { globals, workbook } = setup({ files: { Sidebar: "<p>Ciao</p>" } });
    const html = globals.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Bussola CX");
    globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(workbook.ui.sidebar).toEqual({ title: "Bussola CX", content: "<p>Ciao</p>" });
    expect(() => globals.HtmlService.createHtmlOutputFromFile("Missing")).toThrow(/No HTML file/);
  });

  it("alert answers OK by default, or what the test queued", () => {
    const { globals, workbook } = setup();
    const ui = globals.SpreadsheetApp.getUi();
    expect(String(ui.alert("Fatto"))).toBe("OK");
    workbook.ui.alertResponses.push("NO");
    expect(String(ui.alert("Guida", "Testo", ui.ButtonSet.OK))).toBe("NO");
    expect(workbook.ui.alerts[1]).toEqual({ title: "Guida", prompt: "Testo", buttons: "OK" });
  });

  it("a lock held elsewhere makes tryLock fail", () => {
    const { globals, workbook } = setup();
    const lock = globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    lock.releaseLock();
    workbook.holdLockElsewhere();
    expect(lock.tryLock(1000)).toBe(false);
    workbook.releaseLockElsewhere();
    expect(lock.tryLock(1000)).toBe(true);
  });

  it("session, time zone, toasts and dates", () => {
    const { globals, workbook, ss } = setup({ userEmail: "anna@studio.it", locale: "it_IT" });
    expect(globals.Session.getActiveUserLocale()).toBe("it");
    expect(ss.getSpreadsheetTimeZone()).toBe("Europe/Rome");
    ss.toast("Punteggi aggiornati", "Bussola CX");
    expect(workbook.ui.toasts).toEqual([
      { message: "Punteggi aggiornati", title: "Bussola CX", timeoutSeconds: null },
    ]);
    const noon = new Date(Date.UTC(2024, 5, 30, 10, 5, 0));
    expect(globals.Utilities.formatDate(noon, "Europe/Rome", "yyyy-MM-dd'T'HH:mm")).toBe(
      "2024-06-30T12:05",
    );
  });
});

describe("running a script in a node:vm sandbox", () => {
  it("the globals work as the sandbox's globals, and shared Date keeps instanceof working", () => {
    const { globals, workbook, calls } = createAppsScriptGlobals({
      files: { Sidebar: "<b>hi</b>" },
    });
    const context = vm.createContext({ ...globals, Date });
    vm.runInContext(
      `function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem("Open", "openSidebar").addToUi(); }
       function write() {
         var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Dati");
         sheet.getRange(1, 1, 1, 2).setValues([["Quando", new Date(2024, 0, 2)]]);
         return sheet.getRange(1, 2).getValues()[0][0] instanceof Date;
       }
       onOpen();
       var wasDate = write();`,
      context,
    );
    expect(context.wasDate).toBe(true);
    expect(workbook.addonMenu?.entries).toHaveLength(1);
    expect(workbook.sheetNames).toEqual(["Sheet1", "Dati"]);
    expect(sheetsCalls(calls)).toBe(7);
  });
});

describe("snapshot", () => {
  it("is plain JSON that survives a round trip", () => {
    const { sheet, app, workbook, globals } = setup();
    sheet.getRange("A1:C2").setValues([
      ["Area", "Score", "When"],
      ["Leadership", 3.25, new Date(Date.UTC(2024, 0, 15))],
    ]);
    sheet.getRange("B2").setDataValidations([[dropdown(app, ["1", "2"])]]);
    sheet.protect().setUnprotectedRanges([sheet.getRange("B2:B9")]);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(globals.Charts.ChartType.RADAR)
        .addRange(sheet.getRange("A1:B2"))
        .build(),
    );
    sheet.setFrozenRows(1);
    sheet.hideRows(3);
    const snap = workbook.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const s = snap.sheets[0];
    expect(s?.frozenRows).toBe(1);
    expect(s?.hiddenRows).toEqual([3]);
    expect(s?.cells.find((c) => c.a1 === "C2")).toMatchObject({
      value: "2024-01-15T00:00:00.000Z",
      date: true,
    });
    expect(s?.cells.find((c) => c.a1 === "B2")).toMatchObject({ value: 3.25, validation: 0 });
    expect(s?.dataValidations[0]?.values).toEqual([["1", "2"], true]);
    expect(s?.protections[0]).toMatchObject({ range: null, unprotectedRanges: ["B2:B9"] });
    expect(s?.charts[0]).toMatchObject({ type: "RADAR", ranges: ["A1:B2"] });
  });

  it("shows numbers in the spreadsheet's locale and number format, as a person sees them", () => {
    const shown = (locale: string) => {
      const { sheet, workbook } = setup({ locale });
      sheet.getRange("A1:C1").setValues([[2.5, 0.25, 1.2345]]);
      sheet.getRange("A1:C1").setNumberFormats([["0.0", "0%", "0.00"]]);
      const cells = workbook.snapshot().sheets[0]?.cells ?? [];
      return ["A1", "B1", "C1"].map((a1) => cells.find((cell) => cell.a1 === a1)?.display);
    };
    expect(shown("it_IT")).toEqual(["2,5", "25%", "1,23"]);
    expect(shown("en_US")).toEqual(["2.5", "25%", "1.23"]);
  });

  it("each call makes an independent workbook", () => {
    const a = setup();
    const b = setup();
    a.sheet.getRange("A1").setValue("only in a");
    expect(b.workbook.cell("Sheet1", "A1").value).toBeNull();
  });
});

describe("the add-on within the grid (bugs the 1000 × 26 grid would show in real Sheets)", () => {
  it("scoring with many groups grows Results so that the charts' anchor cells exist", () => {
    const { workbook } = installAppsScript();
    const created = createAssessment({
      modelId: "cx-maturity",
      clientName: "Gruppi",
      lang: "it",
      // 12 groups of 3, the minimum size for a group to be shown
      respondents: Array.from({ length: 36 }, (_, i) => ({ name: `P${i}`, group: `G${i % 12}` })),
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const scored = scoreAssessment({ assessmentId: created.value.id });
    expect(scored.ok ? null : scored.errors).toBeNull();
    const results = workbook.sheet("Risultati · Gruppi");
    expect(results.charts.map((chart) => chart.type)).toEqual(["RADAR", "COLUMN"]);
    for (const chart of results.charts)
      expect(chart.anchorColumn).toBeLessThanOrEqual(results.maxColumns);
    expect(results.maxColumns).toBeGreaterThan(26);
  });

  it("the store grows its sheet past row 1000", () => {
    const { workbook, globals } = installAppsScript();
    const store = AssessmentStore.open(globals.SpreadsheetApp.getActiveSpreadsheet());
    for (let i = 1; i <= 1000; i++)
      store.saveDraft({ sheet: { id: i, name: `Modello ${i}` }, modelId: "m", version: "1.0.0" });
    const sheet = workbook.sheet("Bussola CX · data");
    expect(sheet.maxRows).toBeGreaterThanOrEqual(1001);
    expect(sheet.lastRow).toBe(1001);
    const reopened = AssessmentStore.open(globals.SpreadsheetApp.getActiveSpreadsheet());
    expect(reopened.drafts()).toHaveLength(1000);
  });
});
