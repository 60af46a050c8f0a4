import vm from "node:vm";
import { describe, expect, it } from "vitest";
import {
  builderCalls,
  createAppsScriptGlobals,
  fromA1,
  type MemoryAppsScript,
  sheetsCalls,
  toA1,
} from "../src/memory-sheets";

const setup = (options?: Parameters<typeof createAppsScriptGlobals>[0]) => {
  const env: MemoryAppsScript = createAppsScriptGlobals(options);
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error("no first sheet");
  env.calls.reset();
  return { ...env, ss, sheet, app: env.globals.SpreadsheetApp };
};

describe("A1 notation", () => {
  it("round-trips cells and ranges", () => {
    expect(toA1(1, 1)).toBe("A1");
    expect(toA1(3, 27, 2, 2)).toBe("AA3:AB4");
    expect(fromA1("B2:D5")).toMatchObject({ row: 2, column: 2, numRows: 4, numColumns: 3 });
  });

  it("open-ended ranges extend to the sheet's size", () => {
    expect(fromA1("A1:C", { maxRows: 50, maxColumns: 26 })).toMatchObject({
      numRows: 50,
      numColumns: 3,
    });
    expect(fromA1("D:D")).toMatchObject({ row: 1, column: 4, numRows: 1000, numColumns: 1 });
    expect(fromA1("'Q & A'!B3")).toMatchObject({ sheetName: "Q & A", row: 3, column: 2 });
    expect(() => fromA1("nonsense!!")).toThrow("Range not found");
  });

  it("a range keeps the A1 text's open ends", () => {
    const { sheet } = setup();
    expect(sheet.getRange("A1:C").getA1Notation()).toBe("A1:C");
    expect(sheet.getRange("D:D").getA1Notation()).toBe("D:D");
    expect(sheet.getRange("D:D").getNumRows()).toBe(1000);
  });
});

describe("writing values: text stays text, formulas are stored, not computed", () => {
  it("a string starting with = becomes a formula with no value", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1").setValue("=SUM(B1:B3)");
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: null, formula: "=SUM(B1:B3)" });
    expect(sheet.getRange("A1").getValue()).toBe("");
    expect(sheet.getRange("A1").getFormula()).toBe("=SUM(B1:B3)");
  });

  it("an apostrophe keeps text as text and is not stored", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:C1").setValues([["'=not a formula", "'12", "'+39 333"]]);
    expect(workbook.values("Sheet1", "A1:C1")).toEqual([["=not a formula", "12", "+39 333"]]);
    expect(workbook.cell("Sheet1", "A1").formula).toBeNull();
  });

  it("numeric-looking strings become numbers", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["12", "-3.5", "12 apples"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([[12, -3.5, "12 apples"]]);
  });

  it("text starting with +, - or @ that is not a number is treated as a formula", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:D1").setValues([["+39 333 1234567", "- a bullet", "@client", "-"]]);
    expect(workbook.cell("Sheet1", "A1").formula).toBe("=+39 333 1234567");
    expect(workbook.cell("Sheet1", "B1").formula).toBe("=- a bullet");
    expect(workbook.cell("Sheet1", "C1").formula).toBe("=@client");
    expect(workbook.cell("Sheet1", "D1")).toMatchObject({ value: "-", formula: null });
  });

  it("dates stay dates and getValues returns fresh copies", () => {
    const { sheet } = setup();
    const when = new Date(2024, 4, 31);
    sheet.getRange("A1").setValue(when);
    const first = sheet.getRange("A1").getValues();
    first[0]?.splice(0, 1, "changed");
    expect(sheet.getRange("A1").getValue()).toEqual(when);
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

  it("writing below the last row grows the sheet", () => {
    const { sheet } = setup();
    sheet.getRange(1200, 30).setValue("far");
    expect(sheet.getMaxRows()).toBe(1200);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastRow()).toBe(1200);
  });

  it("appendRow is one call with the same text and formula rules", () => {
    const { sheet, workbook, calls } = setup();
    sheet.getRange("A1:B1").setValues([["Date", "Score"]]);
    calls.reset();
    sheet.appendRow(["=TODAY()", "3.5", "'007"]);
    expect(calls.count()).toBe(1);
    expect(workbook.formulas("Sheet1", "A2:A2")).toEqual([["=TODAY()"]]);
    expect(workbook.values("Sheet1", "B2:C2")).toEqual([[3.5, "007"]]);
  });

  it("display values follow the spreadsheet locale and number format", () => {
    const { sheet } = setup({ locale: "it_IT" });
    sheet.getRange("A1:B1").setValues([[3.5, 0.25]]);
    sheet.getRange("B1").setNumberFormat("0%");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["3,5", "25%"]]);
  });
});

