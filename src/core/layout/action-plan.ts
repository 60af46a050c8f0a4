/**
 * The Action plan sheet: areas in order of priority with the recommended action, and owner, due
 * date and status columns the client fills in. Re-scoring rebuilds the sheet and puts back
 * everything people typed, found by what identifies it rather than by where it sat:
 * - a row by its key (the area's id, in the column headed #area-id): a row stays its area's row
 *   whichever band the area moves to, the band being only information;
 * - a column by its header text, in either language: inserted, deleted and reordered columns
 *   change nothing;
 * - columns people added are carried, header and content, to the right of the plan's columns;
 * - a key matches its area whatever its case and spaces, and as text when Sheets made it a number;
 * - a duplicated row (a second owner for one action) stays under its area; a row people added
 *   stays under the area's rows it followed (right under the header when it sat there);
 * - rows above the header row are read too (a sort can put areas' rows there): typed ones are
 *   kept, only the add-on's title and instructions are left out; a copy of the header row is
 *   kept when anything but the headers was typed on it;
 * - the note column holds the add-on's remark, recognised by its text; anything else typed there
 *   is a person's and kept;
 * - a formula typed in a typed or added column stays a formula (written back verbatim: its
 *   references are not moved with the row);
 * - a row whose area is no longer in the plan stays at the end with what was typed on it, marked
 *   since when it is out of the plan (unless a person's note is in the note column).
 * A sheet that cannot be read that way (header row or key column gone) is reported, never guessed.
 */
import type { AssessmentSettings } from "../assessment/assessment";
import type { ScoreResult } from "../assessment/scoring";
import { LANGS, type Lang } from "../texts/i18n";
import { type MessageKey, t } from "../texts/messages";
import { type Cell, type CellInput, GridBuilder, isCell } from "./builder";
import { cellText } from "./cell-text";
import { asDisplayed, type CellValue, planOf, type SheetPlan } from "./plan";
import { COLORS, headerCell } from "./style";

/** Heads the key column; the cells below it hold each row's area id. */
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
  | "status"
  | "note";

interface PlanColumn {
  id: ColumnId;
  /** Null for the key column, whose header is the key marker. */
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
  // The add-on's own remark on a row (out of the plan since…): written, never typed. As wide as
  // the typed columns, so their widths stay one call; the remark wraps.
  { id: "note", header: "pNoteHeader", width: 130 },
];

/** 0-based position of each column. */
const COLUMNS = Object.fromEntries(
  PLAN_COLUMNS.map((column, index) => [column.id, index]),
) as Record<ColumnId, number>;
const TYPED_COLUMNS = PLAN_COLUMNS.filter((column) => column.typed);
/** 1-based; the typed columns sit side by side, so one editable box covers them. */
const firstTypedColumn = PLAN_COLUMNS.findIndex((column) => column.typed) + 1;
const WHITE = "#ffffff";
/** Columns people added get the width of the typed ones. */
const EXTRA_WIDTH = 130;

/** One cell of a column: its format, and white where the client types. */
function inColumn(column: PlanColumn, cell: CellInput): Cell {
  const base = isCell(cell) ? cell : { value: cell };
  return {
    ...(column.format ? { format: column.format } : {}),
    // A date typed into a text column still shows as a date, not as a serial number.
    ...(!column.format && base.value instanceof Date ? { format: DATE } : {}),
    ...(column.typed ? { background: WHITE } : {}),
    ...base,
  };
}

/** A cell of a column people added: theirs to type in, so white like the typed columns. */
function inExtra(value: CellValue, color?: string): Cell {
  return {
    value,
    background: WHITE,
    ...(value instanceof Date ? { format: DATE } : {}),
    ...(color === undefined ? {} : { color }),
  };
}

/** Adjacent columns of one width share one entry (one call each). */
function columnWidths(extraColumns: number): SheetPlan["columnWidths"] {
  const widths: SheetPlan["columnWidths"] = [];
  const all = [
    ...PLAN_COLUMNS.map((column) => column.width),
    ...Array.from({ length: extraColumns }, () => EXTRA_WIDTH),
  ];
  all.forEach((width, index) => {
    const last = widths[widths.length - 1];
    if (last !== undefined && last.width === width) last.count += 1;
    else widths.push({ column: index + 1, count: 1, width });
  });
  return widths;
}

