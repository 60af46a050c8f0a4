/**
 * A model as an editable sheet, and back. The sheet holds one section per part of the model
 * (header, scales, options, areas, questions, bands, recommendations), each a marker row, a header
 * row and one row per item. Reading a sheet keeps every cell's address, so each schema error points
 * at the cell to fix. Rows are found by section markers, so people may insert or move rows inside
 * a section.
 */

import { a1, type Box, parseBox } from "../layout/a1";
import { GridBuilder } from "../layout/builder";
import { type CellValue, type ListValidation, planOf, type SheetPlan } from "../layout/plan";
import { COLORS, headerCell } from "../layout/style";
import { LANGS, type Lang, type Localized } from "../texts/i18n";
import { type MessageKey, t } from "../texts/messages";
import { type Model, type ModelError, parseModel } from "./schema";

const SECTIONS = [
  "#model",
  "#scales",
  "#options",
  "#areas",
  "#questions",
  "#bands",
  "#recommendations",
] as const;
type Section = (typeof SECTIONS)[number];

const SECTION_TITLES: Record<Section, MessageKey> = {
  "#model": "msModel",
  "#scales": "msScales",
  "#options": "msOptions",
  "#areas": "msAreas",
  "#questions": "msQuestions",
  "#bands": "msBands",
  "#recommendations": "msRecommendations",
};

/** Column headers of each section, as message keys (the same in every language's sheet). */
const COLUMNS: Record<Exclude<Section, "#model">, MessageKey[]> = {
  "#scales": ["mcId", "mcNameIt", "mcNameEn", "mcAllowNA"],
  "#options": ["mcScale", "mcValue", "mcLabelIt", "mcLabelEn"],
  "#areas": [
    "mcId",
    "mcNameIt",
    "mcNameEn",
    "mcDescriptionIt",
    "mcDescriptionEn",
    "mcWeight",
    "mcMin",
    "mcMax",
  ],
  "#questions": [
    "mcId",
    "mcArea",
    "mcScale",
    "mcTextIt",
    "mcTextEn",
    "mcWeight",
    "mcReverse",
    "mcThemeIt",
    "mcThemeEn",
  ],
  "#bands": [
    "mcScope",
    "mcId",
    "mcMin",
    "mcMax",
    "mcLabelIt",
    "mcLabelEn",
    "mcDescriptionIt",
    "mcDescriptionEn",
    "mcColor",
  ],
  "#recommendations": ["mcArea", "mcBand", "mcTextIt", "mcTextEn"],
};

/** Columns (0-based) that hold text: ids, references, yes/no, labels and colours. */
const TEXT_COLUMNS: Record<Exclude<Section, "#model">, number[]> = {
  "#scales": [0, 1, 2, 3],
  "#options": [0, 2, 3],
  "#areas": [0, 1, 2, 3, 4],
  "#questions": [0, 1, 2, 3, 4, 6, 7, 8],
  "#bands": [0, 1, 4, 5, 6, 7, 8],
  "#recommendations": [0, 1, 2, 3],
};

const HEADER_KEYS = [
  "id",
  "version",
  "name",
  "description",
  "citation",
  "authorsNote",
  "estimatedMinutes",
  "overall",
  "minCompleteness",
] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];
const LOCALIZED_HEADERS: readonly HeaderKey[] = ["name", "description", "citation", "authorsNote"];
const HEADER_HINTS: Record<HeaderKey, MessageKey> = {
  id: "mhId",
  version: "mhVersion",
  name: "mhName",
  description: "mhDescription",
  citation: "mhCitation",
  authorsNote: "mhAuthorsNote",
  estimatedMinutes: "mhMinutes",
  overall: "mhOverall",
  minCompleteness: "mhMinCompleteness",
};

/** The model path of a header field: "citation" → "source.citation", "overall" → "scoring.overall". */
function headerPath(key: HeaderKey): string {
  if (key === "citation" || key === "authorsNote") return `source.${key}`;
  if (key === "overall" || key === "minCompleteness") return `scoring.${key}`;
  return key;
}

/** Band scope column: shared area bands, overall bands, or one area's own bands by its id. */
export const SCOPE_OVERALL = "overall";
export const SCOPE_AREAS = "areas";

