/**
 * The Action plan sheet: areas in order of priority with the recommended action, and owner, due
 * date and status columns the client fills in. Re-scoring rebuilds the list and puts back what was
 * typed, matched by the key in column A (area and band: a new band brings a new action); rows that
 * no longer appear but hold typed text are kept at the end, so nothing anyone wrote is lost.
 */
import type { AssessmentSettings } from "../assessment/assessment";
import type { ScoreResult } from "../assessment/scoring";
import { LANGS, type Lang } from "../texts/i18n";
import { type MessageKey, t } from "../texts/messages";
import { type Cell, GridBuilder } from "./builder";
import { type CellValue, planOf, type SheetPlan } from "./plan";
import { COLORS, headerCell } from "./style";

/** Marks the header row; the cells below it in column A hold each action's key ("area/band"). */
export const PLAN_KEY_MARKER = "#area-id";
const COLUMNS = {
  key: 0,
  rank: 1,
  area: 2,
  score: 3,
  band: 4,
  gap: 5,
  priority: 6,
  action: 7,
  owner: 8,
  due: 9,
  status: 10,
};
const TYPED = ["owner", "due", "status"] as const;
const DATE = "yyyy-mm-dd";

export interface PlanEntry {
  /** Area id; empty for a row someone added by hand. */
  key: string;
  /** The whole row as it was, so rows kept from earlier runs come back unchanged. */
  row: CellValue[];
  owner: CellValue;
  due: CellValue;
  status: CellValue;
}

function asCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  ) {
    return value;
  }
  return String(value);
}

const isEmpty = (value: CellValue) => value === null || value === "";

/** Reads what people typed into an existing action plan (its `getValues()`). */
export function readPlanEntries(cells: readonly (readonly unknown[])[]): PlanEntry[] {
  const headerIndex = cells.findIndex((row) => row[0] === PLAN_KEY_MARKER);
  if (headerIndex < 0) return [];
  return cells.slice(headerIndex + 1).flatMap((raw) => {
    const row = Array.from({ length: COLUMNS.status + 1 }, (_, c) => asCellValue(raw[c]));
    const entry = {
      key: typeof row[COLUMNS.key] === "string" ? (row[COLUMNS.key] as string) : "",
      row,
      owner: row[COLUMNS.owner] ?? null,
      due: row[COLUMNS.due] ?? null,
      status: row[COLUMNS.status] ?? null,
    };
    return row.every(isEmpty) ? [] : [entry];
  });
}

const DEFAULT_STATUSES = new Set(LANGS.map((lang) => t(lang, "statusTodo")));

/** Whether a person wrote on the row: the add-on's own default status does not count. */
const typedByHand = (entry: PlanEntry) =>
  !isEmpty(entry.owner) ||
  !isEmpty(entry.due) ||
  !(isEmpty(entry.status) || DEFAULT_STATUSES.has(String(entry.status)));

const actionKey = (area: string, band: string) => `${area}/${band}`;

export function statusOptions(lang: Lang): string[] {
  return (["statusTodo", "statusDoing", "statusDone", "statusBlocked"] as const).map((key) =>
    t(lang, key),
  );
}

export function planActionPlan(
  settings: AssessmentSettings,
  result: ScoreResult,
  previous: readonly PlanEntry[],
  sheetName: string,
): SheetPlan {
  const { lang } = settings;
  const grid = new GridBuilder();
  const header = (key: MessageKey) => headerCell(t(lang, key));
  grid.row({
    value: t(lang, "pTitle", { client: settings.clientName }),
    bold: true,
    color: COLORS.title,
  });
  grid.row({ value: t(lang, "pInstructions"), color: COLORS.muted });
  grid.blank();
  const headerRow = grid.row(
    { value: PLAN_KEY_MARKER, color: COLORS.technical },
    header("hRank"),
    header("hArea"),
    header("hScore"),
    header("hBand"),
    header("hGap"),
    header("hPriority"),
    header("hAction"),
    header("hOwner"),
    header("hDue"),
    header("hStatus"),
  );
  const byKey = new Map(
    previous.filter((entry) => entry.key !== "").map((entry) => [entry.key, entry]),
  );
  const typed = { background: "#ffffff" };

  result.recommendations.forEach((recommendation, index) => {
    const area = result.areas.find((candidate) => candidate.area === recommendation.area);
    const key = actionKey(recommendation.area, recommendation.band);
    const before = byKey.get(key);
    byKey.delete(key);
    grid.row(
      { value: key, color: COLORS.technical },
      index + 1,
      { value: area?.name[lang] ?? recommendation.area, bold: true },
      { value: recommendation.score, format: "0.0" },
      area?.band ? { value: area.band.label[lang], background: area.band.color } : null,
      { value: area?.gap ?? null, format: "0.0" },
      { value: recommendation.priority, format: "0.0" },
      { value: recommendation.text[lang], wrap: true },
      { value: before?.owner ?? null, ...typed },
      { value: before?.due ?? null, format: DATE, ...typed },
      { value: before?.status ?? t(lang, "statusTodo"), ...typed },
    );
  });
  // What people typed on rows this run no longer lists stays, unchanged, at the end.
  const kept = previous.filter(
    (entry) => (entry.key === "" || byKey.has(entry.key)) && typedByHand(entry),
  );
  for (const entry of kept) {
    grid.row(
      ...entry.row.map(
        (value, column): Cell => ({
          // No rank: the row is kept for what was written on it, not for its priority.
          value: column === COLUMNS.rank ? null : value,
          color: column === COLUMNS.key ? COLORS.technical : COLORS.muted,
          ...(column === COLUMNS.due ? { format: DATE } : {}),
          ...(TYPED.some((name) => COLUMNS[name] === column) ? typed : {}),
        }),
      ),
    );
  }

  const { values, formats } = grid.build(COLUMNS.status + 1);
  const firstRow = headerRow + 1;
  const rows = values.length - headerRow;
  const status = { values: statusOptions(lang), helpText: t(lang, "hStatus") };
  return planOf({
    name: sheetName,
    values,
    formats,
    validations:
      rows === 0
        ? null
        : {
            box: { row: firstRow, column: COLUMNS.status + 1, rows, columns: 1 },
            rules: Array.from({ length: rows }, () => [status]),
          },
    protection: {
      description: t(lang, "pProtection"),
      editable:
        rows === 0
          ? []
          : [{ row: firstRow, column: COLUMNS.owner + 1, rows, columns: TYPED.length }],
    },
    frozenRows: headerRow,
    columnWidths: [
      { column: 1, count: 1, width: 90 },
      { column: 2, count: 1, width: 40 },
      { column: 3, count: 1, width: 180 },
      { column: 4, count: 4, width: 80 },
      { column: 8, count: 1, width: 380 },
      { column: 9, count: 3, width: 130 },
    ],
    tabColor: "#e37400",
  });
}