// ——— Reading what is on the sheet ———

/** Where a formula sits on a row: a plan column, or the index of an added column. */
export type FormulaPlace = ColumnId | number;

export interface PlanEntry {
  /** The area the row belongs to; "" for a row someone added by hand (or whose key was cleared). */
  area: string;
  /** The row's cells in the plan's columns, found by their headers; null where a column is gone. */
  cells: Readonly<Record<ColumnId, CellValue>>;
  /** The row's cells in the columns people added, in the order of `PreviousPlan.extraHeaders`. */
  extra: readonly CellValue[];
  /** Formulas typed on the row (A1 text, as Sheets shows it), by where they sit. */
  formulas: ReadonlyMap<FormulaPlace, string>;
  /**
   * For a row without a key: the area of the keyed row above it on the sheet, "" when it sits
   * right under the header row, null when it sat above the header row (it goes to the end).
   */
  after: string | null;
}

/** What an existing plan holds: its rows and the columns people added. */
export interface PreviousPlan {
  entries: readonly PlanEntry[];
  /** Header cells of the columns people added, left to right. */
  extraHeaders: readonly CellValue[];
}

export const NO_PREVIOUS_PLAN: PreviousPlan = { entries: [], extraHeaders: [] };

/**
 * A plan read back, or why it cannot be: "header" when no header row is left but the sheet holds
 * more than the add-on's title, "keys" when the header row is there but no column holds the keys
 * that tie rows to areas. Either way nothing can be matched safely, so nothing may be rewritten.
 */
export type PlanReading =
  | { ok: true; plan: PreviousPlan }
  | { ok: false; problem: "header" | "keys" };

export interface PlanReadingContext {
  /** The assessment's client, to tell the add-on's own title from text people wrote. */
  clientName: string;
  /** The model's area ids, to find the key column when its #area-id header was typed over. */
  areaIds: readonly string[];
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

const isEmpty = (value: CellValue | undefined) =>
  value === null || value === undefined || value === "";

/** A cell as header text is compared: trimmed, case ignored; "" for anything but text. */
const folded = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : "");

/** Every header text the plan has written, in either language, to its column. */
const COLUMN_BY_HEADER = new Map<string, ColumnId>(
  PLAN_COLUMNS.flatMap(({ id, header }): [string, ColumnId][] =>
    header === null ? [[PLAN_KEY_MARKER, id]] : LANGS.map((lang) => [folded(t(lang, header)), id]),
  ),
);

/** A header row whose #area-id was typed over still names this many of the plan's columns. */
const MIN_HEADERS = 3;

/** The row of column headers: the one with the key marker, else the one naming most columns. */
function findHeaderRow(cells: readonly (readonly unknown[])[]): number {
  const marked = cells.findIndex((row) => row.some((cell) => folded(cell) === PLAN_KEY_MARKER));
  if (marked >= 0) return marked;
  let best = -1;
  let named = MIN_HEADERS - 1;
  cells.forEach((row, index) => {
    const ids = new Set(row.map((cell) => COLUMN_BY_HEADER.get(folded(cell))));
    ids.delete(undefined);
    if (ids.size > named) {
      best = index;
      named = ids.size;
    }
  });
  return best;
}

/**
 * The area a key names, on the questionnaire's rule for ids (cellText: an id Sheets turned into a
 * number reads as its text; a date matches nothing), trimmed and whatever its case; an earlier
 * version wrote "area/band". "" when the key names none of the model's areas.
 */
function areaOfKey(key: unknown, areas: ReadonlyMap<string, string>): string {
  const text = cellText(key).split("/")[0] ?? "";
  return areas.get(text.trim().toLowerCase()) ?? "";
}

const areaLookup = (areaIds: readonly string[]) =>
  new Map(areaIds.map((id) => [id.trim().toLowerCase(), id]));

/** Instructions an earlier version wrote above the header row: still the add-on's own text. */
const FORMER_INSTRUCTIONS = [
  "Le aree sono in ordine di priorità. Compilate responsabile, scadenza e stato: ogni nuovo calcolo dei punteggi conserva quello che scrivete.",
  "Areas are in order of priority. Fill in owner, due date and status: every new scoring run keeps what you write.",
];

