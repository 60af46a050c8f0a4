/**
 * What a model sheet holds, said once. Every section is listed here with, for each column, its
 * header, the model path of its value and the kind of cell; the writer, the plain-text formats, the
 * dropdowns, the reader and the cell each error points at all follow from these lists. A new field
 * is one line here; a new language in LANGS adds a column to every text in every language, and the
 * compiler asks for its header in the few header lists below.
 */
import type { Lang, Localized } from "../../texts/i18n";
import type { MessageKey } from "../../texts/messages";
import type {
  Area,
  Band,
  Model,
  Perspective,
  Question,
  Recommendation,
  Scale,
  ScaleOption,
} from "../schema";
import type { PathTo } from "./paths";

/** How a value sits in cells; the rules of each kind are in cells.ts. */
export type Kind =
  /** Ids, references, versions: plain text, so "1.10" or "007" stay as typed. */
  | { kind: "text" }
  /** A colour such as #1a73e8, shown on itself. */
  | { kind: "colour" }
  | { kind: "number" }
  /** sì/no (yes/no), from a dropdown; an `optional` one is left out of the model when empty. */
  | { kind: "yesNo"; optional?: true }
  /** Ids separated by commas ("internal, customer"); an empty cell leaves the field out. */
  | { kind: "ids" }
  /** One of a few fixed values, from a dropdown whose help text is `help`. */
  | { kind: "choice"; values: readonly string[]; help: MessageKey }
  /**
   * A text in every language, one cell per language. `long` texts wrap; an `optional` one is left
   * out of the model when all its cells are empty.
   */
  | { kind: "localized"; long?: true; optional?: true };

/** The model value a kind holds, so a column's path is checked against its item's type. */
type Holds<K extends Kind> = K extends { kind: "number" }
  ? number
  : K extends { kind: "yesNo" }
    ? boolean
    : K extends { kind: "localized" }
      ? Localized
      : K extends { kind: "ids" }
        ? string[]
        : string;

/**
 * The headers of a text in every language, one per language's column. Written out (not built from
 * a stem) so every message key can be found by its name; a new language makes the compiler name
 * each column that needs its header.
 */
export type LocalizedHeader = Readonly<Record<Lang, MessageKey>>;

/**
 * A field of an item: its kind and the path of a value of that kind. Without `Item` any path goes:
 * the type the writer and reader see once the spec is declared.
 */
export type Field<Item = unknown, K = Kind> = K extends Kind
  ? K & { path: PathTo<Item, Holds<K>> }
  : never;

/** A column of a table: a field and its header (one per language for a text in every language). */
export type Column<Item = unknown, K = Kind> = K extends Kind
  ? Field<Item, K> & { header: K extends { kind: "localized" } ? LocalizedHeader : MessageKey }
  : never;

/** A row of the model header: a field and a hint shown beside it. */
export type HeaderField<Item = unknown, K = Kind> = K extends Kind
  ? Field<Item, K> & { hint: MessageKey }
  : never;

/** Band scope column: shared area bands, overall bands, or one area's own bands by its id. */
export const SCOPE_OVERALL = "overall";
export const SCOPE_AREAS = "areas";

/** The ids other rows can belong to, as their id cells hold them ("" for an empty cell). */
export interface Parents {
  scales: readonly string[];
  areas: readonly string[];
  questions: readonly string[];
}

/** The ids a written model's rows belong to, as the reader finds them in the id cells. */
export function parentsOf(model: Model): Parents {
  return {
    scales: model.scales.map((scale) => scale.id),
    areas: model.areas.map((area) => area.id),
    questions: model.questions.map((question) => question.id),
  };
}

/** One list of the model that a table's rows fill. */
export interface List {
  /** The list's model path: "questions", "bands.overall", "scales.2.options". */
  path: string;
  /** The owner cell's value that puts a row in this list (tables with an owner column). */
  owner?: string;
  /** A list inside an item (a scale's options, an area's own bands): its errors point at the item's row. */
  inItem?: true;
  /** Left out of the model when no row belongs to it (an area's own bands, the perspectives). */
  optional?: true;
}

/**
 * Rows that belong to another item name it in their first column:
 * an option its scale, a band its scope.
 */
export interface Owner {
  header: MessageKey;
  /** The error for a row whose owner is not on the sheet, with the owner as `{param}`. */
  unknown: MessageKey;
  param: string;
}

