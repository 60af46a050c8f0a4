/**
 * The assessment model: what a questionnaire asks and how its answers are scored.
 * The zod schema gives the shape and the types; `checkModel` adds the rules that span fields
 * (references, duplicates, band coverage). `parseModel` runs both and never throws.
 */
import * as z from "zod/mini";
import { LANGS, type Lang } from "../texts/i18n";
import { type IssueWords, issueErrors } from "../texts/issues";
import { type MessageKey, t } from "../texts/messages";

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;

const Id = z.string().check(z.regex(ID_PATTERN, "schemaBadId"));
/** Texts are trimmed, so a model reads the same from JSON and from a sheet (whose cells are trimmed). */
const Text = z.string().check(z.trim(), z.minLength(1, "schemaEmptyText"));
const FiniteNumber = z.number();
const Localized = z.strictObject({ it: Text, en: Text });

const OptionSchema = z.strictObject({ value: FiniteNumber, label: Localized });

const ScaleSchema = z.strictObject({
  id: Id,
  name: Localized,
  options: z.array(OptionSchema).check(z.minLength(2, "schemaTooFew")),
  /** Whether respondents may answer "N/A": it counts in neither numerator nor denominator. */
  allowNA: z.boolean(),
  /**
   * Whether respondents may answer "don't know" ("Non so"), offered after the options and before
   * N/A: like N/A it enters no score. Absent on models made before it existed: no.
   */
  allowDontKnow: z.optional(z.boolean()),
});

const RangeSchema = z.strictObject({ min: FiniteNumber, max: FiniteNumber });

const BandSchema = z.strictObject({
  id: Id,
  min: FiniteNumber,
  max: FiniteNumber,
  label: Localized,
  description: Localized,
  color: z.string().check(z.regex(COLOR_PATTERN, "schemaBadColor")),
});

const AreaSchema = z.strictObject({
  id: Id,
  name: Localized,
  description: Localized,
  weight: z.number().check(z.positive("schemaNotPositive")),
  range: RangeSchema,
  /** Bands of this area when they differ from the model's shared area bands. */
  bands: z.optional(z.array(BandSchema).check(z.minLength(1, "schemaTooFew"))),
});

const QuestionSchema = z.strictObject({
  id: Id,
  area: Id,
  scale: Id,
  text: Localized,
  weight: z.number().check(z.positive("schemaNotPositive")),
  reverse: z.boolean(),
  /** What the question is about, shown beside it (e.g. one of the seed's management factors). */
  theme: z.optional(Localized),
  /** The perspectives (ids) whose respondents are asked this question; absent: every one. */
  perspectives: z.optional(z.array(Id).check(z.minLength(1, "schemaTooFew"))),
  /**
   * The question in a perspective's own words, by perspective id (first person for customers:
   * "Mi sento capito…"); the other perspectives read `text`. Keys are checked against the
   * perspectives with the other cross-field rules.
   */
  wording: z.optional(z.record(z.string(), Localized)),
});

/**
 * Who answers: the company's people and its customers, say. The gap between how a company sees
 * itself and how its customers see it is what seed 002 is about.
 */
const PerspectiveSchema = z.strictObject({
  id: Id,
  name: Localized,
  description: z.optional(Localized),
});

const RecommendationSchema = z.strictObject({ area: Id, band: Id, text: Localized });

/** "sum": overall = sum of area scores (point models); "weightedMean": weighted mean (level models). */
const OverallRule = z.enum(["sum", "weightedMean"]);

export const ModelSchema = z.strictObject({
  id: Id,
  version: z.string().check(z.regex(VERSION_PATTERN, "schemaBadVersion")),
  name: Localized,
  description: Localized,
  source: z.strictObject({
    /** The article the model is written from, as cited on the generated sheets. */
    citation: Localized,
    /** Choices the model's authors made where the source gives no number. */
    authorsNote: z.optional(Localized),
  }),
  estimatedMinutes: z.number().check(z.positive("schemaNotPositive")),
  scoring: z.strictObject({
    overall: OverallRule,
    /** Below this share of answered cells an area (or the whole) gets no band. */
    minCompleteness: z.number().check(z.gte(0, "schemaOutOfBounds"), z.lte(1, "schemaOutOfBounds")),
  }),
  scales: z.array(ScaleSchema).check(z.minLength(1, "schemaTooFew")),
  areas: z.array(AreaSchema).check(z.minLength(1, "schemaTooFew")),
  /** Absent: one perspective, everyone is asked every question (models before perspectives). */
  perspectives: z.optional(z.array(PerspectiveSchema).check(z.minLength(2, "schemaTooFew"))),
  questions: z.array(QuestionSchema).check(z.minLength(1, "schemaTooFew")),
  bands: z.strictObject({
    overall: z.array(BandSchema).check(z.minLength(1, "schemaTooFew")),
    areas: z.array(BandSchema).check(z.minLength(1, "schemaTooFew")),
  }),
  recommendations: z.array(RecommendationSchema),
});