/** Texts the add-on writes above the header row, in either language. */
function ownTexts(clientName: string): Set<string> {
  return new Set(
    [
      ...LANGS.flatMap((lang) => [
        t(lang, "pTitle", { client: clientName }),
        t(lang, "pInstructions"),
      ]),
      ...FORMER_INSTRUCTIONS,
    ].map((text) => text.trim()),
  );
}

/** Whether a row holds nothing, or nothing but the add-on's title and instructions. */
const onlyOwnText = (row: readonly unknown[], own: ReadonlySet<string>) =>
  row.every((cell) => {
    const value = asCellValue(cell);
    return isEmpty(value) || (typeof value === "string" && own.has(value.trim()));
  });

/** The add-on's own note ("No longer in the plan since …", either language): not typed text. */
const OWN_NOTES = LANGS.map((lang) =>
  t(lang, "pNoLongerInPlan", { date: "\u0000" }).split("\u0000"),
);
const DISPLAY_DATE = /^[\d\s:./-]+$/;
function isOwnNote(value: CellValue | undefined): boolean {
  if (typeof value !== "string") return false;
  return OWN_NOTES.some(([before = "", after = ""]) => {
    if (!value.startsWith(before) || !value.endsWith(after)) return false;
    return DISPLAY_DATE.test(value.slice(before.length, value.length - after.length));
  });
}

/**
 * Reads an existing action plan (its `getValues()`, and `getFormulas()` of the same range): each
 * row by its key, each column by its header, whatever was inserted, deleted, moved or sorted.
 * Rows above the header row are read too (a sort can put areas' rows there); only the add-on's
 * own title and instructions are left out.
 */
export function readPlanEntries(
  cells: readonly (readonly unknown[])[],
  context: PlanReadingContext,
  formulaCells: readonly (readonly unknown[])[] = [],
): PlanReading {
  const own = ownTexts(context.clientName);
  const areas = areaLookup(context.areaIds);
  const headerIndex = findHeaderRow(cells);
  if (headerIndex < 0) {
    // An empty sheet, or one left with only its title, has nothing to keep: it is rebuilt.
    const typed = cells.some((row) => !onlyOwnText(row, own));
    return typed ? { ok: false, problem: "header" } : { ok: true, plan: NO_PREVIOUS_PLAN };
  }
  const header = cells[headerIndex] ?? [];
  const formulaOf = (index: number, column: number | undefined) => {
    if (column === undefined) return "";
    const formula = formulaCells[index]?.[column];
    return typeof formula === "string" && formula.startsWith("=") ? formula : "";
  };
  // Every row but the header, in sheet order; above the header, not the add-on's own texts.
  const rows = cells.flatMap((row, index) =>
    index === headerIndex ||
    (index < headerIndex && onlyOwnText(row, own) && (formulaCells[index] ?? []).every((f) => !f))
      ? []
      : [{ row, index, above: index < headerIndex }],
  );
  const body = rows.map(({ row }) => row);
  const width = cells.reduce((widest, row) => Math.max(widest, row.length), header.length);
  // The first column with a header's text is the plan's; a second one (a copied column) is an
  // added column like any other, so its content is kept too.
  const columnOf = new Map<ColumnId, number>();
  header.forEach((cell, index) => {
    const id = COLUMN_BY_HEADER.get(folded(cell));
    if (id !== undefined && !columnOf.has(id)) columnOf.set(id, index);
  });
  if (!columnOf.has("key")) {
    const keyColumn = findKeyColumn(body, width, new Set(columnOf.values()), areas);
    const typed = body.some((row) => row.some((cell) => !isEmpty(asCellValue(cell))));
    if (keyColumn < 0) {
      return typed ? { ok: false, problem: "keys" } : { ok: true, plan: NO_PREVIOUS_PLAN };
    }
    columnOf.set("key", keyColumn);
  }
  const ours = new Set(columnOf.values());
  const extraColumns = Array.from({ length: width }, (_, index) => index).filter(
    (index) =>
      !ours.has(index) &&
      (!isEmpty(asCellValue(header[index])) ||
        rows.some(
          ({ row, index: at }) => !isEmpty(asCellValue(row[index])) || formulaOf(at, index) !== "",
        )),
  );
  /** A copy of the header row holding nothing but headers is not an entry. */
  const bareHeaderCopy = (raw: readonly unknown[]) =>
    folded(raw[columnOf.get("key") ?? -1]) === PLAN_KEY_MARKER &&
    raw.every(
      (cell, index) =>
        isEmpty(asCellValue(cell)) ||
        COLUMN_BY_HEADER.has(folded(cell)) ||
        folded(cell) === folded(header[index]),
    );
  let lastArea = "";
  const entries = rows.flatMap(({ row: raw, index: rowIndex, above }): PlanEntry[] => {
    const at = (index: number | undefined) =>
      index === undefined ? null : asCellValue(raw[index]);
    const cells = Object.fromEntries(
      PLAN_COLUMNS.map((column) => [column.id, at(columnOf.get(column.id))]),
    ) as Record<ColumnId, CellValue>;
    const extra = extraColumns.map((index) => at(index));
    const formulas = new Map<FormulaPlace, string>();
    for (const column of PLAN_COLUMNS) {
      const formula = formulaOf(rowIndex, columnOf.get(column.id));
      if (formula !== "") formulas.set(column.id, formula);
    }
    extraColumns.forEach((column, index) => {
      const formula = formulaOf(rowIndex, column);
      if (formula !== "") formulas.set(index, formula);
    });
    if (bareHeaderCopy(raw)) return [];
    if ([...Object.values(cells), ...extra].every(isEmpty) && formulas.size === 0) return [];
    const area = areaOfKey(cells.key, areas);
    if (area !== "" && !above) lastArea = area;
    return [{ area, cells, extra, formulas, after: area !== "" || above ? null : lastArea }];
  });
  return {
    ok: true,
    plan: { entries, extraHeaders: extraColumns.map((index) => asCellValue(header[index])) },
  };
}