/** A section with a header row and one row per item. */
export interface Table {
  marker: `#${string}`;
  title: MessageKey;
  owner?: Owner;
  /** The model's lists this table's rows go to, given the ids its rows may belong to. */
  lists: (parents: Parents) => readonly List[];
  columns: readonly Column[];
  /** A section sheets written before it existed lack: there, no section means no rows. */
  optional?: true;
  /** Rows that are the entries of a record rather than the items of a list. */
  entries?: Entries;
}

/**
 * How a table's rows make a record (a question's wordings, by perspective): the column at path
 * `key` holds the entry's key, the one at `value` its value. A row without a key is reported with
 * `missing`; a row whose key an earlier row of the same owner has, with `repeated`, whose
 * parameters are the owner (as the owner's `param`) and the key (as the key's path).
 */
export interface Entries {
  key: string;
  value: string;
  missing: MessageKey;
  repeated: MessageKey;
}

/** Headers of the texts in every language, shared by the tables that have them. */
const NAME: LocalizedHeader = { it: "mcNameIt", en: "mcNameEn" };
const LABEL: LocalizedHeader = { it: "mcLabelIt", en: "mcLabelEn" };
const DESCRIPTION: LocalizedHeader = { it: "mcDescriptionIt", en: "mcDescriptionEn" };
const TEXT: LocalizedHeader = { it: "mcTextIt", en: "mcTextEn" };
const THEME: LocalizedHeader = { it: "mcThemeIt", en: "mcThemeEn" };

/** The model header: one row per field, its name, a value cell per language and a hint. */
export interface HeaderSection {
  marker: `#${string}`;
  title: MessageKey;
  /** Headers of the field's name, of its value in each language, and of the hint. */
  nameHeader: MessageKey;
  valueHeader: LocalizedHeader;
  hintHeader: MessageKey;
  fields: readonly HeaderField[];
}

export const MODEL_HEADER: HeaderSection = {
  marker: "#model",
  title: "msModel",
  nameHeader: "mcField",
  valueHeader: { it: "mcValueIt", en: "mcValueEn" },
  hintHeader: "mcHint",
  fields: [
    { kind: "text", path: "id", hint: "mhId" },
    { kind: "text", path: "version", hint: "mhVersion" },
    { kind: "localized", path: "name", hint: "mhName" },
    { kind: "localized", path: "description", hint: "mhDescription" },
    { kind: "localized", path: "source.citation", hint: "mhCitation" },
    { kind: "localized", optional: true, path: "source.authorsNote", hint: "mhAuthorsNote" },
    { kind: "number", path: "estimatedMinutes", hint: "mhMinutes" },
    {
      kind: "choice",
      path: "scoring.overall",
      values: ["weightedMean", "sum"] satisfies Model["scoring"]["overall"][],
      help: "mhOverall",
      hint: "mhOverall",
    },
    { kind: "number", path: "scoring.minCompleteness", hint: "mhMinCompleteness" },
  ] satisfies readonly HeaderField<Model>[],
};