export type Model = z.infer<typeof ModelSchema>;
export type Scale = Model["scales"][number];
export type ScaleOption = Scale["options"][number];
export type Area = Model["areas"][number];
export type Question = Model["questions"][number];
export type Perspective = NonNullable<Model["perspectives"]>[number];
export type Band = Model["bands"]["overall"][number];
export type Recommendation = Model["recommendations"][number];
export type ScoreRange = Area["range"];

export interface ModelError {
  /** Dotted path into the model, e.g. `questions.3.area`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; model: Model } | { ok: false; errors: ModelError[] };

/** What no check of the schema can tag. */
const WORDS: IssueWords = {
  required: "schemaRequired",
  invalid: "schemaInvalid",
  wrongType: "schemaType",
  notFinite: "schemaNotFinite",
  notInList: "schemaBadEnum",
  unknownKeys: "schemaUnknownKeys",
};

function withoutSchemaKey(input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  // Its own key only: Object.hasOwn is past the ES2020 library the core is compiled against.
  if (Object.getOwnPropertyDescriptor(input, "$schema") === undefined) return input;
  const { $schema: _schema, ...rest } = input as Record<string, unknown>;
  return rest;
}

/**
 * Validates anything (parsed JSON, a model read from sheets) as a model.
 * Returns the model, or every error found with its path; never throws on bad input.
 */
export function parseModel(input: unknown, lang: Lang = "en"): ParseResult {
  // "$schema" lets editors offer completion from the published JSON Schema; it is not model data.
  const data = withoutSchemaKey(input);
  const parsed = ModelSchema.safeParse(data);
  const errors: ModelError[] = parsed.success
    ? []
    : issueErrors(parsed.error.issues, input, lang, WORDS);
  // The rules that span fields run on the raw input, each on the parts it needs that are
  // well-formed, so a model with shape errors hears about its bands and references in the same
  // pass and a consultant fixes it in one round.
  crossChecks(data, (path, key, params) => errors.push({ path, message: t(lang, key, params) }));
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, model: parsed.data };
}

/** The score range of the overall score, derived from the areas and the overall rule. */
export function overallRange(model: Model): ScoreRange {
  return rangeOf(
    model.scoring.overall,
    model.areas.map((area) => area.range),
  );
}

/** The overall score's range from the areas' ranges: their sum, or the first one for a mean. */
function rangeOf(overall: Model["scoring"]["overall"], ranges: readonly ScoreRange[]): ScoreRange {
  if (overall === "weightedMean") return ranges[0] ?? { min: 0, max: 0 };
  return ranges.reduce((sum, range) => ({ min: sum.min + range.min, max: sum.max + range.max }), {
    min: 0,
    max: 0,
  });
}

/** Band scopes on model sheets: "overall" and "areas" cannot also be area ids. */
export const RESERVED_AREA_IDS = ["overall", "areas"] as const;

export function areaBands(model: Model, area: Area): readonly Band[] {
  return area.bands ?? model.bands.areas;
}

/**
 * The boundary rule, stated once: a band holds the scores from its `min` (included) up to its `max`
 * (excluded), except the last band, which also holds its `max`. Bands are listed from lowest to
 * highest and are contiguous, so every score in the range has exactly one band.
 */
export function bandFor(bands: readonly Band[], value: number): Band | null {
  const last = bands[bands.length - 1];
  if (last !== undefined && value === last.max) return last;
  return bands.find((band) => value >= band.min && value < band.max) ?? null;
}

type Add = (path: string, key: MessageKey, params?: Record<string, string | number>) => void;

/**
 * A field of a JSON object, or undefined. Only the object's own fields count: what every object
 * inherits ("constructor", "toString") is never model data.
 */
function fieldOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  // The descriptor is undefined for an inherited name; a JSON object's fields are plain values.
  const own: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
  return own;
}
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const stringAt = (value: unknown, key: string): string | undefined => {
  const found = fieldOf(value, key);
  return typeof found === "string" ? found : undefined;
};

