/** Every call a script makes on the in-memory services, in order. */

export interface CallEntry {
  /** The Apps Script class name: "Range", "Sheet", "SpreadsheetApp", "Ui", … */
  target: string;
  method: string;
}

export interface CallFilter {
  target?: string | readonly string[];
  method?: string | readonly string[];
}

const matches = (wanted: string | readonly string[] | undefined, actual: string): boolean =>
  wanted === undefined ||
  (typeof wanted === "string" ? wanted === actual : wanted.includes(actual));

export class CallLog {
  readonly entries: CallEntry[] = [];

  record(target: string, method: string): void {
    this.entries.push({ target, method });
  }

  count(filter: CallFilter = {}): number {
    return this.entries.filter(
      (e) => matches(filter.target, e.target) && matches(filter.method, e.method),
    ).length;
  }

  reset(): void {
    this.entries.length = 0;
  }
}

/**
 * Classes whose calls cross to the Sheets backend (each costs on the order of 0.1 s). Builders
 * (DataValidationBuilder, …) assemble a rule or chart locally and are left out.
 */
export const SHEETS_TARGETS: readonly string[] = [
  "SpreadsheetApp",
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "EmbeddedChart",
];

export const sheetsCalls = (log: CallLog): number => log.count({ target: SHEETS_TARGETS });