/** The column, among those without a plan header, holding the most of the model's area keys. */
function findKeyColumn(
  body: readonly (readonly unknown[])[],
  width: number,
  taken: ReadonlySet<number>,
  areas: ReadonlyMap<string, string>,
): number {
  let best = -1;
  let most = 0;
  for (let index = 0; index < width; index++) {
    if (taken.has(index)) continue;
    const keys = body.filter((row) => areaOfKey(row[index], areas) !== "").length;
    if (keys > most) {
      best = index;
      most = keys;
    }
  }
  return best;
}

// ——— Writing the plan ———

const DEFAULT_STATUSES = new Set(LANGS.map((lang) => t(lang, "statusTodo")));

/** Columns of an area's row whose formulas are carried: the rest is the add-on's to compute. */
const TYPED_PLACES = new Set<FormulaPlace>(["owner", "due", "status", "note"]);
const typedPlace = (place: FormulaPlace) => typeof place === "number" || TYPED_PLACES.has(place);

/**
 * Whether a person wrote on the row: the add-on's own default status and its own note do not
 * count; a note someone typed does.
 */
const typedByHand = (entry: PlanEntry) =>
  !isEmpty(entry.cells.owner) ||
  !isEmpty(entry.cells.due) ||
  !(isEmpty(entry.cells.status) || DEFAULT_STATUSES.has(String(entry.cells.status))) ||
  !(isEmpty(entry.cells.note) || isOwnNote(entry.cells.note)) ||
  entry.extra.some((value) => !isEmpty(value)) ||
  [...entry.formulas.keys()].some(typedPlace);

/**
 * Whether a row without a key holds anything but a default status: all of it was written by
 * someone (the add-on keys every row it writes), in whichever column.
 */
const writtenOn = (entry: PlanEntry) =>
  entry.formulas.size > 0 ||
  [...Object.values(entry.cells), ...entry.extra].some(
    (value) => !isEmpty(value) && !DEFAULT_STATUSES.has(String(value)),
  );

export function statusOptions(lang: Lang): string[] {
  return (["statusTodo", "statusDoing", "statusDone", "statusBlocked"] as const).map((key) =>
    t(lang, key),
  );
}