function yesNo(lang: Lang): [string, string] {
  return [t(lang, "yes"), t(lang, "no")];
}

/** The draft sheet for a model, in the consultant's language (model texts keep both languages). */
export function planModelSheet(model: Model, lang: Lang, sheetName: string): SheetPlan {
  const grid = new GridBuilder();
  const [yes, no] = yesNo(lang);
  const bool = (value: boolean) => (value ? yes : no);
  const muted = { color: COLORS.muted };
  const dropdowns: { row: number; column: number; rule: ListValidation }[] = [];
  const booleanRule: ListValidation = { values: [yes, no], helpText: t(lang, "msChoose") };
  const overallRule: ListValidation = {
    values: ["weightedMean", "sum"],
    helpText: t(lang, "mhOverall"),
  };

  grid.row({
    value: t(lang, "msTitle", { name: model.name[lang], version: model.version }),
    bold: true,
    color: COLORS.title,
  });
  for (const key of ["msHowTo1", "msHowTo2", "msHowTo3"] as const)
    grid.row({ value: t(lang, key), ...muted });

  /** Data rows of each section, to give their text columns the plain-text format. */
  const dataRows: { section: Section; first: number }[] = [];
  const section = (name: Section) => {
    grid.blank();
    grid.row(
      { value: name, color: COLORS.technical },
      { value: t(lang, SECTION_TITLES[name]), bold: true, color: COLORS.title },
    );
    if (name !== "#model") {
      grid.row(...COLUMNS[name].map((key) => headerCell(t(lang, key))));
    }
    dataRows.push({ section: name, first: grid.rowCount + (name === "#model" ? 2 : 1) });
  };

  section("#model");
  grid.row(
    ...(["mcField", "mcValueIt", "mcValueEn", "mcHint"] as const).map((key) =>
      headerCell(t(lang, key)),
    ),
  );
  const headerValues: Record<HeaderKey, [CellValue, CellValue]> = {
    id: [model.id, null],
    version: [model.version, null],
    name: [model.name.it, model.name.en],
    description: [model.description.it, model.description.en],
    citation: [model.source.citation.it, model.source.citation.en],
    authorsNote: [model.source.authorsNote?.it ?? null, model.source.authorsNote?.en ?? null],
    estimatedMinutes: [model.estimatedMinutes, null],
    overall: [model.scoring.overall, null],
    minCompleteness: [model.scoring.minCompleteness, null],
  };
  for (const key of HEADER_KEYS) {
    const [first, second] = headerValues[key];
    // Numbers stay numbers; every other value is plain text, so "1.10" or "50%" typed later stays as typed.
    const format = key === "estimatedMinutes" || key === "minCompleteness" ? {} : { format: "@" };
    const row = grid.row(
      { value: key, bold: true },
      { value: first, wrap: true, ...format },
      { value: second, wrap: true, ...format },
      { value: t(lang, HEADER_HINTS[key]), ...muted, wrap: true },
    );
    if (key === "overall") dropdowns.push({ row, column: 2, rule: overallRule });
  }

  section("#scales");
  for (const scale of model.scales) {
    const row = grid.row(scale.id, scale.name.it, scale.name.en, bool(scale.allowNA));
    dropdowns.push({ row, column: 4, rule: booleanRule });
  }
  section("#options");
  for (const scale of model.scales) {
    for (const option of scale.options)
      grid.row(scale.id, option.value, option.label.it, option.label.en);
  }
  section("#areas");
  for (const area of model.areas) {
    grid.row(
      area.id,
      area.name.it,
      area.name.en,
      { value: area.description.it, wrap: true },
      { value: area.description.en, wrap: true },
      area.weight,
      area.range.min,
      area.range.max,
    );
  }
  section("#questions");
  for (const question of model.questions) {
    const row = grid.row(
      question.id,
      question.area,
      question.scale,
      { value: question.text.it, wrap: true },
      { value: question.text.en, wrap: true },
      question.weight,
      bool(question.reverse),
      question.theme?.it ?? null,
      question.theme?.en ?? null,
    );
    dropdowns.push({ row, column: 7, rule: booleanRule });
  }
  section("#bands");
  const bandRows = (scope: string, bands: Model["bands"]["overall"]) => {
    for (const band of bands) {
      grid.row(
        scope,
        band.id,
        band.min,
        band.max,
        band.label.it,
        band.label.en,
        { value: band.description.it, wrap: true },
        { value: band.description.en, wrap: true },
        { value: band.color, background: band.color },
      );
    }
  };
  bandRows(SCOPE_OVERALL, model.bands.overall);
  bandRows(SCOPE_AREAS, model.bands.areas);
  for (const area of model.areas) if (area.bands !== undefined) bandRows(area.id, area.bands);
  section("#recommendations");
  for (const recommendation of model.recommendations) {
    grid.row(
      recommendation.area,
      recommendation.band,
      { value: recommendation.text.it, wrap: true },
      { value: recommendation.text.en, wrap: true },
    );
  }

  const { values, formats } = grid.build(9);
  dataRows.forEach(({ section: name, first }, index) => {
    if (name === "#model") return;
    // Up to the row before the next section's blank, marker and header rows (or the sheet's end).
    const next = dataRows[index + 1]?.first;
    const last = next === undefined ? values.length : next - 4;
    for (let row = first; row <= last; row++) {
      for (const column of TEXT_COLUMNS[name]) {
        const line = formats.numberFormats[row - 1];
        if (line !== undefined) line[column] = "@";
      }
    }
  });
  // Dropdowns: one grid over the columns that have any, null elsewhere.
  const firstRow = Math.min(...dropdowns.map((d) => d.row));
  const lastRow = Math.max(...dropdowns.map((d) => d.row));
  const box: Box = { row: firstRow, column: 2, rows: lastRow - firstRow + 1, columns: 6 };
  const rules = Array.from({ length: box.rows }, () =>
    Array.from({ length: box.columns }, (): ListValidation | null => null),
  );
  for (const { row, column, rule } of dropdowns) {
    const line = rules[row - box.row];
    if (line !== undefined) line[column - box.column] = rule;
  }
  return planOf({
    name: sheetName,
    values,
    formats,
    validations: { box, rules },
    frozenColumns: 1,
    columnWidths: [
      { column: 1, count: 1, width: 140 },
      { column: 2, count: 3, width: 200 },
      { column: 5, count: 5, width: 220 },
    ],
    tabColor: "#9334e6",
  });
}

