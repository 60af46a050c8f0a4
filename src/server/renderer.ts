/**
 * Applies a SheetPlan to a sheet. Every grid of the plan is written with one call, so the number
 * of Sheets calls depends on the plan's shape (how many charts, column-width runs) and never on
 * how many questions or respondents it holds.
 */
import { type Box, boxA1 } from "../core/layout/a1";
import {
  asLiteralText,
  type CellValue,
  type ChartPlan,
  type ListValidation,
  type RangeProtectionPlan,
  type SheetPlan,
  sliceColumns,
} from "../core/layout/plan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const TITLE_FONT_SIZE = 14;

export function literal(values: CellValue[][]): (string | number | boolean | Date)[][] {
  return values.map((row) =>
    row.map((value) =>
      value === null ? "" : typeof value === "string" ? asLiteralText(value) : value,
    ),
  );
}

export function rangeOf(sheet: Sheet, box: Box): Range {
  return sheet.getRange(box.row, box.column, box.rows, box.columns);
}

/** Ranges for many boxes in two calls, however many boxes there are. */
export function rangesOf(sheet: Sheet, boxes: readonly Box[]): Range[] {
  return boxes.length === 0 ? [] : sheet.getRangeList(boxes.map(boxA1)).getRanges();
}

/** Grows the grid to the plan's size: writing, or anchoring a chart, outside it fails in Sheets. */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function validationRules(
  rules: (ListValidation | null)[][],
): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  // One built rule per distinct list: the grid shares them.
  const built = new Map<ListValidation, GoogleAppsScript.Spreadsheet.DataValidation>();
  return rules.map((row) =>
    row.map((rule) => {
      if (rule === null) return null;
      let validation = built.get(rule);
      if (validation === undefined) {
        validation = SpreadsheetApp.newDataValidation()
          .requireValueInList(rule.values, true)
          .setAllowInvalid(false)
          .setHelpText(rule.helpText)
          .build();
        built.set(rule, validation);
      }
      return validation;
    }),
  );
}

/**
 * Protects a sheet except the editable boxes, so that only the owner, the person running this and
 * the file's consultants can change it. A new protection starts with the file's editors; removing
 * them is what makes it protect. As Google's own sample does (Protection.removeEditors), the person
 * running this is added first so they stay an editor.
 *
 * Only one failure is expected and absorbed: Sheets refusing to take editors off the protection
 * (removeEditors, or setDomainEdit for everyone in the domain). Google documents that removing
 * editors can throw when access comes through a Google group (the reason for adding the user first)
 * and that setDomainEdit throws outside a Google Workspace domain, but not the messages, so the
 * failure is recognised by the call that threw rather than by its text. There the protection falls
 * back to a warning: the questionnaire stays usable, and changing its structure still asks for a
 * confirmation. Any other failure (protect, setUnprotectedRanges, getEffectiveUser without the
 * userinfo.email scope, addEditor, getEditors, canDomainEdit) means the add-on or its authorization
 * is wrong, and propagates, so that the person sees it rather than a quietly weaker protection.
 * Returns false where it fell back to a warning, so that the caller can tell the person.
 */
export function protectSheet(
  sheet: Sheet,
  description: string,
  editable: readonly Box[],
  consultants: readonly string[],
): boolean {
  const protection = sheet.protect().setDescription(description);
  if (editable.length > 0) protection.setUnprotectedRanges(rangesOf(sheet, editable));
  return restrict(protection, consultants);
}

/**
 * Protects each box so that only its editors (a respondent), the owner, the person running this
 * and the consultants can edit it, even where the sheet protection leaves the box editable. Each
 * box is its own protection: Apps Script has no call that protects several ranges at once, so this
 * costs a fixed number of calls per box (README, call budget). Each protection is added to `made`
 * as soon as it exists, so a caller can take them all back if a later one fails. Returns whether
 * every one of them restricts its editors (none fell back to a warning).
 */
export function protectRanges(
  sheet: Sheet,
  protections: readonly RangeProtectionPlan[],
  consultants: readonly string[],
  made: Protection[] = [],
): boolean {
  let restricted = true;
  for (const { description, box, editors } of protections) {
    const protection = rangeOf(sheet, box).protect();
    made.push(protection);
    protection.setDescription(description);
    restricted = restrict(protection, [...editors, ...consultants]) && restricted;
  }
  return restricted;
}

/**
 * Leaves a new protection to the owner, the person running this and `editors`; false when Sheets
 * refused to take the file's editors off it and it only warns (see protectSheet).
 */
