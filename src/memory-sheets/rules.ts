/** Data validation and conditional format rules (builders and built rules), developer metadata. */
import {
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataVisibility,
  EnumValue,
  enumName,
  member,
} from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import {
  type ConditionalRuleModel,
  type MetadataModel,
  RangeRef,
  type ValidationModel,
} from "./model";
import { MemoryRange, makeRange } from "./range";
import type { MemoryWorkbook } from "./workbook";

type Range = GoogleAppsScript.Spreadsheet.Range;

const refOf = (range: unknown, what: string): RangeRef => {
  const r = expectInstance(range, MemoryRange, what);
  return new RangeRef(r.sheet.sheetId, { ...r.rect });
};

/** Criteria values as scripts see them: stored ranges become Range objects again. */
function argsOut(wb: MemoryWorkbook, args: unknown[]): unknown[] {
  return args.map((a) => {
    if (a instanceof RangeRef) {
      const sheet = wb.sheetById(a.sheetId);
      return sheet ? makeRange(wb, sheet, a.rect) : null;
    }
    return Array.isArray(a) ? [...a] : a;
  });
}

function argsIn(args: unknown[]): unknown[] {
  return args.map((a) =>
    a instanceof MemoryRange ? refOf(a, "args") : Array.isArray(a) ? [...a] : a,
  );
}

// ---- data validation ------------------------------------------------------------------------

type DataValidationBuilderMethods =
  | "build"
  | "copy"
  | "getAllowInvalid"
  | "getCriteriaType"
  | "getCriteriaValues"
  | "getHelpText"
  | "requireCheckbox"
  | "requireDate"
  | "requireFormulaSatisfied"
  | "requireNumberBetween"
  | "requireNumberEqualTo"
  | "requireNumberGreaterThan"
  | "requireNumberGreaterThanOrEqualTo"
  | "requireNumberLessThan"
  | "requireNumberLessThanOrEqualTo"
  | "requireNumberNotBetween"
  | "requireNumberNotEqualTo"
  | "requireTextContains"
  | "requireTextDoesNotContain"
  | "requireTextEqualTo"
  | "requireTextIsEmail"
  | "requireTextIsUrl"
  | "requireValueInList"
  | "requireValueInRange"
  | "setAllowInvalid"
  | "setHelpText"
  | "withCriteria";