// ——— Reading a model sheet back ———

export interface CellError {
  /** A1 address on the model sheet. */
  cell: string;
  /** The model path the error is about, e.g. "questions.3.area". */
  path: string;
  message: string;
}

export type SheetReading = { ok: true; model: Model } | { ok: false; errors: CellError[] };

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

/** A cell as the schema should see it: empty → missing, numeric text → number, yes/no → boolean. */
function numberOf(value: unknown): unknown {
  if (typeof value === "number") return value;
  const raw = text(value);
  if (raw === "") return undefined;
  // One decimal separator at most, point or comma. "1.000,5" and "1,000" (a thousand, or one?) are
  // ambiguous: they stay text, and the schema says a number is needed.
  const ambiguous = /^[+-]?\d{1,3},\d{3}$/.test(raw);
  return !ambiguous && /^[+-]?\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(",", ".")) : raw;
}

function booleanOf(value: unknown): unknown {
  if (typeof value === "boolean") return value;
  const raw = text(value).toLowerCase();
  if (raw === "") return undefined;
  if (
    LANGS.some((lang) => yesNo(lang)[0].toLowerCase() === raw) ||
    ["true", "si", "vero"].includes(raw)
  )
    return true;
  if (
    LANGS.some((lang) => yesNo(lang)[1].toLowerCase() === raw) ||
    ["false", "falso"].includes(raw)
  )
    return false;
  return raw;
}

const stringOf = (value: unknown): string | undefined => {
  const raw = text(value);
  return raw === "" ? undefined : raw;
};

function localized(it: unknown, en: unknown): Partial<Localized> {
  return { it: stringOf(it), en: stringOf(en) } as Partial<Localized>;
}

function optionalLocalized(it: unknown, en: unknown): Partial<Localized> | undefined {
  return stringOf(it) === undefined && stringOf(en) === undefined ? undefined : localized(it, en);
}