function restrict(protection: Protection, editors: readonly string[]): boolean {
  protection.addEditor(Session.getEffectiveUser());
  const inherited = protection.getEditors();
  if (!removingEditors(protection, () => protection.removeEditors(inherited))) return false;
  if (
    protection.canDomainEdit() &&
    !removingEditors(protection, () => protection.setDomainEdit(false))
  )
    return false;
  const named = [...new Set(editors)];
  if (named.length > 0) protection.addEditors(named);
  return true;
}

/**
 * Runs one call that takes editors off a protection; if Sheets refuses it, makes the protection
 * warning-only and returns false. The try holds that one call, so nothing else is absorbed.
 */
function removingEditors(protection: Protection, remove: () => void): boolean {
  try {
    remove();
    return true;
  } catch {
    protection.setWarningOnly(true);
    return false;
  }
}

function insertChart(sheet: Sheet, chart: ChartPlan): void {
  const type = chart.kind === "radar" ? Charts.ChartType.RADAR : Charts.ChartType.COLUMN;
  const built = sheet
    .newChart()
    .setChartType(type)
    .addRange(rangeOf(sheet, chart.data))
    .setNumHeaders(1)
    .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .setOption("title", chart.title)
    .setOption("width", chart.width)
    .setOption("height", chart.height)
    .setOption("legend", { position: "bottom" })
    .setOption("vAxis", { viewWindow: { min: chart.axis.min, max: chart.axis.max } })
    .build();
  sheet.insertChart(built);
}

/**
 * Writes only the columns [first, first + count) of a plan into freshly inserted columns starting
 * at sheet column `at` (by default `first`): values, formats, progress formulas, dropdowns and
 * widths. Cells outside those columns, such as answers already given, are not written, and nothing
 * sheet-wide is: the empty-cell highlight and the editable ranges are `replaceEmptyHighlight` and
 * `setEditable`, which a caller orders and undoes.
 */
export function renderNewColumns(
  sheet: Sheet,
  plan: SheetPlan,
  first: number,
  count: number,
  at = first,
): void {
  if (count === 0) return;
  const shift = at - first;
  writeGrid(sheet, at, sliceColumns(plan, first, count));
  for (const { box, formulas } of plan.formulas) {
    const from = Math.max(box.column, first);
    const to = Math.min(box.column + box.columns, first + count);
    if (from >= to) continue;
    const slice = formulas.map((row) => row.slice(from - box.column, to - box.column));
    const target = { row: box.row, column: from + shift, rows: box.rows, columns: to - from };
    rangeOf(sheet, target).setFormulas(slice);
  }
  if (plan.validations !== null) {
    const { box, rules } = plan.validations;
    const from = Math.max(box.column, first);
    const to = Math.min(box.column + box.columns, first + count);
    if (from < to) {
      const slice = rules.map((row) => row.slice(from - box.column, to - box.column));
      rangeOf(sheet, { ...box, column: from + shift, columns: to - from }).setDataValidations(
        validationRules(slice),
      );
    }
  }
  for (const { column, count: span, width } of plan.columnWidths) {
    const from = Math.max(column, first);
    const to = Math.min(column + span, first + count);
    if (from < to) sheet.setColumnWidths(from + shift, to - from, width);
  }
}

/**
 * Replaces the add-on's own empty-cell highlight with the plan's, keeping the rules people added
 * in their order, before ours as the add-on has always put them. Returns whether it wrote.
 */
export function replaceEmptyHighlight(sheet: Sheet, plan: SheetPlan): boolean {
  if (plan.highlightEmpty === null) return false;
  const { background, boxes } = plan.highlightEmpty;
  const others = sheet
    .getConditionalFormatRules()
    .filter((rule) => rule.getBooleanCondition()?.getBackground?.() !== background);
  const ours = SpreadsheetApp.newConditionalFormatRule()
    .whenCellEmpty()
    .setBackground(background)
    .setRanges(rangesOf(sheet, boxes))
    .build();
  sheet.setConditionalFormatRules([...others, ours]);
  return true;
}

/** Makes exactly `editable` the unprotected ranges of the sheet's protection, if it has one. */
export function setEditable(sheet: Sheet, editable: readonly Box[]): void {
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  protection?.setUnprotectedRanges(rangesOf(sheet, editable));
}

