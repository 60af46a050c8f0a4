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
import { type Cell, type CellInput, GridBuilder, isCell } from "./builder";
import { type CellValue, planOf, type SheetPlan } from "./plan";
import { COLORS, headerCell } from "./style";

/** Marks the header row; the cells below it in column A hold each action's key ("area/band"). */
export const PLAN_KEY_MARKER = "#area-id";
const DATE = "yyyy-mm-dd";

type ColumnId =
  | "key"
  | "rank"
  | "area"
  | "score"
  | "band"
  | "gap"
  | "priority"
  | "action"
  | "owner"
  | "due"
  | "status";

interface PlanColumn {
  id: ColumnId;
  /** Null for column A, whose header is the key marker. */
  header: MessageKey | null;
  width: number;
  format?: string;
  /** The client's to fill: editable, white, and kept on every run. */
  typed?: boolean;
}

/** The plan's columns, in order: headers, formats, widths and the editable block derive from it. */
const PLAN_COLUMNS: readonly PlanColumn[] = [
  { id: "key", header: null, width: 90 },
  { id: "rank", header: "hRank", width: 40 },
  { id: "area", header: "hArea", width: 180 },
  { id: "score", header: "hScore", width: 80, format: "0.0" },
  { id: "band", header: "hBand", width: 80 },
  { id: "gap", header: "hGap", width: 80, format: "0.0" },
  { id: "priority", header: "hPriority", width: 80, format: "0.0" },
  { id: "action", header: "hAction", width: 380 },
  { id: "owner", header: "hOwner", width: 130, typed: true },
  { id: "due", header: "hDue", width: 130, format: DATE, typed: true },
  { id: "status", header: "hStatus", width: 130, typed: true },
];

/** 0-based position of each column. */
const COLUMNS = Object.fromEntries(
  PLAN_COLUMNS.map((column, index) => [column.id, index]),
) as Record<ColumnId, number>;
const TYPED_COLUMNS = PLAN_COLUMNS.filter((column) => column.typed);
/** 1-based; the typed columns sit side by side, so one editable box covers them. */
const firstTypedColumn = PLAN_COLUMNS.findIndex((column) => column.typed) + 1;
const WHITE = "#ffffff";

/** One cell of a column: its format, and white where the client types. */
function inColumn(column: PlanColumn, cell: CellInput): Cell {
  const base = isCell(cell) ? cell : { value: cell };
  return {
    ...(column.format ? { format: column.format } : {}),
    ...(column.typed ? { background: WHITE } : {}),
    ...base,
  };
}

/** Adjacent columns of one width share one entry (one call each). */
function columnWidths(): SheetPlan["columnWidths"] {
  const widths: SheetPlan["columnWidths"] = [];
  PLAN_COLUMNS.forEach((column, index) => {
    const last = widths[widths.length - 1];
    if (last !== undefined && last.width === column.width) last.count += 1;
    else widths.push({ column: index + 1, count: 1, width: column.width });
  });
  return widths;
}

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
    const row = PLAN_COLUMNS.map((_, c) => asCellValue(raw[c]));
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
    ...PLAN_COLUMNS.map((column) =>
      column.header === null
        ? { value: PLAN_KEY_MARKER, color: COLORS.technical }
        : header(column.header),
    ),
  );
  const byKey = new Map(
    previous.filter((entry) => entry.key !== "").map((entry) => [entry.key, entry]),
  );
  result.recommendations.forEach((recommendation, index) => {
    const area = result.areas.find((candidate) => candidate.area === recommendation.area);
    const key = actionKey(recommendation.area, recommendation.band);
    const before = byKey.get(key);
    byKey.delete(key);
    const cells: Record<ColumnId, CellInput> = {
      key: { value: key, color: COLORS.technical },
      rank: index + 1,
      area: { value: area?.name[lang] ?? recommendation.area, bold: true },
      score: recommendation.score,
      band: area?.band ? { value: area.band.label[lang], background: area.band.color } : null,
      gap: area?.gap ?? null,
      priority: recommendation.priority,
      action: { value: recommendation.text[lang], wrap: true },
      owner: before?.owner ?? null,
      due: before?.due ?? null,
      status: before?.status ?? t(lang, "statusTodo"),
    };
    grid.row(...PLAN_COLUMNS.map((column) => inColumn(column, cells[column.id])));
  });
  // What people typed on rows this run no longer lists stays, unchanged, at the end.
  const kept = previous.filter(
    (entry) => (entry.key === "" || byKey.has(entry.key)) && typedByHand(entry),
  );
  for (const entry of kept) {
    grid.row(
      ...PLAN_COLUMNS.map((column, index) =>
        inColumn(column, {
          // No rank: the row is kept for what was written on it, not for its priority.
          value: column.id === "rank" ? null : (entry.row[index] ?? null),
          color: column.id === "key" ? COLORS.technical : COLORS.muted,
        }),
      ),
    );
  }

  const { values, formats } = grid.build(PLAN_COLUMNS.length);
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
          : [{ row: firstRow, column: firstTypedColumn, rows, columns: TYPED_COLUMNS.length }],
    },
    frozenRows: headerRow,
    columnWidths: columnWidths(),
    tabColor: "#e37400",
  });
}