interface Rows {
  /** 0-based index into the sheet's rows, and the row's cells. */
  index: number;
  cells: readonly unknown[];
}

/** The first header of a section in either language: a row that starts with it is a header row. */
function isHeaderRow(section: Section, first: string): boolean {
  const key: MessageKey = section === "#model" ? "mcField" : (COLUMNS[section][0] ?? "mcId");
  return LANGS.some((lang) => t(lang, key).toLowerCase() === first.toLowerCase());
}

interface Sections {
  rows: Map<Section, Rows[]>;
  /** 0-based row index of each section's marker. */
  markers: Map<Section, number>;
  /** Sections marked twice: the later marker's row. */
  repeated: { section: Section; index: number }[];
}

/** Splits the sheet by its "#section" marker rows; header rows are known by their text. */
function sectionRows(cells: readonly (readonly unknown[])[]): Sections {
  const rows = new Map<Section, Rows[]>();
  const markers = new Map<Section, number>();
  const repeated: Sections["repeated"] = [];
  let current: Section | null = null;
  cells.forEach((row, index) => {
    const first = text(row[0]);
    if ((SECTIONS as readonly string[]).includes(first)) {
      const section = first as Section;
      if (markers.has(section)) repeated.push({ section, index });
      else {
        markers.set(section, index);
        rows.set(section, []);
      }
      current = section;
      return;
    }
    if (current === null || isHeaderRow(current, first)) return;
    if (row.every((cell) => text(cell) === "")) return;
    rows.get(current)?.push({ index, cells: row });
  });
  return { rows, markers, repeated };
}

/**
 * Reads a model sheet (its getValues) into a model, or every error with the cell to fix.
 * Never throws on bad input.
 */