export class MemoryDataValidationBuilder
  extends ApiObject
  implements
    ApiShape<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderMethods>
{
  readonly [API_NAME] = "DataValidationBuilder";
  private criteria: string | null = null;
  private args: unknown[] = [];
  /** Sheets' default: invalid input is accepted with a warning. */
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(
    readonly wb: MemoryWorkbook,
    from?: ValidationModel,
  ) {
    super();
    if (from) {
      this.criteria = from.criteria;
      this.args = [...from.args];
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText || null;
    }
  }

  private set(criteria: string, args: unknown[]): this {
    this.criteria = criteria;
    this.args = args;
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.set("VALUE_IN_LIST", [values.map(String), showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    return this.set("VALUE_IN_RANGE", [refOf(range, "range"), showDropdown]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set("NUMBER_NOT_BETWEEN", [start, end]);
  }
  requireNumberEqualTo(number: number): this {
    return this.set("NUMBER_EQUAL_TO", [number]);
  }
  requireNumberNotEqualTo(number: number): this {
    return this.set("NUMBER_NOT_EQUAL_TO", [number]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.set("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberLessThan(number: number): this {
    return this.set("NUMBER_LESS_THAN", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.set("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.set("CHECKBOX", values);
  }
  requireDate(): this {
    return this.set("DATE_IS_VALID_DATE", []);
  }
  requireTextContains(text: string): this {
    return this.set("TEXT_CONTAINS", [text]);
  }
  requireTextDoesNotContain(text: string): this {
    return this.set("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.set("TEXT_EQUAL_TO", [text]);
  }
  requireTextIsEmail(): this {
    return this.set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): this {
    return this.set("TEXT_IS_VALID_URL", []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set("CUSTOM_FORMULA", [formula]);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): this {
    return this.set(enumName(criteria), argsIn(args));
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getCriteriaType(): unknown {
    return this.criteria === null ? null : member(DataValidationCriteria, this.criteria);
  }
  getCriteriaValues(): unknown[] {
    return argsOut(this.wb, this.args);
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  copy(): MemoryDataValidationBuilder {
    return new MemoryDataValidationBuilder(this.wb, this.toModel());
  }
  /** Throws without criteria (the real message is unverified). */
  build(): MemoryDataValidation {
    return new MemoryDataValidation(this.wb, this.toModel());
  }

  private toModel(): ValidationModel {
    if (this.criteria === null) throw new Error("The data validation rule has no criteria set.");
    return {
      criteria: this.criteria,
      args: [...this.args],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText ?? "",
    };
  }
}

export class MemoryDataValidation
  extends ApiObject
  implements
    ApiShape<
      GoogleAppsScript.Spreadsheet.DataValidation,
      "copy" | "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues" | "getHelpText"
    >
{
  readonly [API_NAME] = "DataValidation";
  constructor(
    readonly wb: MemoryWorkbook,
    readonly model: ValidationModel,
  ) {
    super();
  }
  copy(): MemoryDataValidationBuilder {
    return new MemoryDataValidationBuilder(this.wb, this.model);
  }
  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }
  getCriteriaType(): unknown {
    return member(DataValidationCriteria, this.model.criteria);
  }
  getCriteriaValues(): unknown[] {
    return argsOut(this.wb, this.model.args);
  }
  getHelpText(): string {
    return this.model.helpText;
  }
}

// ---- conditional formatting -----------------------------------------------------------------

const emptyRule = (): ConditionalRuleModel => ({
  ranges: [],
  criteria: null,
  args: [],
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
});

type RuleBuilderMethods =
  | "build"
  | "copy"
  | "getBooleanCondition"
  | "getGradientCondition"
  | "getRanges"
  | "setBackground"
  | "setBold"
  | "setFontColor"
  | "setItalic"
  | "setRanges"
  | "setStrikethrough"
  | "setUnderline"
  | "whenCellEmpty"
  | "whenCellNotEmpty"
  | "whenFormulaSatisfied"
  | "whenNumberBetween"
  | "whenNumberEqualTo"
  | "whenNumberGreaterThan"
  | "whenNumberGreaterThanOrEqualTo"
  | "whenNumberLessThan"
  | "whenNumberLessThanOrEqualTo"
  | "whenNumberNotBetween"
  | "whenNumberNotEqualTo"
  | "whenTextContains"
  | "whenTextDoesNotContain"
  | "whenTextEndsWith"
  | "whenTextEqualTo"
  | "whenTextStartsWith"
  | "withCriteria";

export class MemoryConditionalFormatRuleBuilder
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, RuleBuilderMethods>
{
  readonly [API_NAME] = "ConditionalFormatRuleBuilder";
  private readonly rule: ConditionalRuleModel;

  constructor(
    readonly wb: MemoryWorkbook,
    from?: ConditionalRuleModel,
  ) {
    super();
    this.rule = from ? { ...from, ranges: [...from.ranges], args: [...from.args] } : emptyRule();
  }

  private when(criteria: string, args: unknown[]): this {
    this.rule.criteria = criteria;
    this.rule.args = args;
    return this;
  }
  private format<
    K extends "background" | "fontColor" | "bold" | "italic" | "strikethrough" | "underline",
  >(key: K, value: ConditionalRuleModel[K]): this {
    this.rule[key] = value;
    return this;
  }

  whenCellEmpty(): this {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): this {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when("CUSTOM_FORMULA", [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when("NUMBER_BETWEEN", [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when("NUMBER_NOT_BETWEEN", [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when("NUMBER_EQUAL_TO", [number]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.when("NUMBER_NOT_EQUAL_TO", [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when("NUMBER_GREATER_THAN", [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when("NUMBER_LESS_THAN", [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  whenTextContains(text: string): this {
    return this.when("TEXT_CONTAINS", [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  whenTextEqualTo(text: string): this {
    return this.when("TEXT_EQUAL_TO", [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when("TEXT_STARTS_WITH", [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when("TEXT_ENDS_WITH", [text]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): this {
    return this.when(enumName(criteria), argsIn(args));
  }
  setBackground(color: string | null): this {
    return this.format("background", color);
  }
  setFontColor(color: string | null): this {
    return this.format("fontColor", color);
  }
  setBold(bold: boolean | null): this {
    return this.format("bold", bold);
  }
  setItalic(italic: boolean | null): this {
    return this.format("italic", italic);
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.format("strikethrough", strikethrough);
  }
  setUnderline(underline: boolean | null): this {
    return this.format("underline", underline);
  }
  setRanges(ranges: Range[]): this {
    this.rule.ranges = ranges.map((r) => refOf(r, "ranges"));
    return this;
  }
  getRanges(): MemoryRange[] {
    return rangesOf(this.wb, this.rule);
  }
  getBooleanCondition(): MemoryBooleanCondition | null {
    return this.rule.criteria === null
      ? null
      : new MemoryBooleanCondition(this.wb, { ...this.rule });
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): MemoryConditionalFormatRuleBuilder {
    return new MemoryConditionalFormatRuleBuilder(this.wb, this.rule);
  }
  build(): MemoryConditionalFormatRule {
    return new MemoryConditionalFormatRule(this.wb, {
      ...this.rule,
      ranges: [...this.rule.ranges],
    });
  }
}

const rangesOf = (wb: MemoryWorkbook, rule: ConditionalRuleModel): MemoryRange[] =>
  rule.ranges.flatMap((ref) => {
    const sheet = wb.sheetById(ref.sheetId);
    return sheet ? [makeRange(wb, sheet, ref.rect)] : [];
  });

export class MemoryConditionalFormatRule
  extends ApiObject
  implements
    ApiShape<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
      "copy" | "getBooleanCondition" | "getGradientCondition" | "getRanges"
    >
{
  readonly [API_NAME] = "ConditionalFormatRule";
  constructor(
    readonly wb: MemoryWorkbook,
    readonly model: ConditionalRuleModel,
  ) {
    super();
  }
  copy(): MemoryConditionalFormatRuleBuilder {
    return new MemoryConditionalFormatRuleBuilder(this.wb, this.model);
  }
  getBooleanCondition(): MemoryBooleanCondition | null {
    return this.model.criteria === null ? null : new MemoryBooleanCondition(this.wb, this.model);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): MemoryRange[] {
    return rangesOf(this.wb, this.model);
  }
}

type BooleanConditionMethods =
  | "getBackground"
  | "getBold"
  | "getCriteriaType"
  | "getCriteriaValues"
  | "getFontColor"
  | "getItalic"
  | "getStrikethrough"
  | "getUnderline";

export class MemoryBooleanCondition
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.BooleanCondition, BooleanConditionMethods>
{
  readonly [API_NAME] = "BooleanCondition";
  constructor(
    readonly wb: MemoryWorkbook,
    readonly model: ConditionalRuleModel,
  ) {
    super();
  }
  getCriteriaType(): unknown {
    return member(BooleanCriteria, this.model.criteria ?? "");
  }
  getCriteriaValues(): unknown[] {
    return argsOut(this.wb, this.model.args);
  }
  getBackground(): string | null {
    return this.model.background;
  }
  getFontColor(): string | null {
    return this.model.fontColor;
  }
  getBold(): boolean | null {
    return this.model.bold;
  }
  getItalic(): boolean | null {
    return this.model.italic;
  }
  getStrikethrough(): boolean | null {
    return this.model.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.model.underline;
  }
}

// ---- developer metadata ---------------------------------------------------------------------

/** addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). */
export function readMetadataArgs(
  wb: MemoryWorkbook,
  key: string,
  second?: unknown,
  third?: unknown,
): MetadataModel {
  const secondIsVisibility = second instanceof EnumValue;
  const value = second === undefined || secondIsVisibility ? null : String(second);
  const visibility = secondIsVisibility ? second : third;
  return {
    id: wb.nextId(),
    key,
    value,
    visibility: visibility === undefined || visibility === null ? "DOCUMENT" : enumName(visibility),
  };
}

type MetadataMethods =
  | "getId"
  | "getKey"
  | "getValue"
  | "getVisibility"
  | "remove"
  | "setKey"
  | "setValue"
  | "setVisibility";

export class MemoryDeveloperMetadata
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.DeveloperMetadata, MetadataMethods>
{
  readonly [API_NAME] = "DeveloperMetadata";
  /** `list` is the array holding this entry (the spreadsheet's or a sheet's). */
  constructor(
    readonly list: MetadataModel[],
    readonly model: MetadataModel,
  ) {
    super();
  }
  getId(): number {
    return this.model.id;
  }
  getKey(): string {
    return this.model.key;
  }
  getValue(): string | null {
    return this.model.value;
  }
  getVisibility(): unknown {
    return member(DeveloperMetadataVisibility, this.model.visibility);
  }
  setKey(key: string): this {
    this.model.key = key;
    return this;
  }
  setValue(value: string): this {
    this.model.value = value;
    return this;
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    this.model.visibility = enumName(visibility);
    return this;
  }
  remove(): void {
    const at = this.list.indexOf(this.model);
    if (at >= 0) this.list.splice(at, 1);
  }
}