/** The name a header field goes by on the sheet: the last word of its path ("citation"). */
export function fieldName(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

const SCALES: Table = {
  marker: "#scales",
  title: "msScales",
  lists: () => [{ path: "scales" }],
  columns: [
    { header: "mcId", kind: "text", path: "id" },
    { header: NAME, kind: "localized", path: "name" },
    { header: "mcAllowNA", kind: "yesNo", path: "allowNA" },
    { header: "mcAllowDontKnow", kind: "yesNo", optional: true, path: "allowDontKnow" },
  ] satisfies readonly Column<Scale>[],
};

const OPTIONS: Table = {
  marker: "#options",
  title: "msOptions",
  owner: { header: "mcScale", unknown: "msUnknownOptionScale", param: "scale" },
  lists: ({ scales }) =>
    scales.map((id, s): List => ({ path: `scales.${s}.options`, owner: id, inItem: true })),
  columns: [
    { header: "mcValue", kind: "number", path: "value" },
    { header: LABEL, kind: "localized", path: "label" },
  ] satisfies readonly Column<ScaleOption>[],
};

const AREAS: Table = {
  marker: "#areas",
  title: "msAreas",
  lists: () => [{ path: "areas" }],
  columns: [
    { header: "mcId", kind: "text", path: "id" },
    { header: NAME, kind: "localized", path: "name" },
    { header: DESCRIPTION, kind: "localized", long: true, path: "description" },
    { header: "mcWeight", kind: "number", path: "weight" },
    { header: "mcMin", kind: "number", path: "range.min" },
    { header: "mcMax", kind: "number", path: "range.max" },
  ] satisfies readonly Column<Area>[],
};

const QUESTIONS: Table = {
  marker: "#questions",
  title: "msQuestions",
  lists: () => [{ path: "questions" }],
  columns: [
    { header: "mcId", kind: "text", path: "id" },
    { header: "mcArea", kind: "text", path: "area" },
    { header: "mcScale", kind: "text", path: "scale" },
    { header: TEXT, kind: "localized", long: true, path: "text" },
    { header: "mcWeight", kind: "number", path: "weight" },
    { header: "mcReverse", kind: "yesNo", path: "reverse" },
    { header: THEME, kind: "localized", optional: true, path: "theme" },
    { header: "mcPerspectives", kind: "ids", path: "perspectives" },
  ] satisfies readonly Column<Question>[],
};

const PERSPECTIVES: Table = {
  marker: "#perspectives",
  title: "msPerspectives",
  optional: true,
  lists: () => [{ path: "perspectives", optional: true }],
  columns: [
    { header: "mcId", kind: "text", path: "id" },
    { header: NAME, kind: "localized", path: "name" },
    { header: DESCRIPTION, kind: "localized", long: true, optional: true, path: "description" },
  ] satisfies readonly Column<Perspective>[],
};

/** A row of the wordings section: one entry of a question's `wording`. */
interface Wording {
  perspective: string;
  text: Localized;
}

/**
 * A question's own wordings, one row per question and perspective, like a scale's options: a
 * column pair per perspective would widen the questions by two columns for every perspective,
 * mostly empty, and move with the perspectives' list, so the sheet would no longer follow from
 * this spec alone.
 */
const WORDINGS: Table = {
  marker: "#wordings",
  title: "msWordings",
  optional: true,
  owner: { header: "mcQuestion", unknown: "msUnknownWordingQuestion", param: "question" },
  lists: ({ questions }) =>
    questions.map(
      (id, q): List => ({
        path: `questions.${q}.wording`,
        owner: id,
        inItem: true,
        optional: true,
      }),
    ),
  entries: {
    key: "perspective",
    value: "text",
    missing: "msWordingNoPerspective",
    repeated: "msRepeatedWording",
  },
  columns: [
    { header: "mcPerspective", kind: "text", path: "perspective" },
    { header: TEXT, kind: "localized", long: true, path: "text" },
  ] satisfies readonly Column<Wording>[],
};

const BANDS: Table = {
  marker: "#bands",
  title: "msBands",
  owner: { header: "mcScope", unknown: "msUnknownBandScope", param: "scope" },
  lists: ({ areas }) => [
    { path: "bands.overall", owner: SCOPE_OVERALL },
    { path: "bands.areas", owner: SCOPE_AREAS },
    ...areas.map(
      (id, a): List => ({ path: `areas.${a}.bands`, owner: id, inItem: true, optional: true }),
    ),
  ],
  columns: [
    { header: "mcId", kind: "text", path: "id" },
    { header: "mcMin", kind: "number", path: "min" },
    { header: "mcMax", kind: "number", path: "max" },
    { header: LABEL, kind: "localized", path: "label" },
    { header: DESCRIPTION, kind: "localized", long: true, path: "description" },
    { header: "mcColor", kind: "colour", path: "color" },
  ] satisfies readonly Column<Band>[],
};

const RECOMMENDATIONS: Table = {
  marker: "#recommendations",
  title: "msRecommendations",
  lists: () => [{ path: "recommendations" }],
  columns: [
    { header: "mcArea", kind: "text", path: "area" },
    { header: "mcBand", kind: "text", path: "band" },
    { header: TEXT, kind: "localized", long: true, path: "text" },
  ] satisfies readonly Column<Recommendation>[],
};

/** The tables in sheet order: a table whose rows belong to another's items comes after it. */
export const TABLES: readonly Table[] = [
  SCALES,
  OPTIONS,
  AREAS,
  PERSPECTIVES,
  QUESTIONS,
  WORDINGS,
  BANDS,
  RECOMMENDATIONS,
];

/** Where the ids of `Parents` are read: the id column of the scales, the areas and the questions. */
export const PARENT_TABLES: Readonly<Record<keyof Parents, Table>> = {
  scales: SCALES,
  areas: AREAS,
  questions: QUESTIONS,
};

/** Every section marker, in sheet order. */
export const MARKERS: readonly string[] = [MODEL_HEADER.marker, ...TABLES.map((t) => t.marker)];

/** The markers a sheet must have: sections added later may be missing from older sheets. */
export const REQUIRED_MARKERS: readonly string[] = [
  MODEL_HEADER.marker,
  ...TABLES.filter((table) => table.optional !== true).map((table) => table.marker),
];
