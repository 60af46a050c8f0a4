/** Dropdowns (data validation) and the empty-cell highlight (conditional format rules). */
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import { type ConditionalRuleModel, RangeRef, type ValidationModel } from "./model";
import { MemoryRange } from "./range";

// ---- data validation ------------------------------------------------------------------------

export class MemoryDataValidationBuilder
  extends ApiObject
  implements
    ApiShape<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      "build" | "requireValueInList" | "setAllowInvalid" | "setHelpText"
    >
{
  readonly [API_NAME] = "DataValidationBuilder";
  private list: ValidationModel["args"] | null = null;
  /** Sheets' default: invalid input is accepted with a warning (PLATFORM.md). */
  private allowInvalid = true;
  private helpText = "";

  requireValueInList(values: string[], showDropdown = true): this {
    this.list = [values.map(String), showDropdown];
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  /** Throws without criteria (the real message is unverified). */
  build(): MemoryDataValidation {
    if (this.list === null) throw new Error("The data validation rule has no criteria set.");
    return new MemoryDataValidation({
      criteria: "VALUE_IN_LIST",
      args: [[...this.list[0]], this.list[1]],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
}

/** A built rule: scripts only hand it to setDataValidations. */
export class MemoryDataValidation extends ApiObject {
  readonly [API_NAME] = "DataValidation";
  constructor(readonly model: ValidationModel) {
    super();
  }
}

// ---- conditional formatting -----------------------------------------------------------------

export class MemoryConditionalFormatRuleBuilder
  extends ApiObject
  implements
    ApiShape<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
      "build" | "setBackground" | "setRanges" | "whenCellEmpty"
    >
{
  readonly [API_NAME] = "ConditionalFormatRuleBuilder";
  private readonly rule: ConditionalRuleModel = { ranges: [], criteria: null, background: null };

  whenCellEmpty(): this {
    this.rule.criteria = "CELL_EMPTY";
    return this;
  }
  setBackground(color: string | null): this {
    this.rule.background = color;
    return this;
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.rule.ranges = ranges.map((range) => {
      const r = expectInstance(range, MemoryRange, "ranges");
      return new RangeRef(r.sheet.sheetId, { ...r.box });
    });
    return this;
  }
  build(): MemoryConditionalFormatRule {
    return new MemoryConditionalFormatRule({ ...this.rule, ranges: [...this.rule.ranges] });
  }
}

export class MemoryConditionalFormatRule
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, "getBooleanCondition">
{
  readonly [API_NAME] = "ConditionalFormatRule";
  constructor(readonly model: ConditionalRuleModel) {
    super();
  }
  getBooleanCondition(): MemoryBooleanCondition | null {
    return this.model.criteria === null ? null : new MemoryBooleanCondition(this.model);
  }
}

export class MemoryBooleanCondition
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.BooleanCondition, "getBackground">
{
  readonly [API_NAME] = "BooleanCondition";
  constructor(readonly model: ConditionalRuleModel) {
    super();
  }
  getBackground(): string | null {
    return this.model.background;
  }
}
