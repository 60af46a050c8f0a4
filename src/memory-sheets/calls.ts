/** Every call a script makes on the in-memory services, in order. */

export interface CallEntry {
  /** The Apps Script class name: "Range", "Sheet", "SpreadsheetApp", "Ui", … */
  target: string;
  method: string;
}

export type CallFilter =
  | { target?: string | readonly string[]; method?: string | readonly string[] }
  | ((entry: CallEntry) => boolean);

const matches = (wanted: string | readonly string[] | undefined, actual: string): boolean =>
  wanted === undefined ||
  (typeof wanted === "string" ? wanted === actual : wanted.includes(actual));

function predicate(filter: CallFilter): (entry: CallEntry) => boolean {
  return typeof filter === "function"
    ? filter
    : (e) => matches(filter.target, e.target) && matches(filter.method, e.method);
}

export class CallLog {
  readonly entries: CallEntry[] = [];

  record(target: string, method: string): void {
    this.entries.push({ target, method });
  }

  count(filter?: CallFilter): number {
    return filter === undefined
      ? this.entries.length
      : this.entries.filter(predicate(filter)).length;
  }

  /** Calls per "Target.method", for benchmark reports. */
  tally(filter?: CallFilter): Record<string, number> {
    const tally: Record<string, number> = {};
    const test = filter === undefined ? () => true : predicate(filter);
    for (const e of this.entries) {
      if (!test(e)) continue;
      const key = `${e.target}.${e.method}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    return tally;
  }

  reset(): void {
    this.entries.length = 0;
  }
}

/** Classes whose calls cross to the Sheets backend (each costs on the order of 0.1 s). */
export const SHEETS_TARGETS: readonly string[] = [
  "SpreadsheetApp",
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "EmbeddedChart",
];

/**
 * Builders assemble a rule or chart locally; they are logged but counted apart. Typed chart
 * builders (asColumnChart() → "EmbeddedColumnChartBuilder") count as builders too.
 */
export const BUILDER_TARGETS: readonly string[] = [
  "DataValidationBuilder",
  "ConditionalFormatRuleBuilder",
  "EmbeddedChartBuilder",
];

const isBuilder = (e: CallEntry): boolean => e.target.endsWith("Builder");

export const sheetsCalls = (log: CallLog): number => log.count({ target: SHEETS_TARGETS });
export const builderCalls = (log: CallLog): number => log.count(isBuilder);