export interface PlanRun {
  /** When this run happened, as the sheets show it: a row leaving the plan is marked with it. */
  displayDate: string;
}

/**
 * Formulas as boxes for the renderer: one box per run of formulas one under the other in a
 * column (a formula filled down a column is one box, one call), never covering a cell without one.
 */
function formulaBoxes(cells: readonly { row: number; column: number; formula: string }[]) {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const boxes: SheetPlan["formulas"] = [];
  for (const { row, column, formula } of sorted) {
    const last = boxes[boxes.length - 1];
    if (last !== undefined && last.box.column === column && last.box.row + last.box.rows === row) {
      last.box.rows += 1;
      last.formulas.push([formula]);
    } else {
      boxes.push({ box: { row, column, rows: 1, columns: 1 }, formulas: [[formula]] });
    }
  }
  return boxes;
}

export function planActionPlan(
  settings: AssessmentSettings,
  result: ScoreResult,
  previous: PreviousPlan,
  sheetName: string,
  run: PlanRun,
): SheetPlan {
  const { lang } = settings;
  const grid = new GridBuilder();
  const extraCount = previous.extraHeaders.length;
  const width = PLAN_COLUMNS.length + extraCount;
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
    ...previous.extraHeaders.map((value) => ({ ...headerCell(""), value })),
  );
  const formulas: { row: number; column: number; formula: string }[] = [];
  /** Writes a row; a formula typed on it replaces the value in its cell, where `carried` allows. */
  const row = (
    cells: Record<ColumnId, CellInput>,
    extra: readonly CellValue[],
    color: string | undefined,
    entry: PlanEntry | undefined,
    carried: (place: FormulaPlace) => boolean,
  ) => {
    const at = grid.row(
      ...PLAN_COLUMNS.map((column) => inColumn(column, cells[column.id])),
      ...Array.from({ length: extraCount }, (_, index) => inExtra(extra[index] ?? null, color)),
    );
    for (const [place, formula] of entry?.formulas ?? []) {
      if (!carried(place)) continue;
      const column = typeof place === "number" ? PLAN_COLUMNS.length + place : COLUMNS[place];
      formulas.push({ row: at, column: column + 1, formula });
    }
  };

  const byArea = new Map<string, PlanEntry[]>();
  /** Rows people added, by the area whose rows they follow ("" right under the header). */
  const following = new Map<string, PlanEntry[]>();
  const recommended = new Set(result.recommendations.map((recommendation) => recommendation.area));
  for (const entry of previous.entries) {
    if (entry.area !== "") byArea.set(entry.area, [...(byArea.get(entry.area) ?? []), entry]);
    else if (entry.after !== null && (entry.after === "" || recommended.has(entry.after))) {
      if (writtenOn(entry))
        following.set(entry.after, [...(following.get(entry.after) ?? []), entry]);
    }
  }
  const placed = new Set([...following.values()].flat());
  const areaName = (area: string) =>
    result.areas.find((candidate) => candidate.area === area)?.name[lang];

  const muted = (value: CellValue) => ({
    value: isEmpty(value) ? null : value,
    color: COLORS.muted,
  });
  /** A row people added, as it was: every column theirs, formulas included. */
  const added = (entry: PlanEntry) => {
    const { cells } = entry;
    row(
      {
        key: { value: cells.key, color: COLORS.technical },
        rank: muted(cells.rank),
        area: muted(cells.area),
        score: muted(cells.score),
        band: muted(cells.band),
        gap: muted(cells.gap),
        priority: muted(cells.priority),
        action: { ...muted(cells.action), wrap: true },
        owner: muted(cells.owner),
        due: muted(cells.due),
        status: muted(cells.status),
        note: muted(cells.note),
      },
      entry.extra,
      COLORS.muted,
      entry,
      () => true,
    );
  };
  for (const entry of following.get("") ?? []) added(entry);

  result.recommendations.forEach((recommendation, index) => {
    const area = result.areas.find((candidate) => candidate.area === recommendation.area);
    const entries = byArea.get(recommendation.area) ?? [];
    // The area's row is the first one anyone wrote on (an earlier version could leave an empty
    // row for the current band above the typed one for an old band); other typed rows, such as
    // a row duplicated for a second owner, follow it. Untyped copies add nothing and go.
    const main = entries.find(typedByHand) ?? entries[0];
    const others = entries.filter((entry) => entry !== main && typedByHand(entry));
    const computed = {
      key: { value: recommendation.area, color: COLORS.technical },
      area: { value: areaName(recommendation.area) ?? recommendation.area, bold: true },
      score: recommendation.score,
      band: area?.band ? { value: area.band.label[lang], background: area.band.color } : null,
      // Never "-0.0": a gap that rounds to zero is zero (scoring rule 13, at the display edge).
      gap: area?.gap === null || area?.gap === undefined ? null : asDisplayed(area.gap),
      priority: recommendation.priority,
      action: { value: recommendation.text[lang], wrap: true },
    };
    [main, ...others].forEach((entry, copy) => {
      const note = entry?.cells.note ?? null;
      row(
        {
          ...computed,
          // Only the area's own row is ranked: a copy shares its rank.
          rank: copy === 0 ? index + 1 : null,
          owner: entry?.cells.owner ?? null,
          due: entry?.cells.due ?? null,
          status: isEmpty(entry?.cells.status)
            ? t(lang, "statusTodo")
            : (entry?.cells.status ?? null),
          // The add-on's own remark goes with the row back in the plan; a person's stays.
          note: isOwnNote(note) ? null : { value: note, wrap: true },
        },
        entry?.extra ?? [],
        undefined,
        entry,
        typedPlace,
      );
    });
    for (const entry of following.get(recommendation.area) ?? []) added(entry);
  });

  // Rows of areas no longer in the plan, and rows people added elsewhere, stay at the end as they
  // were, with what was typed on them; the former marked since the run that first left them out.
  const outOfPlan = previous.entries.filter((entry) =>
    entry.area === ""
      ? !placed.has(entry) && writtenOn(entry)
      : !recommended.has(entry.area) && typedByHand(entry),
  );
  for (const entry of outOfPlan) {
    if (entry.area === "") {
      added(entry);
      continue;
    }
    const { cells } = entry;
    row(
      {
        key: { value: cells.key, color: COLORS.technical },
        // No rank and no figures: they described a run the row is no longer part of.
        rank: null,
        area: muted(areaName(entry.area) ?? cells.area),
        score: muted(null),
        band: muted(cells.band),
        gap: muted(null),
        priority: muted(null),
        action: { ...muted(cells.action), wrap: true },
        owner: muted(cells.owner),
        due: muted(cells.due),
        status: muted(cells.status),
        // Since when it is out of the plan; a note a person typed there is kept instead.
        note: {
          value: isEmpty(cells.note)
            ? t(lang, "pNoLongerInPlan", { date: run.displayDate })
            : cells.note,
          bold: true,
          color: COLORS.muted,
          wrap: true,
        },
      },
      entry.extra,
      COLORS.muted,
      entry,
      typedPlace,
    );
  }

  const { values, formats } = grid.build(width);
  const firstRow = headerRow + 1;
  const rows = values.length - headerRow;
  const status = { values: statusOptions(lang), helpText: t(lang, "hStatus") };
  return planOf({
    name: sheetName,
    values,
    formats,
    formulas: formulaBoxes(formulas),
    // The whole width: cells without a dropdown get none, which also clears a Status dropdown
    // left where a moved column used to be (clearing a sheet keeps its dropdowns).
    validations:
      rows === 0
        ? null
        : {
            box: { row: firstRow, column: 1, rows, columns: width },
            rules: Array.from({ length: rows }, () =>
              Array.from({ length: width }, (_, column) =>
                column === COLUMNS.status ? status : null,
              ),
            ),
          },
    protection: {
      description: t(lang, "pProtection"),
      editable:
        rows === 0
          ? []
          : [
              { row: firstRow, column: firstTypedColumn, rows, columns: TYPED_COLUMNS.length },
              ...(extraCount === 0
                ? []
                : [{ row: firstRow, column: PLAN_COLUMNS.length + 1, rows, columns: extraCount }]),
            ],
    },
    frozenRows: headerRow,
    columnWidths: columnWidths(extraCount),
    tabColor: "#e37400",
  });
}