export function readModelSheet(cells: readonly (readonly unknown[])[], lang: Lang): SheetReading {
  const { rows: sections, markers, repeated } = sectionRows(cells);
  const missing = SECTIONS.filter((section) => !sections.has(section));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((section) => ({
        cell: "A1",
        path: "",
        message: t(lang, "msMissingSection", { section }),
      })),
    };
  }
  /** Where each model path was read from, so errors can name their cell. */
  const where = new Map<string, string>();
  const at = (path: string, row: Rows, column: number) =>
    where.set(path, a1(row.index + 1, column + 1));
  /** Records the cells of one row's fields, and the row itself (its first cell) for whole-item errors. */
  const mark = (prefix: string, row: Rows, fields: readonly (readonly [string, number])[]) => {
    at(prefix, row, 0);
    for (const [field, column] of fields) at(`${prefix}.${field}`, row, column);
  };
  const rowsOf = (section: Section) => sections.get(section) ?? [];
  /** Mistakes in the sheet's structure, found before the schema runs. */
  const structure: CellError[] = repeated.map(({ section, index }) => ({
    cell: a1(index + 1, 1),
    path: "",
    message: t(lang, "msRepeatedSection", { section }),
  }));
  // Errors about a whole list (e.g. "needs at least 1") point at the list's section marker.
  const listPaths: [string, Section][] = [
    ["scales", "#scales"],
    ["areas", "#areas"],
    ["questions", "#questions"],
    ["bands", "#bands"],
    ["bands.overall", "#bands"],
    ["bands.areas", "#bands"],
    ["recommendations", "#recommendations"],
  ];
  for (const [path, section] of listPaths) where.set(path, a1((markers.get(section) ?? 0) + 1, 1));

  const header = new Map<string, Rows>();
  for (const row of rowsOf("#model")) {
    const key = text(row.cells[0]);
    if (header.has(key)) {
      structure.push({
        cell: a1(row.index + 1, 1),
        path: "",
        message: t(lang, "msRepeatedField", { field: key }),
      });
    } else {
      header.set(key, row);
    }
  }
  const headerValue = (key: HeaderKey, column = 1) => header.get(key)?.cells[column];
  for (const key of HEADER_KEYS) {
    const row = header.get(key);
    if (row === undefined) continue;
    const path = headerPath(key);
    at(path, row, 1);
    if (LOCALIZED_HEADERS.includes(key)) {
      at(`${path}.it`, row, 1);
      at(`${path}.en`, row, 2);
    }
  }
  // A header field whose row is missing: its errors point at the section's marker.
  const modelMarker = a1((markers.get("#model") ?? 0) + 1, 1);
  for (const key of HEADER_KEYS) if (!header.has(key)) where.set(headerPath(key), modelMarker);

  const scaleRows = rowsOf("#scales");
  const optionRows = rowsOf("#options");
  const scales = scaleRows.map((row, s) => {
    const id = stringOf(row.cells[0]);
    mark(`scales.${s}`, row, [
      ["id", 0],
      ["name", 1],
      ["name.it", 1],
      ["name.en", 2],
      ["allowNA", 3],
      ["options", 0],
    ]);
    const options = optionRows.filter((option) => text(option.cells[0]) === id && id !== undefined);
    return {
      id,
      name: localized(row.cells[1], row.cells[2]),
      allowNA: booleanOf(row.cells[3]),
      options: options.map((option, o) => {
        mark(`scales.${s}.options.${o}`, option, [
          ["value", 1],
          ["label", 2],
          ["label.it", 2],
          ["label.en", 3],
        ]);
        return {
          value: numberOf(option.cells[1]),
          label: localized(option.cells[2], option.cells[3]),
        };
      }),
    };
  });

  const bandRows = rowsOf("#bands");
  const bandsFor = (scope: string, prefix: string) =>
    bandRows
      .filter((row) => text(row.cells[0]) === scope)
      .map((row, b) => {
        const fields: [string, number][] = [
          ["id", 1],
          ["min", 2],
          ["max", 3],
          ["label", 4],
          ["label.it", 4],
          ["label.en", 5],
          ["description", 6],
          ["description.it", 6],
          ["description.en", 7],
          ["color", 8],
        ];
        mark(`${prefix}.${b}`, row, fields);
        return {
          id: stringOf(row.cells[1]),
          min: numberOf(row.cells[2]),
          max: numberOf(row.cells[3]),
          label: localized(row.cells[4], row.cells[5]),
          description: localized(row.cells[6], row.cells[7]),
          color: stringOf(row.cells[8]),
        };
      });

  const areas = rowsOf("#areas").map((row, a) => {
    const fields: [string, number][] = [
      ["id", 0],
      ["name", 1],
      ["name.it", 1],
      ["name.en", 2],
      ["description", 3],
      ["description.it", 3],
      ["description.en", 4],
      ["weight", 5],
      ["range", 6],
      ["range.min", 6],
      ["range.max", 7],
    ];
    mark(`areas.${a}`, row, fields);
    const id = stringOf(row.cells[0]);
    const own = id === undefined ? [] : bandsFor(id, `areas.${a}.bands`);
    return {
      id,
      name: localized(row.cells[1], row.cells[2]),
      description: localized(row.cells[3], row.cells[4]),
      weight: numberOf(row.cells[5]),
      range: { min: numberOf(row.cells[6]), max: numberOf(row.cells[7]) },
      ...(own.length > 0 ? { bands: own } : {}),
    };
  });

  const questions = rowsOf("#questions").map((row, q) => {
    const fields: [string, number][] = [
      ["id", 0],
      ["area", 1],
      ["scale", 2],
      ["text", 3],
      ["text.it", 3],
      ["text.en", 4],
      ["weight", 5],
      ["reverse", 6],
      ["theme", 7],
      ["theme.it", 7],
      ["theme.en", 8],
    ];
    mark(`questions.${q}`, row, fields);
    const theme = optionalLocalized(row.cells[7], row.cells[8]);
    return {
      id: stringOf(row.cells[0]),
      area: stringOf(row.cells[1]),
      scale: stringOf(row.cells[2]),
      text: localized(row.cells[3], row.cells[4]),
      weight: numberOf(row.cells[5]),
      reverse: booleanOf(row.cells[6]),
      ...(theme === undefined ? {} : { theme }),
    };
  });

  const recommendations = rowsOf("#recommendations").map((row, r) => {
    const fields: [string, number][] = [
      ["area", 0],
      ["band", 1],
      ["text", 2],
      ["text.it", 2],
      ["text.en", 3],
    ];
    mark(`recommendations.${r}`, row, fields);
    return {
      area: stringOf(row.cells[0]),
      band: stringOf(row.cells[1]),
      text: localized(row.cells[2], row.cells[3]),
    };
  });

  const authorsNote = optionalLocalized(headerValue("authorsNote"), headerValue("authorsNote", 2));
  const candidate = {
    id: stringOf(headerValue("id")),
    version: stringOf(headerValue("version")),
    name: localized(headerValue("name"), headerValue("name", 2)),
    description: localized(headerValue("description"), headerValue("description", 2)),
    source: {
      citation: localized(headerValue("citation"), headerValue("citation", 2)),
      ...(authorsNote === undefined ? {} : { authorsNote }),
    },
    estimatedMinutes: numberOf(headerValue("estimatedMinutes")),
    scoring: {
      overall: stringOf(headerValue("overall")),
      minCompleteness: numberOf(headerValue("minCompleteness")),
    },
    scales,
    areas,
    questions,
    bands: {
      overall: bandsFor(SCOPE_OVERALL, "bands.overall"),
      areas: bandsFor(SCOPE_AREAS, "bands.areas"),
    },
    recommendations,
  };
  // Rows that belong to nothing would be dropped without a word: they are errors.
  const scaleIds = new Set(scaleRows.map((row) => text(row.cells[0])));
  for (const row of optionRows) {
    const scale = text(row.cells[0]);
    if (!scaleIds.has(scale)) {
      structure.push({
        cell: a1(row.index + 1, 1),
        path: "",
        message: t(lang, "msUnknownOptionScale", { scale }),
      });
    }
  }
  const scopes = new Set([
    SCOPE_OVERALL,
    SCOPE_AREAS,
    ...rowsOf("#areas").map((row) => text(row.cells[0])),
  ]);
  for (const row of bandRows) {
    const scope = text(row.cells[0]);
    if (!scopes.has(scope)) {
      structure.push({
        cell: a1(row.index + 1, 1),
        path: "",
        message: t(lang, "msUnknownBandScope", { scope }),
      });
    }
  }

  const parsed = parseModel(candidate, lang);
  const errors = [
    ...structure,
    ...(parsed.ok ? [] : parsed.errors.map((error) => ({ ...error, cell: cellOf(error, where) }))),
  ];
  return parsed.ok && errors.length === 0 ? parsed : { ok: false, errors };
}

