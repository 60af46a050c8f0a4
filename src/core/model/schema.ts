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
});

const RecommendationSchema = z.strictObject({ area: Id, band: Id, text: Localized });

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
    /** "sum": overall = sum of area scores (point models); "weightedMean": weighted mean (level models). */
    overall: z.enum(["sum", "weightedMean"]),
    /** Below this share of answered cells an area (or the whole) gets no band. */
    minCompleteness: z.number().check(z.gte(0, "schemaOutOfBounds"), z.lte(1, "schemaOutOfBounds")),
  }),
  scales: z.array(ScaleSchema).check(z.minLength(1, "schemaTooFew")),
  areas: z.array(AreaSchema).check(z.minLength(1, "schemaTooFew")),
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
  if (input === null || typeof input !== "object" || Array.isArray(input) || !("$schema" in input))
    return input;
  const { $schema: _schema, ...rest } = input as Record<string, unknown>;
  return rest;
}

/**
 * Validates anything (parsed JSON, a model read from sheets) as a model.
 * Returns the model, or every error found with its path; never throws on bad input.
 */
export function parseModel(input: unknown, lang: Lang = "en"): ParseResult {
  // "$schema" lets editors offer completion from the published JSON Schema; it is not model data.
  const parsed = ModelSchema.safeParse(withoutSchemaKey(input));
  if (!parsed.success) {
    const errors: ModelError[] = issueErrors(parsed.error.issues, input, lang, WORDS);
    // References can be checked on the raw input too, so every error is listed at once.
    referenceChecks(input, (path, key, params) =>
      errors.push({ path, message: t(lang, key, params) }),
    );
    return { ok: false, errors };
  }
  const errors = checkModel(parsed.data, lang);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, model: parsed.data };
}

/** The score range of the overall score, derived from the areas and the overall rule. */
export function overallRange(model: Model): ScoreRange {
  if (model.scoring.overall === "weightedMean") return model.areas[0]?.range ?? { min: 0, max: 0 };
  return model.areas.reduce(
    (sum, area) => ({ min: sum.min + area.range.min, max: sum.max + area.range.max }),
    { min: 0, max: 0 },
  );
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

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const stringAt = (value: unknown, key: string): string | undefined => {
  const found = asRecord(value)[key];
  return typeof found === "string" ? found : undefined;
};

/**
 * The checks that need only ids and references: duplicate and reserved ids, questions pointing at
 * unknown areas or scales, areas without questions. They read any input, so a model that also has
 * shape errors (a weight that is not a number) hears about its references in the same pass.
 */
function referenceChecks(input: unknown, add: Add): void {
  const model = asRecord(input);
  const scales = asList(model.scales);
  const areas = asList(model.areas);
  const questions = asList(model.questions);
  const duplicates = (path: string, items: unknown[]) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = stringAt(item, "id");
      if (id === undefined) return;
      if (seen.has(id)) add(`${path}.${index}.id`, "schemaDuplicateId", { id });
      seen.add(id);
    });
  };
  duplicates("scales", scales);
  duplicates("areas", areas);
  duplicates("questions", questions);
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

function checkModel(model: Model, lang: Lang): ModelError[] {
  const errors: ModelError[] = [];
  const add: Add = (path, key, params) => errors.push({ path, message: t(lang, key, params) });

  referenceChecks(model, add);

  model.scales.forEach((scale, s) => {
    const values = new Set<number>();
    const labels = { it: new Set<string>(), en: new Set<string>() };
    scale.options.forEach((option, o) => {
      if (values.has(option.value)) {
        add(`scales.${s}.options.${o}.value`, "schemaDuplicateValue", { value: option.value });
      }
      values.add(option.value);
      for (const language of LANGS) {
        const label = option.label[language].trim().toLowerCase();
        if (labels[language].has(label)) {
          add(`scales.${s}.options.${o}.label.${language}`, "schemaDuplicateLabel", {
            label: option.label[language],
          });
        }
        labels[language].add(label);
      }
    });
  });

  const firstRange = model.areas[0]?.range;
  model.areas.forEach((area, a) => {
    if (!(area.range.min < area.range.max)) add(`areas.${a}.range`, "schemaBadRange");
    if (
      model.scoring.overall === "weightedMean" &&
      firstRange !== undefined &&
      (area.range.min !== firstRange.min || area.range.max !== firstRange.max)
    ) {
      add(`areas.${a}.range`, "schemaMeanNeedsSameRange");
    }
    if (area.bands !== undefined) checkBands(`areas.${a}.bands`, area.bands, area.range, add);
  });

  // Band coverage needs sound ranges; reference errors elsewhere do not stop it.
  const rangesSound = model.areas.every(
    (area) =>
      area.range.min < area.range.max &&
      (model.scoring.overall === "sum" ||
        firstRange === undefined ||
        (area.range.min === firstRange.min && area.range.max === firstRange.max)),
  );
  if (rangesSound) {
    checkBands("bands.overall", model.bands.overall, overallRange(model), add);
    // Shared area bands must fit every area that uses them.
    const sharedUsers = model.areas.filter((area) => area.bands === undefined);
    const reported = new Set<string>();
    for (const area of sharedUsers) {
      const key = `${area.range.min}:${area.range.max}`;
      if (reported.has(key)) continue;
      reported.add(key);
      checkBands("bands.areas", model.bands.areas, area.range, add);
    }
  }

  model.recommendations.forEach((recommendation, r) => {
    const area = model.areas.find((candidate) => candidate.id === recommendation.area);
    if (area === undefined) {
      add(`recommendations.${r}.area`, "schemaUnknownArea", { id: recommendation.area });
      return;
    }
    if (!areaBands(model, area).some((band) => band.id === recommendation.band)) {
      add(`recommendations.${r}.band`, "schemaUnknownBand", {
        id: recommendation.band,
        area: area.id,
      });
    }
  });

  return errors;
}

function checkBands(
  path: string,
  bands: readonly Band[],
  range: ScoreRange,
  add: (path: string, key: MessageKey, params?: Record<string, string | number>) => void,
): void {
  const ids = new Set<string>();
  bands.forEach((band, b) => {
    if (ids.has(band.id)) add(`${path}.${b}.id`, "schemaDuplicateId", { id: band.id });
    ids.add(band.id);
    if (!(band.min < band.max)) {
      add(`${path}.${b}`, "schemaBandOrder");
    }
  });
  // Bands are listed from lowest to highest; each starts where the previous one ends.
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first === undefined || last === undefined) return;
  if (first.min !== range.min) add(`${path}.0.min`, "schemaBandStart", { min: range.min });
  if (last.max !== range.max)
    add(`${path}.${bands.length - 1}.max`, "schemaBandEnd", { max: range.max });
  for (let b = 1; b < bands.length; b++) {
    const prev = bands[b - 1] as Band;
    const next = bands[b] as Band;
    if (next.min === prev.max) continue;
    const params = { prev: prev.id, end: prev.max, next: next.id, start: next.min };
    add(`${path}.${b}.min`, next.min > prev.max ? "schemaBandGap" : "schemaBandOverlap", params);
  }
}