/** The value as the schema reads it, or undefined if it has a shape error (reported elsewhere). */
function wellFormed<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * What the band checks need of a band. A wrong colour or a missing label is the band's own error
 * and does not hide a gap next to it; a minimum that is not a number does.
 */
const BandBounds = z.object({ id: z.string(), min: FiniteNumber, max: FiniteNumber });
type BandBounds = z.infer<typeof BandBounds>;

/** Each item whose id an earlier item of the list has, at its id. */
function duplicateIds(path: string, items: readonly unknown[], add: Add): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = stringAt(item, "id");
    if (id === undefined) return;
    if (seen.has(id)) add(`${path}.${index}.id`, "schemaDuplicateId", { id });
    seen.add(id);
  });
}

/**
 * The checks that need only ids and references: duplicate and reserved ids, questions pointing at
 * unknown areas or scales, areas without questions. They read any input, so a model that also has
 * shape errors (a weight that is not a number) hears about its references in the same pass.
 */
function referenceChecks(input: unknown, add: Add): void {
  const scales = asList(fieldOf(input, "scales"));
  const areas = asList(fieldOf(input, "areas"));
  const questions = asList(fieldOf(input, "questions"));
  duplicateIds("scales", scales, add);
  duplicateIds("areas", areas, add);
  duplicateIds("questions", questions, add);
  const areaIds = new Set(areas.map((area) => stringAt(area, "id")));
  const scaleIds = new Set(scales.map((scale) => stringAt(scale, "id")));
  areas.forEach((area, a) => {
    const id = stringAt(area, "id");
    if (id === undefined) return;
    if ((RESERVED_AREA_IDS as readonly string[]).includes(id))
      add(`areas.${a}.id`, "schemaReservedId", { id });
    if (!questions.some((question) => stringAt(question, "area") === id))
      add(`areas.${a}`, "schemaEmptyArea", { id });
  });
  questions.forEach((question, q) => {
    const area = stringAt(question, "area");
    const scale = stringAt(question, "scale");
    if (area !== undefined && !areaIds.has(area))
      add(`questions.${q}.area`, "schemaUnknownArea", { id: area });
    if (scale !== undefined && !scaleIds.has(scale))
      add(`questions.${q}.scale`, "schemaUnknownScale", { id: scale });
  });
}

/**
 * Options a respondent could not tell apart. Answers are read by label in either language, so a
 * label may not repeat another option's label in its own language nor in the other one: on an
 * Italian questionnaire of a scale labelled 1 {it "Alto", en "Low"} and 5 {it "Low", en "High"},
 * "Low" would count as 1. Each label is reported once, at the later of the two options.
 */
function optionChecks(scales: unknown, add: Add): void {
  asList(scales).forEach((scale, s) => {
    const reserved = reservedLabels(scale);
    const values = new Set<number>();
    // Each language's labels so far (lower-cased), with the value of the option that has it.
    const labels = new Map<Lang, Map<string, number>>(LANGS.map((lang) => [lang, new Map()]));
    asList(fieldOf(scale, "options")).forEach((raw, o) => {
      const option = wellFormed(OptionSchema, raw);
      if (option === undefined) return;
      if (values.has(option.value)) {
        add(`scales.${s}.options.${o}.value`, "schemaDuplicateValue", { value: option.value });
      }
      values.add(option.value);
      const keyOf = (language: Lang) => option.label[language].trim().toLowerCase();
      for (const language of LANGS) {
        const label = option.label[language];
        const path = `scales.${s}.options.${o}.label.${language}`;
        const answer = reserved.get(keyOf(language));
        if (answer !== undefined) {
          add(path, answer, { label });
          continue;
        }
        if (labels.get(language)?.has(keyOf(language))) {
          add(path, "schemaDuplicateLabel", { label });
          continue;
        }
        const other = LANGS.filter((each) => each !== language)
          .map((each) => labels.get(each)?.get(keyOf(language)))
          .find((value) => value !== undefined);
        if (other !== undefined) add(path, "schemaCrossLanguageLabel", { label, value: other });
      }
      // Added after both languages are compared: an option may read the same in both ("OK").
      for (const language of LANGS) {
        const seen = labels.get(language);
        if (seen !== undefined && !seen.has(keyOf(language)))
          seen.set(keyOf(language), option.value);
      }
    });
  });
}

/**
 * The labels of the answers a scale offers besides its options, in every language (lower-cased),
 * each with the message for an option that reads the same: an option labelled "N/A" or "Non so"
 * would be read as that answer, or the answer as that option.
 */