/** Renders a sheet just inserted; if that fails, the half-written sheet goes, so nothing is left behind. */
export function renderNewSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: Sheet,
  plan: SheetPlan,
  consultants: readonly string[],
): boolean {
  try {
    return renderPlan(sheet, plan, consultants);
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** Every description the add-on gives a protection starts so; people's own protections are theirs. */
export const OWN_PROTECTION = "Bussola CX";

/**
 * Removes what a previous rendering left (contents, formats, rules, charts, and the add-on's own
 * range protections). A protection people made themselves stays. The sheet protection stays too
 * when `keepSheetProtection`: the new rendering then updates it in place (Sheet.protect returns
 * the existing one), so a run that fails before that leaves the sheet protected as it was.
 */
export function resetSheet(sheet: Sheet, keepSheetProtection = false): void {
  sheet.clear();
  sheet.clearConditionalFormatRules();
  const types = keepSheetProtection
    ? [SpreadsheetApp.ProtectionType.RANGE]
    : [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE];
  for (const type of types)
    for (const protection of sheet.getProtections(type))
      if (protection.getDescription().startsWith(OWN_PROTECTION)) protection.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/**
 * Puts back, from A1, the cells a sheet held: each formula as a formula, everything else as the
 * value it was (text kept text). Formats and protections are not part of it.
 */
export function restoreGrid(
  sheet: Sheet,
  { values, formulas }: { values: unknown[][]; formulas: string[][] },
): void {
  sheet.clear();
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  const cells = values.map((row, r) =>
    row.map((value, c): string | number | boolean | Date => {
      const formula = formulas[r]?.[c] ?? "";
      if (formula !== "") return formula;
      if (value instanceof Date || typeof value === "number" || typeof value === "boolean")
        return value;
      return value === null || value === undefined ? "" : asLiteralText(String(value));
    }),
  );
  sheet.getRange(1, 1, rows, columns).setValues(cells);
}

/** Writes values and formats of a grid whose top-left cell is (1, column): eight calls. */
function writeGrid(
  sheet: Sheet,
  column: number,
  { values, formats }: Pick<SheetPlan, "values" | "formats">,
): void {
  const grid = sheet.getRange(1, column, values.length, values[0]?.length ?? 0);
  grid.setValues(literal(values));
  grid.setBackgrounds(formats.backgrounds);
  grid.setFontColors(formats.fontColors);
  grid.setFontWeights(formats.fontWeights);
  grid.setHorizontalAlignments(formats.horizontalAlignments);
  grid.setWraps(formats.wraps);
  grid.setNumberFormats(formats.numberFormats);
  grid.setVerticalAlignment("top");
}

/**
 * Writes a whole plan to a sheet. `consultants` become editors of every protection it makes, so
 * the file's team can score and add respondents after whoever created it. Returns false when a
 * protection it made only warns (Sheets refused to restrict its editors).
 */
export function renderPlan(sheet: Sheet, plan: SheetPlan, consultants: readonly string[]): boolean {
  const rows = plan.values.length;
  const columns = plan.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return true;
  // A chart's anchor cell must exist too: charts sit to the right of (or below) the written grid.
  ensureSize(
    sheet,
    Math.max(rows, ...plan.charts.map((chart) => chart.anchor.row)),
    Math.max(columns, ...plan.charts.map((chart) => chart.anchor.column)),
  );
  writeGrid(sheet, 1, plan);
  sheet.getRange(1, 1).setFontSize(TITLE_FONT_SIZE);

  for (const { box, formulas } of plan.formulas) rangeOf(sheet, box).setFormulas(formulas);
  if (plan.validations !== null) {
    rangeOf(sheet, plan.validations.box).setDataValidations(
      validationRules(plan.validations.rules),
    );
  }
  if (plan.highlightEmpty !== null && plan.highlightEmpty.boxes.length > 0) {
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground(plan.highlightEmpty.background)
      .setRanges(rangesOf(sheet, plan.highlightEmpty.boxes))
      .build();
    sheet.setConditionalFormatRules([rule]);
  }
  // Row by row, each a merge of its own: one call for all of them.
  for (const box of plan.mergedRows) rangeOf(sheet, box).mergeAcross();
  for (const { row, height } of plan.rowHeights) sheet.setRowHeights(row, 1, height);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setFrozenColumns(plan.frozenColumns);
  for (const { column, count, width } of plan.columnWidths)
    sheet.setColumnWidths(column, count, width);
  for (const { row, count } of plan.hiddenRows) sheet.hideRows(row, count);
  if (plan.tabColor !== null) sheet.setTabColor(plan.tabColor);
  for (const chart of plan.charts) insertChart(sheet, chart);
  const sheetRestricted =
    plan.protection === null ||
    protectSheet(sheet, plan.protection.description, plan.protection.editable, consultants);
  return protectRanges(sheet, plan.rangeProtections, consultants) && sheetRestricted;
}
