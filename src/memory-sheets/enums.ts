/**
 * Apps Script enums are objects whose toString() is the member name
 * (`String(SpreadsheetApp.ProtectionType.SHEET) === "SHEET"`). Objects, not strings, so that an
 * overload like addDeveloperMetadata(key, visibility) can tell a visibility from a value.
 */
export class EnumValue {
  constructor(
    private readonly key: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }
  toString(): string {
    return this.key;
  }
  toJSON(): string {
    return this.key;
  }
  name(): string {
    return this.key;
  }
  ordinal(): number {
    return this.index;
  }
}

export type Enum<K extends string> = Readonly<Record<K, EnumValue>>;

function makeEnum<const K extends string>(keys: readonly K[]): Enum<K> {
  const members: Partial<Record<K, EnumValue>> = {};
  keys.forEach((key, index) => {
    members[key] = new EnumValue(key, index);
  });
  return Object.freeze(members as Record<K, EnumValue>);
}

/** The member name of an enum argument (tolerates plain strings). */
export const enumName = (value: unknown): string => String(value);

/** Looks up the member for a stored name; unknown names come back as a fresh value. */
export function member(e: Readonly<Record<string, EnumValue>>, name: string): EnumValue {
  return e[name] ?? new EnumValue(name, -1);
}

export const DataValidationCriteria = makeEnum([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]);

export const BooleanCriteria = makeEnum([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]);

export const ProtectionType = makeEnum(["RANGE", "SHEET"]);
export const BorderStyle = makeEnum([
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
]);
export const WrapStrategy = makeEnum(["WRAP", "OVERFLOW", "CLIP"]);
export const DeveloperMetadataVisibility = makeEnum(["DOCUMENT", "PROJECT"]);
export const DeveloperMetadataLocationType = makeEnum(["SPREADSHEET", "SHEET", "ROW", "COLUMN"]);
export const Dimension = makeEnum(["COLUMNS", "ROWS"]);
export const SheetType = makeEnum(["GRID", "OBJECT"]);
export const RelativeDate = makeEnum([
  "TODAY",
  "TOMORROW",
  "YESTERDAY",
  "PAST_WEEK",
  "PAST_MONTH",
  "PAST_YEAR",
]);

export const ChartType = makeEnum([
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);
export const ChartHiddenDimensionStrategy = makeEnum([
  "IGNORE_BOTH",
  "IGNORE_ROWS",
  "IGNORE_COLUMNS",
  "SHOW_BOTH",
]);
export const ChartMergeStrategy = makeEnum(["MERGE_COLUMNS", "MERGE_ROWS"]);
export const Position = makeEnum(["TOP", "RIGHT", "BOTTOM", "NONE"]);

export const Button = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
export const AuthMode = makeEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
export const SandboxMode = makeEnum(["EMULATED", "IFRAME", "NATIVE"]);
export const XFrameOptionsMode = makeEnum(["ALLOWALL", "DEFAULT"]);