function reservedLabels(scale: unknown): Map<string, MessageKey> {
  const reserved = new Map<string, MessageKey>();
  const offer = (field: string, label: MessageKey, message: MessageKey) => {
    if (fieldOf(scale, field) !== true) return;
    for (const lang of LANGS) reserved.set(t(lang, label).trim().toLowerCase(), message);
  };
  offer("allowNA", "naLabel", "schemaLabelIsNA");
  offer("allowDontKnow", "dkLabel", "schemaLabelIsDontKnow");
  return reserved;
}

/** A band list as the band checks read it; undefined if it is not a list (a shape error). */
function bandList(value: unknown): (BandBounds | undefined)[] | undefined {
  return Array.isArray(value) ? value.map((band) => wellFormed(BandBounds, band)) : undefined;
}

/**
 * The rules that span fields, on any input. Each runs on the parts it needs that are well-formed
 * and skips what has a shape error, whose own message is already listed: a band whose minimum is not
 * a number gets that one message, not also a gap.
 */
function crossChecks(input: unknown, add: Add): void {
  referenceChecks(input, add);
  optionChecks(fieldOf(input, "scales"), add);
  perspectiveChecks(input, add);

  const overall = wellFormed(OverallRule, fieldOf(fieldOf(input, "scoring"), "overall"));
  const areas = asList(fieldOf(input, "areas")).map((raw) => ({
    id: stringAt(raw, "id"),
    range: wellFormed(RangeSchema, fieldOf(raw, "range")),
    /** Undefined for an area on the shared bands; null for own bands that are not a list. */
    bands:
      fieldOf(raw, "bands") === undefined ? undefined : (bandList(fieldOf(raw, "bands")) ?? null),
  }));
  const firstRange = areas[0]?.range;
  const sameAsFirst = (range: ScoreRange) =>
    firstRange === undefined || (range.min === firstRange.min && range.max === firstRange.max);
  areas.forEach((area, a) => {
    const { range } = area;
    if (range !== undefined && !(range.min < range.max)) add(`areas.${a}.range`, "schemaBadRange");
    if (overall === "weightedMean" && range !== undefined && !sameAsFirst(range))
      add(`areas.${a}.range`, "schemaMeanNeedsSameRange");
    if (area.bands) checkBands(`areas.${a}.bands`, area.bands, range ? [range] : [], add);
  });

  // The overall range and the shared bands' ranges need every area's range, well-formed and
  // sound; without them the bands are still checked among themselves.
  const ranges = soundRanges(
    areas.map((area) => area.range),
    overall,
  );
  const bands = fieldOf(input, "bands");
  const overallBands = bandList(fieldOf(bands, "overall"));
  const sharedBands = bandList(fieldOf(bands, "areas"));
  if (overallBands) {
    const covers = ranges === undefined || overall === undefined ? [] : [rangeOf(overall, ranges)];
    checkBands("bands.overall", overallBands, covers, add);
  }
  if (sharedBands) {
    // Shared area bands must fit every area that uses them; each distinct range is checked once.
    const usedOn = new Map<string, ScoreRange>();
    areas.forEach((area, a) => {
      const range = ranges?.[a];
      if (area.bands === undefined && range !== undefined)
        usedOn.set(`${range.min}:${range.max}`, range);
    });
    checkBands("bands.areas", sharedBands, [...usedOn.values()], add);
  }

  asList(fieldOf(input, "recommendations")).forEach((recommendation, r) => {
    const areaId = stringAt(recommendation, "area");
    const bandId = stringAt(recommendation, "band");
    if (areaId === undefined) return;
    const area = areas.find((candidate) => candidate.id === areaId);
    if (area === undefined) {
      add(`recommendations.${r}.area`, "schemaUnknownArea", { id: areaId });
      return;
    }
    // Only a list whose every band has its id can tell that a band is not there.
    const list = area.bands === undefined ? sharedBands : area.bands;
    const ids = list?.map((band) => band?.id);
    if (bandId === undefined || ids === undefined || ids.includes(undefined)) return;
    if (!ids.includes(bandId))
      add(`recommendations.${r}.band`, "schemaUnknownBand", { id: bandId, area: areaId });
  });
}

/** The keys of a question's wordings, as own keys only ("__proto__" from JSON is a key too). */
function wordingKeys(wording: unknown): string[] {
  if (wording === null || typeof wording !== "object" || Array.isArray(wording)) return [];
  return Object.keys(wording);
}

/**
 * Who is asked what: the perspectives' ids are unique; a question names only declared
 * perspectives (and none in a model that declares none); a question's own wording is for a
 * perspective that is asked it; every perspective is asked something. A question whose list is
 * malformed (a shape error) counts as asking everyone, so it hides no other error.
 */