/** The cell of the most specific path that has one: "questions.3.text.en" → E20. */
function cellOf(error: ModelError, where: ReadonlyMap<string, string>): string {
  const parts = error.path.split(".");
  for (let length = parts.length; length > 0; length--) {
    const cell = where.get(parts.slice(0, length).join("."));
    if (cell !== undefined) return cell;
  }
  return "A1";
}

/** Notes for the cells that have errors, as one grid the size of the sheet ("" clears a note). */
/** Marks the notes Bussola CX writes, so a new check replaces them and leaves people's own notes. */
export const NOTE_PREFIX = "Bussola CX: ";

/**
 * The sheet's notes after a check: people's own notes as they were, the add-on's earlier notes
 * gone, and one note per cell with errors. One grid, written with one call.
 */
export function errorNotes(
  current: readonly (readonly string[])[],
  errors: readonly CellError[],
): string[][] {
  const notes = current.map((row) => row.map((note) => (note.startsWith(NOTE_PREFIX) ? "" : note)));
  const columns = notes[0]?.length ?? 0;
  for (const error of errors) {
    const box = parseBox(error.cell);
    if (box === null) continue;
    const { row, column } = box;
    const line = notes[row - 1];
    if (line === undefined || column > columns) continue;
    const before = line[column - 1] ?? "";
    const ours = `${NOTE_PREFIX}${error.message}`;
    line[column - 1] = before === "" ? ours : `${before}\n${ours}`;
  }
  return notes;
}

/** The cell holding a header field's value ("id", "version") on a model sheet, or A1. */
export function headerFieldCell(
  cells: readonly (readonly unknown[])[],
  key: "id" | "version",
): string {
  const start = cells.findIndex((row) => text(row[0]) === "#model");
  const index = cells.findIndex((row, i) => i > start && text(row[0]) === key);
  return start < 0 || index < 0 ? "A1" : a1(index + 1, 2);
}