describe("formats", () => {
  it("each setter is one call and lands on every cell", () => {
    const { sheet, workbook, calls } = setup();
    const range = sheet.getRange("A1:C3");
    range
      .setBackground("#eeeeee")
      .setFontWeight("bold")
      .setWrap(true)
      .setHorizontalAlignment("center");
    expect(calls.count({ target: "Range" })).toBe(4);
    expect(workbook.cell("Sheet1", "C3")).toMatchObject({
      background: "#eeeeee",
      fontWeight: "bold",
      wrap: true,
      horizontalAlignment: "center",
    });
    expect(workbook.cell("Sheet1", "D4").background).toBeNull();
  });

  it("a RangeList applies one format to many ranges in one call", () => {
    const { sheet, workbook, calls } = setup();
    const list = sheet.getRangeList(["A1:A3", "C5", "E2:F2"]);
    calls.reset();
    list.setBackground("#fce8b2");
    expect(calls.entries).toEqual([{ target: "RangeList", method: "setBackground" }]);
    expect(workbook.cell("Sheet1", "F2").background).toBe("#fce8b2");
  });

  it("merge keeps the top-left value; breakApart needs whole merges", () => {
    const { sheet, workbook } = setup();
    sheet
      .getRange("A1:C1")
      .setValues([["Title", "x", "y"]])
      .merge();
    expect(workbook.values("Sheet1", "A1:C1")).toEqual([["Title", null, null]]);
    expect(() => sheet.getRange("B1:D1").breakApart()).toThrow(/merged range/);
    sheet.getRange("A1:D1").breakApart();
    expect(workbook.sheet("Sheet1").merges).toEqual([]);
  });

  it("clearContent keeps formats, clearFormat keeps values", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1").setValue("x").setBackground("#000000");
    sheet.getRange("A1").clearContent();
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: null, background: "#000000" });
    sheet.getRange("A1").setValue("y").clearFormat();
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: "y", background: null });
  });
});