function perspectiveChecks(input: unknown, add: Add): void {
  const declared = fieldOf(input, "perspectives");
  const questions = asList(fieldOf(input, "questions"));
  if (declared === undefined) {
    questions.forEach((question, q) => {
      if (fieldOf(question, "perspectives") !== undefined)
        add(`questions.${q}.perspectives`, "schemaNoPerspectives");
      for (const key of wordingKeys(fieldOf(question, "wording")))
        add(`questions.${q}.wording.${key}`, "schemaNoPerspectives");
    });
    return;
  }
  // Perspectives that are not a list: their shape error is all there is to say.
  if (!Array.isArray(declared)) return;
  duplicateIds("perspectives", declared, add);
  const known = new Set(declared.map((perspective) => stringAt(perspective, "id")));
  /** The perspectives each question names, or undefined when it is asked of every one. */
  const askedOf = questions.map((question) => {
    const list = fieldOf(question, "perspectives");
    return Array.isArray(list) ? list : undefined;
  });
  questions.forEach((question, q) => {
    const list = askedOf[q];
    const named = new Set<unknown>();
    list?.forEach((id, k) => {
      if (typeof id !== "string") return;
      if (named.has(id)) add(`questions.${q}.perspectives.${k}`, "schemaDuplicateId", { id });
      else if (!known.has(id))
        add(`questions.${q}.perspectives.${k}`, "schemaUnknownPerspective", { id });
      named.add(id);
    });
    for (const key of wordingKeys(fieldOf(question, "wording"))) {
      const path = `questions.${q}.wording.${key}`;
      if (!known.has(key)) add(path, "schemaUnknownPerspective", { id: key });
      else if (list !== undefined && !list.includes(key))
        add(path, "schemaWordingNotAsked", { id: key });
    }
  });
  declared.forEach((perspective, p) => {
    const id = stringAt(perspective, "id");
    if (id === undefined) return;
    if (!askedOf.some((list) => list === undefined || list.includes(id)))
      add(`perspectives.${p}`, "schemaPerspectiveNotAsked", { id });
  });
}

/**
 * The areas' ranges when the scores' ranges can be trusted: every range well-formed with its
 * minimum below its maximum and, for a mean, all alike. Otherwise undefined, and the range
 * errors are all a model hears about its ranges.
 */
function soundRanges(
  ranges: readonly (ScoreRange | undefined)[],
  overall: Model["scoring"]["overall"] | undefined,
): ScoreRange[] | undefined {
  const first = ranges[0];
  if (overall === undefined || first === undefined) return undefined;
  const sound: ScoreRange[] = [];
  for (const range of ranges) {
    if (range === undefined || !(range.min < range.max)) return undefined;
    if (overall === "weightedMean" && (range.min !== first.min || range.max !== first.max))
      return undefined;
    sound.push(range);
  }
  return sound;
}

/**
 * A band list's own rules (unique ids, each band's minimum below its maximum, each band starting
 * where the previous one ends) and, for each range it must cover, its first and last band. Bands
 * with a shape error are skipped, and so is every comparison with them.
 */
function checkBands(
  path: string,
  bands: readonly (BandBounds | undefined)[],
  ranges: readonly ScoreRange[],
  add: Add,
): void {
  const ids = new Set<string>();
  bands.forEach((band, b) => {
    if (band === undefined) return;
    if (ids.has(band.id)) add(`${path}.${b}.id`, "schemaDuplicateId", { id: band.id });
    ids.add(band.id);
    if (!(band.min < band.max)) {
      add(`${path}.${b}`, "schemaBandOrder");
    }
  });
  // Bands are listed from lowest to highest; each starts where the previous one ends.
  const first = bands[0];
  const last = bands[bands.length - 1];
  for (const range of ranges) {
    if (first !== undefined && first.min !== range.min)
      add(`${path}.0.min`, "schemaBandStart", { min: range.min });
    if (last !== undefined && last.max !== range.max)
      add(`${path}.${bands.length - 1}.max`, "schemaBandEnd", { max: range.max });
  }
  for (let b = 1; b < bands.length; b++) {
    const prev = bands[b - 1];
    const next = bands[b];
    if (prev === undefined || next === undefined || next.min === prev.max) continue;
    const params = { prev: prev.id, end: prev.max, next: next.id, start: next.min };
    add(`${path}.${b}.min`, next.min > prev.max ? "schemaBandGap" : "schemaBandOverlap", params);
  }
}
