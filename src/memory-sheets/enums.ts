/**
 * Apps Script enums are objects whose toString() is the member name
 * (`String(SpreadsheetApp.ProtectionType.SHEET) === "SHEET"`). Only the enums the add-on reads
 * are here, each with the members of Google's reference.
 */
export class EnumValue {
  constructor(private readonly key: string) {
    Object.freeze(this);
  }
  toString(): string {
    return this.key;
  }
}

export type Enum<K extends string> = Readonly<Record<K, EnumValue>>;

function makeEnum<const K extends string>(keys: readonly K[]): Enum<K> {
  const members: Partial<Record<K, EnumValue>> = {};
  for (const key of keys) members[key] = new EnumValue(key);
  return Object.freeze(members as Record<K, EnumValue>);
}

/** The member name of an enum argument (tolerates plain strings). */
export const enumName = (value: unknown): string => String(value);

/** The member for a stored name; unknown names come back as a fresh value. */
export function member(e: Readonly<Record<string, EnumValue>>, name: string): EnumValue {
  return e[name] ?? new EnumValue(name);
}

export const ProtectionType = makeEnum(["RANGE", "SHEET"]);

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

export const Button = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
export const AuthMode = makeEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