describe("data validation and what a person may type", () => {
  const answerList = ["1", "2", "3", "4", "5", "N/A"];

  it("a rejecting list refuses other input from userEdit, and accepts items and clearing", () => {
    const { sheet, app, workbook } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(answerList, true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange("D5:D9").setDataValidation(rule);
    expect(workbook.userEdit("Sheet1", "D6", "7")).toMatchObject({ ok: false, reason: "invalid" });
    expect(workbook.cell("Sheet1", "D6").value).toBeNull();
    expect(workbook.userEdit("Sheet1", "D6", "4")).toEqual({ ok: true, warnings: [] });
    expect(workbook.cell("Sheet1", "D6").value).toBe(4);
    expect(workbook.userEdit("Sheet1", "D6", "N/A").ok).toBe(true);
    expect(workbook.userEdit("Sheet1", "D6", "").ok).toBe(true);
  });

  it("by default validation only warns", () => {
    const { sheet, app, workbook } = setup();
    sheet
      .getRange("A1")
      .setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
    expect(workbook.userEdit("Sheet1", "A1", "9")).toEqual({ ok: true, warnings: ["invalid"] });
  });

  it("scripts bypass validation, and rules read back like Apps Script's", () => {
    const { sheet, app } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(answerList)
      .setAllowInvalid(false)
      .setHelpText("1–5")
      .build();
    sheet.getRange("A1:B2").setDataValidations([
      [rule, null],
      [rule, rule],
    ]);
    sheet.getRange("A1").setValue("anything");
    const read = sheet.getRange("A1:B2").getDataValidations();
    expect(read[0]?.[1]).toBeNull();
    const first = read[0]?.[0];
    expect(String(first?.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(first?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(first?.getCriteriaValues()).toEqual([answerList, true]);
    expect(first?.getAllowInvalid()).toBe(false);
    expect(first?.getHelpText()).toBe("1–5");
  });

  it("a range-based list reads the source cells", () => {
    const { sheet, app, workbook } = setup();
    sheet.getRange("Z1:Z3").setValues([["Sì"], ["No"], ["Non so"]]);
    const rule = app
      .newDataValidation()
      .requireValueInRange(sheet.getRange("Z1:Z3"))
      .setAllowInvalid(false)
      .build();
    sheet.getRange("B2").setDataValidation(rule);
    expect(workbook.userEdit("Sheet1", "B2", "Forse").ok).toBe(false);
    expect(workbook.userEdit("Sheet1", "B2", "Sì").ok).toBe(true);
    expect(workbook.snapshot().sheets[0]?.dataValidations[0]?.values).toEqual(["Z1:Z3", true]);
  });
});

describe("protections", () => {
  const lockDown = (p: GoogleAppsScript.Spreadsheet.Protection, me: GoogleAppsScript.Base.User) => {
    p.addEditor(me);
    p.removeEditors(p.getEditors());
  };

  it("a new protection starts with the file's editors, and owner and current user cannot be removed", () => {
    const { sheet, globals } = setup({
      userEmail: "me@studio.it",
      editors: ["me@studio.it", "partner@studio.it"],
    });
    const p = sheet.getRange("A1:C3").protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["me@studio.it", "partner@studio.it"]);
    lockDown(p, globals.Session.getEffectiveUser());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["me@studio.it"]);
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

  it("warning-only protection lets the edit through with a warning", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1").protect().setWarningOnly(true);
    expect(workbook.userEdit("Sheet1", "A1", "x")).toEqual({ ok: true, warnings: ["protected"] });
  });

  it("unprotected ranges belong to sheet protections only", () => {
    const { sheet, app } = setup();
    const p = sheet.getRange("A1:B2").protect();
    expect(() => p.setUnprotectedRanges([sheet.getRange("A1")])).toThrow();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it("domain edit cannot be set on a consumer account's file", () => {
    const { sheet } = setup({ userEmail: "someone@gmail.com" });
    expect(() => sheet.protect().setDomainEdit(false)).toThrow();
  });
});

describe("conditional format rules", () => {
  it("setConditionalFormatRules replaces every rule of the sheet", () => {
    const { sheet, app, workbook } = setup();
    const empty = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground("#fff2cc")
      .setRanges([sheet.getRange("D5:F40")])
      .build();
    const low = app
      .newConditionalFormatRule()
      .whenNumberLessThan(2)
      .setFontColor("#cc0000")
      .setRanges([sheet.getRange("H5:H40")])
      .build();
    sheet.setConditionalFormatRules([empty, low]);
    sheet.setConditionalFormatRules([low]);
    const snap = workbook.snapshot().sheets[0];
    expect(snap?.conditionalFormatRules).toEqual([
      {
        ranges: ["H5:H40"],
        condition: { type: "NUMBER_LESS_THAN", values: [2] },
        format: { fontColor: "#cc0000" },
      },
    ]);
  });

  it("rules read back with their condition; merging means read, add, write", () => {
    const { sheet, app } = setup();
    const existing = app
      .newConditionalFormatRule()
      .whenTextEqualTo("No")
      .setBackground("#f4cccc")
      .setRanges([sheet.getRange("A1:A9")])
      .build();
    sheet.setConditionalFormatRules([existing]);
    const rules = sheet.getConditionalFormatRules();
    rules.push(
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B1=""')
        .setBold(true)
        .setRanges([sheet.getRange("B1:B9")])
        .build(),
    );
    sheet.setConditionalFormatRules(rules);
    const read = sheet.getConditionalFormatRules();
    expect(read).toHaveLength(2);
    const condition = read[0]?.getBooleanCondition();
    expect(String(condition?.getCriteriaType())).toBe("TEXT_EQUAL_TO");
    expect(condition?.getCriteriaValues()).toEqual(["No"]);
    expect(condition?.getBackground()).toBe("#f4cccc");
    expect(read[1]?.getRanges()[0]?.getA1Notation()).toBe("B1:B9");
  });
});

describe("charts", () => {
  it("stores type, ranges, position, options and the hidden-data strategy", () => {
    const { sheet, globals, workbook } = setup();
    const { Charts } = globals;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.RADAR)
      .addRange(sheet.getRange("A1:B8"))
      .setPosition(2, 5, 10, 0)
      .setOption("title", "Maturità per area")
      .setOption("vAxis.viewWindow.max", 5)
      .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
      .setNumHeaders(1)
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = workbook.sheet("Sheet1").charts;
    expect(stored).toMatchObject({
      type: "RADAR",
      anchorRow: 2,
      anchorColumn: 5,
      offsetX: 10,
      hiddenDimensionStrategy: "SHOW_BOTH",
      numHeaders: 1,
      options: { title: "Maturità per area", "vAxis.viewWindow.max": 5 },
    });
    const [inserted] = sheet.getCharts();
    expect(inserted?.getChartId()).toBe(stored?.id);
    expect(inserted?.getOptions().get("title")).toBe("Maturità per area");
    expect(inserted?.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B8"]);
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(5);
  });

  it("modify and updateChart replace the chart in place; removeChart removes it", () => {
    const { sheet, globals } = setup();
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(globals.Charts.ChartType.COLUMN)
        .addRange(sheet.getRange("A1:B3"))
        .build(),
    );
    const [chart] = sheet.getCharts();
    if (!chart) throw new Error("chart missing");
    sheet.updateChart(chart.modify().setOption("title", "Updated").build());
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0]?.getOptions().get("title")).toBe("Updated");
    sheet.removeChart(chart);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe("typed chart builders", () => {
  it("asColumnChart sets the type, stores its conveniences as options, and counts as a builder", () => {
    const { sheet, workbook, calls } = setup();
    const chart = sheet.newChart().asColumnChart().setTitle("Gap per area").setStacked();
    sheet.insertChart(chart.addRange(sheet.getRange("A1:C8")).build());
    expect(workbook.sheet("Sheet1").charts[0]).toMatchObject({
      type: "COLUMN",
      options: { title: "Gap per area", isStacked: true },
    });
    expect(builderCalls(calls)).toBe(5);
    expect(sheetsCalls(calls)).toBe(3);
  });
});

describe("sheets and the spreadsheet", () => {
  it("insertSheet refuses an existing name with Sheets' message", () => {
    const { ss } = setup();
    ss.insertSheet("Risultati");
    expect(() => ss.insertSheet("Risultati")).toThrow(
      'A sheet with the name "Risultati" already exists. Please enter another name.',
    );
  });

  it("insertSheet places by 0-based index and activates the new sheet", () => {
    const { ss, workbook } = setup();
    const first = ss.insertSheet("First", 0);
    expect(workbook.sheetNames).toEqual(["First", "Sheet1"]);
    expect(first.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe("First");
  });

  it("setName refuses empty, too long and duplicate names", () => {
    const { ss, sheet } = setup();
    ss.insertSheet("Other");
    expect(() => sheet.setName("")).toThrow();
    expect(() => sheet.setName("x".repeat(101))).toThrow();
    expect(() => sheet.setName("Other")).toThrow(/already exists/);
    expect(sheet.setName("Questionario").getName()).toBe("Questionario");
  });

  it("the last visible sheet cannot be hidden or deleted", () => {
    const { ss, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow();
    expect(() => ss.deleteSheet(sheet)).toThrow();
    const store = ss.insertSheet("_bussola").hideSheet();
    expect(store.isSheetHidden()).toBe(true);
  });

  it("developer metadata lives on the spreadsheet and on sheets", () => {
    const { ss, sheet, app, workbook } = setup();
    ss.addDeveloperMetadata("bussola.model", '{"id":"cx-100"}');
    sheet.addDeveloperMetadata("bussola.role", app.DeveloperMetadataVisibility.PROJECT);
    const [meta] = ss.getDeveloperMetadata();
    expect(meta?.getKey()).toBe("bussola.model");
    expect(meta?.getValue()).toBe('{"id":"cx-100"}');
    expect(workbook.sheet("Sheet1").developerMetadata[0]).toMatchObject({
      key: "bussola.role",
      value: null,
      visibility: "PROJECT",
    });
    meta?.remove();
    expect(workbook.developerMetadata).toEqual([]);
  });

  it("inserting rows moves cells, validation and protections below", () => {
    const { sheet, app, workbook } = setup();
    sheet.getRange("A5").setValue("question");
    sheet
      .getRange("A5")
      .setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
    sheet.getRange("A5:B6").protect();
    sheet.insertRowsAfter(2, 3);
    expect(workbook.cell("Sheet1", "A8").value).toBe("question");
    expect(workbook.cell("Sheet1", "A8").dataValidation?.criteria).toBe("NUMBER_BETWEEN");
    expect(workbook.snapshot().sheets[0]?.protections[0]?.range).toBe("A8:B9");
    expect(sheet.getMaxRows()).toBe(1003);
    sheet.deleteRows(1, 2);
    expect(workbook.cell("Sheet1", "A6").value).toBe("question");
  });
});

describe("formula results", () => {
  it("a test can give a formula cell the value Sheets would compute", () => {
    const { sheet, workbook } = setup();
    sheet.getRange("B1").setFormula("=COUNTA(D5:D40)");
    workbook.setFormulaResult("Sheet1", "B1", 12);
    expect(sheet.getRange("B1").getValue()).toBe(12);
    expect(sheet.getRange("B1").getFormula()).toBe("=COUNTA(D5:D40)");
  });

  it("a range on another sheet is sized by that sheet", () => {
    const { ss, sheet } = setup();
    ss.insertSheet("Lungo").insertRowsAfter(1000, 500);
    expect(sheet.getRange("Lungo!A:A").getNumRows()).toBe(1500);
    expect(ss.getRange("Lungo!B2").getSheet().getName()).toBe("Lungo");
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
    sheet.getRange("A2:B2").setBackground("#d9ead3").setNote("moved");
    sheet.setRowHeight(2, 40);
    workbook.moveRow("Sheet1", 2, 4);
    expect(workbook.values("Sheet1", "A1:B4")).toEqual([
      ["q1", 1],
      ["q3", 3],
      ["q4", 4],
      ["q2", 2],
    ]);
    expect(workbook.cell("Sheet1", "B4")).toMatchObject({ background: "#d9ead3", note: "moved" });
    expect(workbook.cell("Sheet1", "B2").background).toBeNull();
    expect(sheet.getRowHeight(4)).toBe(40);
  });

  it("with a user given, refuses to move rows that user may not edit", () => {
    const { sheet, workbook, globals } = setup();
    const p = sheet.getRange("A1:A3").protect();
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

  it("counts Sheets calls apart from builder calls", () => {
    const { sheet, app, calls } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["a", "b"])
      .setAllowInvalid(false)
      .build();
    sheet.getRange("A1:A100").setDataValidation(rule);
    expect(builderCalls(calls)).toBe(3);
    expect(calls.count({ target: "SpreadsheetApp" })).toBe(1);
    expect(sheetsCalls(calls)).toBe(3);
    expect(calls.tally()).toMatchObject({
      "Range.setDataValidation": 1,
      "DataValidationBuilder.build": 1,
    });
  });

  it("a batched write costs the same calls whatever its size", () => {
    const write = (rows: number) => {
      const { sheet, calls } = setup();
      const data = Array.from({ length: rows }, (_, i) => [`q${i}`, i]);
      sheet.getRange(1, 1, rows, 2).setValues(data);
      sheet.getRange(1, 1, rows, 2).setBackground("#ffffff");
      return sheetsCalls(calls);
    };
    expect(write(25)).toBe(write(300));
  });

  it("reset empties the log", () => {
    const { sheet, calls } = setup();
    sheet.getName();
    calls.reset();
    expect(calls.count()).toBe(0);
  });
});

describe("user interface and the other services", () => {
  it("records the add-on menu, and in AuthMode.NONE refuses everything but the menu", () => {
    const { globals, workbook, calls } = createAppsScriptGlobals({ authMode: "NONE" });
    const ui = globals.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Apri Bussola", "showSidebar")
      .addSeparator()
      .addItem("Calcola", "score")
      .addToUi();
    expect(workbook.addonMenu?.entries).toEqual([
      { kind: "item", caption: "Apri Bussola", functionName: "showSidebar" },
      { kind: "separator" },
      { kind: "item", caption: "Calcola", functionName: "score" },
    ]);
    expect(calls.count({ target: ["SpreadsheetApp", "Ui", "Menu"] })).toBe(calls.count());
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/AuthMode.NONE/);
    expect(() => globals.PropertiesService.getDocumentProperties()).toThrow(/AuthMode.NONE/);
  });

  it("shows a sidebar built from a project file", () => {
    const { globals, workbook } = setup({ files: { Sidebar: "<p>Ciao</p>" } });
    const html = globals.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Bussola CX");
    globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(workbook.ui.sidebar).toMatchObject({ title: "Bussola CX", content: "<p>Ciao</p>" });
    expect(() => globals.HtmlService.createHtmlOutputFromFile("Missing")).toThrow(/No HTML file/);
  });

  it("alert answers OK by default, or what the test queued", () => {
    const { globals, workbook } = setup();
    const ui = globals.SpreadsheetApp.getUi();
    expect(ui.alert("Fatto")).toBe(ui.Button.OK);
    workbook.ui.alertResponses.push("NO");
    expect(ui.alert("Sicuro?", "Sovrascrivere?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(workbook.ui.alerts[1]).toEqual({
      title: "Sicuro?",
      prompt: "Sovrascrivere?",
      buttons: "YES_NO",
    });
  });

  it("a lock held elsewhere makes tryLock fail and waitLock throw", () => {
    const { globals, workbook } = setup();
    const lock = globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    workbook.holdLockElsewhere("document");
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(/Lock timeout/);
  });

  it("session, properties and toasts", () => {
    const { globals, workbook, ss } = setup({ userEmail: "anna@studio.it", locale: "it_IT" });
    expect(globals.Session.getEffectiveUser().getEmail()).toBe("anna@studio.it");
    expect(globals.Session.getActiveUserLocale()).toBe("it");
    expect(ss.getSpreadsheetLocale()).toBe("it_IT");
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty("settings", '{"lang":"it"}');
    expect(props.getProperty("settings")).toBe('{"lang":"it"}');
    expect(props.getProperty("missing")).toBeNull();
    expect(() => props.setProperty("big", "x".repeat(10000))).toThrow();
    ss.toast("Punteggi aggiornati", "Bussola CX");
    expect(workbook.ui.toasts).toEqual([
      { message: "Punteggi aggiornati", title: "Bussola CX", timeoutSeconds: null },
    ]);
    expect(String(globals.ScriptApp.AuthMode.FULL)).toBe("FULL");
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
      `function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem("Open", "showSidebar").addToUi(); }
       function write() {
         var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Dati");
         sheet.getRange(1, 1, 1, 2).setValues([["Quando", new Date(2024, 0, 2)]]);
         return sheet.getRange("B1").getValue() instanceof Date;
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
    sheet.getRange("A1:C1").setFontWeight("bold").setBorder(true, true, true, true, null, null);
    sheet
      .getRange("B2")
      .setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
    sheet.protect().setUnprotectedRanges([sheet.getRange("B2:B9")]);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(globals.Charts.ChartType.RADAR)
        .addRange(sheet.getRange("A1:B2"))
        .build(),
    );
    sheet.setFrozenRows(1);
    sheet.hideColumns(3);
    const snap = workbook.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const s = snap.sheets[0];
    expect(s?.frozenRows).toBe(1);
    expect(s?.hiddenColumns).toEqual([3]);
    expect(s?.cells.find((c) => c.a1 === "C2")).toMatchObject({
      value: "2024-01-15T00:00:00.000Z",
      date: true,
    });
    expect(s?.cells.find((c) => c.a1 === "B2")).toMatchObject({ value: 3.25, validation: 0 });
    expect(s?.protections[0]).toMatchObject({
      type: "SHEET",
      range: null,
      unprotectedRanges: ["B2:B9"],
    });
    expect(s?.charts[0]).toMatchObject({ type: "RADAR", ranges: ["A1:B2"] });
  });

  it("each call makes an independent workbook", () => {
    const a = setup();
    const b = setup();
    a.sheet.getRange("A1").setValue("only in a");
    expect(b.workbook.cell("Sheet1", "A1").value).toBeNull();
  });
});
