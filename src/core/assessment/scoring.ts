/**
 * Scoring: every rule of how answers become scores, bands, statistics, gaps and priorities lives
 * here, each stated once.
 *
 * Answers
 * 1. An answer is an option's value, "na" (not applicable), "dk" (don't know) or blank. A value is
 *    normalised on its scale to 0..1 ((value − lowest) ÷ (highest − lowest)); a reverse-scored
 *    question flips it (1 − n). N/A and don't know enter the score in neither numerator nor
 *    denominator.
 * 2. Completeness = answers with a value ÷ questions: N/A, don't know and blanks all lower it.
 *    "Responded" = any choice (a value, N/A or don't know) ÷ questions, for progress only.
 *
 * One respondent
 * 3. An area's score is the question-weighted mean of its normalised answers projected on the
 *    area's range: min + mean × (max − min). It exists only when the area's completeness reaches the
 *    model's minimum (and some answer has a value). Below it the area has no score and no band:
 *    "not enough applicable answers" when N/A or don't know made the difference (the choices made
 *    reach the minimum), otherwise "not enough answers". So N/A can never manufacture a score.
 * 4. Count models: the overall is the sum, and every area runs from 0 to its number of questions,
 *    all equally weighted on two-option scales (yes/no) without N/A. There a respondent's area score
 *    is the number of favourable answers, an integer, and the overall their total.
 * 5. The overall exists only when every area has a score: their sum ("sum") or their area-weighted
 *    mean ("weightedMean").
 *
 * Bands
 * 6. A band is looked up with the figure rounded to one decimal, as the Results show it, so a label
 *    never contradicts the number shown; the figure itself keeps full precision. Which band holds a
 *    value is `bandFor`'s rule ([min, max), the top band also its max).
 *
 * Sets of respondents: Everyone, each group, and the gaps between groups
 * 7. A set's area figure is the mean of the area scores of its members who have one (rule 3); its
 *    overall is the mean of the overall scores of its members who have one (rule 5); n counts them,
 *    and a figure with n = 0 does not exist. So a set's overall lies within its members' overall
 *    scores. A set's completeness is answers with a value ÷ (members × questions).
 * 8. A set's figure gets the band it falls in; in a count model a mean of counts is not a count, so
 *    it gets a band label only when all its n members are in that band, and otherwise only the
 *    number of members in each band (every set figure carries those counts).
 * 9. Statistics of a figure, over its n members: mean, min, max, and with n ≥ 2 the sample standard
 *    deviation (n − 1), the 95% confidence interval of the mean, mean ± t(0.975, n − 1) × sd ÷ √n
 *    (t from a table for 1..30 degrees of freedom, a Cornish–Fisher expansion beyond; not clipped to
 *    the range), and the agreement r_wg(J) (James, Demaree & Wolf 1984) over the J questions of
 *    the figure that at least 2 of its members answered with a value:
 *    r = J(1 − ρ) ÷ (J(1 − ρ) + ρ), where ρ is the mean over those questions of the sample variance
 *    of the members' answers ÷ σ²_EU, the variance of answers picked uniformly from the question's
 *    options ((A² − 1) ÷ 12 for A equally spaced points); r = 0 when ρ ≥ 1; question weights do not
 *    enter. Below 0.7 opinions diverge ("discuss before acting"). With n < 2 (or J = 0) these are
 *    not computed (null).
 * 10. Groups: a group with fewer respondents than the minimum group size (default 3) is hidden.
 *    Each group lies in a parent set that is shown: Everyone, or with perspectives (rule 14) its
 *    perspective. The parent minus its shown groups is a figure too: whenever, for some area or the
 *    overall, its members outside the shown groups are more than none and fewer than the minimum,
 *    the smallest shown group (then by name) of that parent with members in that figure is hidden
 *    as well, until no figure reveals fewer than the minimum. Everyone (or the first perspective)
 *    is always shown. The gap between groups per area is the highest shown group's figure minus
 *    the lowest's.
 *
 * Targets and order
 * 11. Gap = target − score; priority = area weight × max(gap, 0).
 * 12. Weakest areas: the lowest normalised score (score − min) ÷ (max − min) first, ties in the
 *    model's order. The action plan's order: by priority, highest first, then as the weakest.
 *    Both list only areas whose figure falls in a band the model has a recommendation for.
 * 13. No negative zero in any result; rounding happens only at display.
 *
 * Perspectives (models whose questions are asked of some perspectives only: self-image against
 * customer perception)
 * 14. A respondent answers from their group's perspective and is asked only its questions: the
 *    others are not theirs, neither answered nor blank. Rules 2, 3 and 7 count asked questions
 *    (completeness = answers with a value ÷ questions asked). An area with no question asked of
 *    them has no score ("not asked"): a mean overall leaves it out, a sum overall does not exist.
 *    Each perspective's respondents form a set (rules 7–9); the first is always shown, another
 *    only with at least the minimum group size (rule 10), since it would otherwise show a few
 *    people's answers. No figure pools perspectives: the first perspective the model
 *    declares (whose self-image it is) gives the assessment's own figures (band, targets,
 *    priorities, weakest areas, action plan), and the perception gap of an area is its figure
 *    minus another perspective's, where both exist: above zero, the first sees the area better
 *    than the other does.
 * 15. Themes (a question's `theme`, e.g. the management factors of cx-maturity) cut across areas:
 *    a respondent's theme score is the weighted mean of their normalised answers to the theme's
 *    questions asked of them, projected like an area's (rule 3, same minimum), on the areas' range
 *    for a mean model and on 0–100 (%) for a sum model. The theme's figure is the mean over the
 *    members of the assessment's own set (everyone, or the first perspective) who have one, with n.
 *
 * Ids (areas, questions, respondents) are read from records only as own properties and records are
 * built as own properties: an id such as "constructor" or "__proto__" is an id like any other.
 */

import { DEFAULT_MIN_GROUP_SIZE } from "../contract/limits";
import { areaBands, type Band, bandFor, type Model, overallRange } from "../model/schema";
import type { Localized } from "../texts/i18n";

/** An option's value, "na" for not applicable, "dk" for don't know, null (or absent) for blank. */
export type Answer = number | "na" | "dk" | null;

export interface RespondentAnswers {
  id: string;
  name: string;
  group?: string | undefined;
  /** The model perspective they answer from (rule 14); absent or null: asked everything. */
  perspective?: string | null | undefined;
  answers: Readonly<Record<string, Answer | undefined>>;
}

export interface Responses {
  respondents: readonly RespondentAnswers[];
}

/** Rule 9: agreement below this means opinions diverge. */
export const AGREEMENT_THRESHOLD = 0.7;

export interface ScoreOptions {
  /** Target score per area id, on the area's range. */
  targets?: Readonly<Record<string, number>>;
  /** Groups with fewer respondents are not shown by themselves (rule 10). */
  minGroupSize?: number;
}

export interface BandResult {
  id: string;
  min: number;
  max: number;
  label: Localized;
  description: Localized;
  color: string;
}

/** Why a figure has no band although something was answered (rules 3 and 8). */
export type NoBand = "few-answers" | "few-applicable-answers" | "count-mean" | "not-asked";

export interface Measure {
  /** Null when the completeness is below the model's minimum (rule 3). */
  score: number | null;
  min: number;
  max: number;
  band: BandResult | null;
  /** Answers with a value ÷ questions, 0..1. */
  completeness: number;
  /** Any choice (value, N/A, don't know) ÷ questions, 0..1. */
  responded: number;
  /** Whether the figure exists: score !== null. */
  sufficient: boolean;
  noBand: NoBand | null;
}

export interface ConfidenceInterval {
  low: number;
  high: number;
  /** Half the interval's width: t × sd ÷ √n. */
  margin: number;
}

/** Rule 9. */
export interface Stats {
  n: number;
  mean: number;
  min: number;
  max: number;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
  ci: ConfidenceInterval | null;
  /** r_wg(J), 0..1; null when not computed. */
  agreement: number | null;
  /** Agreement below AGREEMENT_THRESHOLD. */
  diverge: boolean;
}

export interface BandCount {
  band: BandResult;
  count: number;
}

export interface SetMeasure extends Measure {
  /** Respondents in the figure (rule 7). */
  n: number;
  /** Null when n = 0. */
  stats: Stats | null;
  /** How many of the n members fall in each band, lowest band first. */
  bandCounts: BandCount[];
  /** The band the figure falls in, shown or not (rule 8): it picks the recommendation. */
  fallsIn: BandResult | null;
}

export interface AreaResult extends SetMeasure {
  area: string;
  name: Localized;
  weight: number;
  target: number | null;
  gap: number | null;
  priority: number | null;
}

export interface RespondentResult {
  id: string;
  name: string;
  group: string | null;
  overall: Measure;
  areas: Record<string, Measure>;
}

export interface GroupResult {
  group: string;
  respondents: number;
  overall: SetMeasure;
  areas: Record<string, SetMeasure>;
}

/** Rule 15: one theme's figure over the assessment's own set. */
export interface ThemeResult {
  name: Localized;
  /** Null when no member has the theme's score. */
  score: number | null;
  min: number;
  max: number;
  /** Members with the theme's score. */
  n: number;
  stats: Stats | null;
}

/** A perspective's respondents as a set (rule 14). */
export interface PerspectiveResult {
  perspective: string;
  name: Localized;
  respondents: number;
  /** Fewer respondents than the minimum group size (never the first): not shown, no gap. */
  hidden: boolean;
  overall: SetMeasure;
  areas: Record<string, SetMeasure>;
}

/** Rule 14: the first perspective's area figure minus another's. */
export interface PerceptionGap {
  area: string;
  /** The first perspective (the model's first: whose self-image it is). */
  from: { perspective: string; score: number; n: number };
  to: { perspective: string; score: number; n: number };
  /** from − to: above zero, the first perspective sees the area better than the other does. */
  gap: number;
}

export interface HiddenGroup {
  group: string;
  respondents: number;
  /** The perspective whose figures it would reveal; null for Everyone. */
  within: string | null;
  /** Below the minimum size, or hidden so that Everyone does not reveal a smaller set. */
  reason: "too-small" | "reveals-smaller";
}

export interface GroupGap {
  area: string;
  high: { group: string; score: number; n: number };
  low: { group: string; score: number; n: number };
  gap: number;
}

export type ProblemKind =
  | "unknown-question"
  | "value-not-in-scale"
  | "na-not-allowed"
  | "unknown-area";

export interface Problem {
  kind: ProblemKind;
  respondentId?: string;
  questionId?: string;
  areaId?: string;
  value?: unknown;
}

export interface AreaRecommendation {
  area: string;
  band: string;
  text: Localized;
  score: number;
  priority: number | null;
  /** (score − min) ÷ (max − min). */
  position: number;
}

export interface ScoreResult {
  modelId: string;
  modelVersion: string;
  /** Rule 4. */
  countModel: boolean;
  minGroupSize: number;
  overall: SetMeasure;
  areas: AreaResult[];
  respondents: RespondentResult[];
  /** Shown groups, in order of first appearance. */
  groups: GroupResult[];
  hiddenGroups: HiddenGroup[];
  groupGaps: GroupGap[];
  /**
   * Rule 14: each declared perspective as a set, in the model's order (empty for a model without
   * perspectives). `overall` and `areas` are then the first perspective's figures.
   */
  perspectives: PerspectiveResult[];
  perceptionGaps: PerceptionGap[];
  /** Rule 15, in the order themes first appear in the model; empty without themes. */
  themes: ThemeResult[];
  /** Every respondent's answers with a value ÷ the questions asked of them (rule 2), 0..1. */
  completeness: number;
  /** The action plan's order (rule 12). */
  recommendations: AreaRecommendation[];
  /** Weakest first (rule 12). */
  weakest: AreaRecommendation[];
  problems: Problem[];
}

/**
 * What a record holds under an id, never what it inherits: on a plain object `record.constructor`
 * is Object and `record.toString` a function, so an area, question or respondent with such an id
 * would otherwise read a target, answer or score that nobody gave.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; core and the bundle target ES2020.
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Rule 13: +0 for -0. */
const plain = (value: number): number => (value === 0 ? 0 : value);

/** Rule 6: the value as the Results show it (one decimal, half away from zero, float noise gone). */
export function asShown(value: number): number {
  const scaled = Math.abs(value) * 10;
  const fraction = scaled - Math.floor(scaled);
  const rounded =
    Math.abs(fraction - 0.5) < 1e-6
      ? Math.round(Number(scaled.toPrecision(12)))
      : Math.round(scaled);
  return plain((value < 0 ? -rounded : rounded) / 10);
}

/** t(0.975, df) for df = 1..30. */
const T_975 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788,
  2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639,
  2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];

/** The 0.975 quantile of Student's t with `df` degrees of freedom (rule 9); NaN below 1. */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  if (df <= T_975.length) return T_975[Math.floor(df) - 1] as number;
  // Cornish–Fisher expansion around the normal quantile: within 1e-4 from 31 degrees of freedom.
  const z = 1.959963984540054;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

/** Rule 9, for the parts that need only the figure's values. */
function statsOf(values: Float64Array, n: number): Stats | null {
  if (n === 0) return null;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = plain(sum / n);
  if (n < 2) return { n, mean, min, max, sd: null, ci: null, agreement: null, diverge: false };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((values[i] as number) - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const margin = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return {
    n,
    mean,
    min,
    max,
    sd,
    ci: { low: plain(mean - margin), high: plain(mean + margin), margin },
    agreement: null,
    diverge: false,
  };
}

/** r_wg(J) from the mean ratio ρ of observed to uniform variance over J questions (rule 9). */
export function rwgJ(ratio: number, questions: number): number {
  if (!(questions >= 1) || !(ratio < 1)) return 0;
  const agreeing = questions * (1 - ratio);
  return agreeing / (agreeing + ratio);
}

/** Per-question facts, resolved once so scoring many respondents is a tight loop over arrays. */
interface Compiled {
  model: Model;
  questionIds: string[];
  index: Map<string, number>;
  /** Per question. */
  areaOf: Int32Array;
  weight: Float64Array;
  allowNA: Uint8Array;
  /**
   * Normalised values of small integer scales, all in one array: question q's value v is at
   * start[q] + v − lowest[q] when that is below start[q] + size[q] (NaN where no option).
   */
  table: Float64Array;
  start: Int32Array;
  size: Int32Array;
  lowest: Float64Array;
  /** Normalised value by option value, for the other scales (size 0). */
  lookup: (Map<number, number> | null)[];
  /** σ²_EU of the normalised options (rule 9). */
  uniformVariance: Float64Array;
  /** Per area. */
  questionsOf: Int32Array[];
  areaMin: Float64Array;
  areaSpan: Float64Array;
  areaWeight: Float64Array;
  areaBands: BandResult[][];
  overallBands: BandResult[];
  overallMin: number;
  overallMax: number;
  count: boolean;
  /** Per perspective id, per question: 1 when its respondents are asked it (rule 14). */
  masks: Map<string, Uint8Array>;
}

function bandResult(band: Band): BandResult {
  const { id, min, max, label, description, color } = band;
  return { id, min, max, label, description, color };
}

/** Rule 6: the index of the band that holds the value as shown, or -1. */
function bandIndex(bands: readonly BandResult[], value: number): number {
  const found = bandFor(bands as readonly Band[], asShown(value));
  return found === null ? -1 : bands.indexOf(found as BandResult);
}

function compile(model: Model): Compiled {
  const areaIndex = new Map(model.areas.map((area, index) => [area.id, index]));
  const scales = new Map(model.scales.map((scale) => [scale.id, scale]));
  const kept = model.questions.flatMap((question) => {
    const scale = scales.get(question.scale);
    const area = areaIndex.get(question.area);
    // parseModel guarantees both references; a hand-built model that breaks them is skipped.
    return scale === undefined || area === undefined ? [] : [{ question, scale, area }];
  });
  const count = kept.length;
  const areaOf = new Int32Array(count);
  const weight = new Float64Array(count);
  const allowNA = new Uint8Array(count);
  const lowest = new Float64Array(count);
  const uniformVariance = new Float64Array(count);
  const start = new Int32Array(count);
  const size = new Int32Array(count);
  const tables: number[] = [];
  const lookup: (Map<number, number> | null)[] = [];
  const shared = new Map<
    string,
    { start: number; size: number; lookup: Map<number, number> | null }
  >();
  const perArea: number[][] = model.areas.map(() => []);
  kept.forEach(({ question, scale, area }, q) => {
    const values = scale.options.map((option) => option.value);
    const low = Math.min(...values);
    const span = Math.max(...values) - low;
    const normalise = (value: number) => {
      const n = span === 0 ? 0 : (value - low) / span;
      return plain(question.reverse ? 1 - n : n);
    };
    const key = `${scale.id}\u0000${question.reverse}`;
    let found = shared.get(key);
    if (found === undefined) {
      const integers = values.every((value) => Number.isInteger(value)) && span <= 1024;
      if (integers) {
        found = { start: tables.length, size: span + 1, lookup: null };
        for (let offset = 0; offset <= span; offset++) tables.push(Number.NaN);
        for (const value of values) tables[found.start + value - low] = normalise(value);
      } else {
        found = {
          start: 0,
          size: 0,
          lookup: new Map(values.map((value) => [value, normalise(value)])),
        };
      }
      shared.set(key, found);
    }
    start[q] = found.start;
    size[q] = found.size;
    lookup.push(found.lookup);
    lowest[q] = low;
    areaOf[q] = area;
    weight[q] = question.weight;
    allowNA[q] = scale.allowNA ? 1 : 0;
    const normalised = values.map(normalise);
    const mean = normalised.reduce((sum, value) => sum + value, 0) / normalised.length;
    uniformVariance[q] =
      normalised.reduce((sum, value) => sum + (value - mean) ** 2, 0) / normalised.length;
    perArea[area]?.push(q);
  });
  const isCount =
    model.scoring.overall === "sum" &&
    model.areas.every((area, a) => {
      const questions = perArea[a] ?? [];
      const first = questions[0];
      return (
        first !== undefined &&
        area.range.min === 0 &&
        area.range.max === questions.length &&
        questions.every((q) => {
          const { scale, question } = kept[q] as (typeof kept)[number];
          return (
            scale.options.length === 2 &&
            !scale.allowNA &&
            question.weight === kept[first]?.question.weight
          );
        })
      );
    });
  const range = overallRange(model);
  const masks = new Map(
    (model.perspectives ?? []).map((perspective) => [
      perspective.id,
      Uint8Array.from(kept, ({ question }) =>
        question.perspectives === undefined || question.perspectives.includes(perspective.id)
          ? 1
          : 0,
      ),
    ]),
  );
  return {
    model,
    masks,
    questionIds: kept.map(({ question }) => question.id),
    index: new Map(kept.map(({ question }, q) => [question.id, q])),
    areaOf,
    weight,
    allowNA,
    table: Float64Array.from(tables),
    start,
    size,
    lowest,
    lookup,
    uniformVariance,
    questionsOf: perArea.map((questions) => Int32Array.from(questions)),
    areaMin: Float64Array.from(model.areas.map((area) => area.range.min)),
    areaSpan: Float64Array.from(model.areas.map((area) => area.range.max - area.range.min)),
    areaWeight: Float64Array.from(model.areas.map((area) => area.weight)),
    areaBands: model.areas.map((area) => areaBands(model, area).map(bandResult)),
    overallBands: model.bands.overall.map(bandResult),
    overallMin: range.min,
    overallMax: range.max,
    count: isCount,
  };
}

/** Rule 14: which questions a respondent is asked (1) or not (0); undefined when all of them. */
function maskOf(compiled: Compiled, respondent: RespondentAnswers): Uint8Array | undefined {
  const { perspective } = respondent;
  return perspective === undefined || perspective === null
    ? undefined
    : compiled.masks.get(perspective);
}

/** A cell holding N/A or don't know: a choice without a value. Values are 0..1, blanks NaN. */
const SKIPPED = -1;

/**
 * A record of the given keys, each an own property: plain assignment would make "__proto__" the
 * prototype. Records built key by key in the same order share one shape, which keeps them fast.
 */
function recordOf<T>(keys: readonly string[], values: readonly T[]): Record<string, T> {
  const record: Record<string, T> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key === "__proto__")
      Object.defineProperty(record, key, {
        value: values[i],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else record[key] = values[i] as T;
  }
  return record;
}

/** Every respondent's answers as one array of cells, respondent by respondent (rules 1–2). */
function readCells(compiled: Compiled, responses: Responses, problems: Problem[]): Float64Array {
  const Q = compiled.questionIds.length;
  const R = responses.respondents.length;
  const cells = new Float64Array(R * Q).fill(Number.NaN);
  const { index, table, start, size, lowest, lookup, allowNA, questionIds } = compiled;
  // Answers come in each record's key order, the same for records built alike: the question each
  // key names is remembered by position and checked by identity, sparing a lookup per cell.
  const seenKeys: string[] = [];
  const seenQuestions: number[] = [];
  for (let r = 0; r < R; r++) {
    const respondent = responses.respondents[r] as RespondentAnswers;
    const given = respondent.answers as Readonly<Record<string, unknown>>;
    const prototype: unknown = Object.getPrototypeOf(given);
    // for…in also lists what a record inherits: anything but a plain record is read by its own
    // keys into one first (Object.prototype has nothing enumerable).
    const answers =
      prototype === Object.prototype || prototype === null
        ? given
        : Object.fromEntries(Object.keys(given).map((key) => [key, given[key]]));
    const base = r * Q;
    let position = 0;
    let same = true;
    for (const key in answers) {
      let q: number;
      if (same && key === seenKeys[position]) q = seenQuestions[position] as number;
      else {
        same = false;
        q = index.get(key) ?? -1;
        seenKeys[position] = key;
        seenQuestions[position] = q;
      }
      position++;
      if (q < 0) {
        problems.push({ kind: "unknown-question", respondentId: respondent.id, questionId: key });
        continue;
      }
      const answer = answers[key];
      if (answer === null || answer === undefined) continue;
      if (typeof answer === "number") {
        const options = size[q] as number;
        let normalised = Number.NaN;
        if (options > 0) {
          const offset = answer - (lowest[q] as number);
          // A whole offset inside the table (NaN and fractions fail `| 0`, as do huge numbers).
          const whole = offset | 0;
          if (whole === offset && whole >= 0 && whole < options)
            normalised = table[(start[q] as number) + whole] as number;
        } else normalised = lookup[q]?.get(answer) ?? Number.NaN;
        if (!Number.isNaN(normalised)) {
          cells[base + q] = normalised;
          continue;
        }
      } else if (answer === "dk" || (answer === "na" && allowNA[q] === 1)) {
        cells[base + q] = SKIPPED;
        continue;
      } else if (answer === "na") {
        problems.push({
          kind: "na-not-allowed",
          respondentId: respondent.id,
          questionId: questionIds[q] as string,
        });
        continue;
      }
      problems.push({
        kind: "value-not-in-scale",
        respondentId: respondent.id,
        questionId: questionIds[q] as string,
        value: answer,
      });
    }
    seenKeys.length = position;
    seenQuestions.length = position;
  }
  return cells;
}

/**
 * Per respondent: area and overall scores (NaN where none), band indexes and tallies; and, per
 * unit (respondents without a group, then each group), per question, the count, sum and sum of
 * squares of the values of respondents who have the area's score — and apart, of those among
 * them who have no overall — for rule 9.
 */
interface Scored {
  areaScore: Float64Array;
  areaBand: Int32Array;
  overallScore: Float64Array;
  overallBand: Int32Array;
  valued: Int32Array;
  responded: Int32Array;
  /** Questions asked of each respondent, per area (R × A) (rule 14). */
  asked: Int32Array;
  areaNoBand: (NoBand | null)[];
  overallNoBand: (NoBand | null)[];
  sums: Float64Array[];
  results: RespondentResult[];
}

/** Indexes into Scored.sums: in the area's figure, then in it but not in the overall's. */
const N = 0;
const SUM = 1;
const SQUARES = 2;
const NOT_OVERALL = 3;

function noBandOf(
  responded: number,
  skipped: number,
  questions: number,
  minimum: number,
): NoBand | null {
  if (responded === 0) return null;
  return skipped > 0 && responded / questions >= minimum ? "few-applicable-answers" : "few-answers";
}

function scoreRespondents(
  compiled: Compiled,
  responses: Responses,
  cells: Float64Array,
  unitOf: Int32Array,
  units: number,
): Scored {
  const { model, questionsOf, areaMin, areaSpan, areaWeight, count, weight } = compiled;
  const A = model.areas.length;
  const Q = compiled.questionIds.length;
  const R = responses.respondents.length;
  const minimum = model.scoring.minCompleteness;
  const sum = model.scoring.overall === "sum";
  const areaIds = model.areas.map((area) => area.id);
  const areaScore = new Float64Array(R * A).fill(Number.NaN);
  const areaBand = new Int32Array(R * A).fill(-1);
  const overallScore = new Float64Array(R).fill(Number.NaN);
  const overallBand = new Int32Array(R).fill(-1);
  const valuedOf = new Int32Array(R * A);
  const respondedOf = new Int32Array(R * A);
  const askedOf = new Int32Array(R * A);
  const areaNoBand: (NoBand | null)[] = new Array(R * A).fill(null);
  const overallNoBand: (NoBand | null)[] = new Array(R).fill(null);
  const sums = Array.from({ length: 6 }, () => new Float64Array(units * Q));
  const [n, total, squares, outsideN, outsideTotal, outsideSquares] = sums as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const range = { min: compiled.overallMin, max: compiled.overallMax };
  const measures: Measure[] = new Array(A);
  const results = responses.respondents.map((respondent, r): RespondentResult => {
    const base = r * Q;
    const unit = (unitOf[r] as number) * Q;
    // Rule 14: a question not asked of the respondent's perspective is not theirs to answer.
    const mask = maskOf(compiled, respondent);
    let askedTotal = 0;
    let combined = 0;
    let weights = 0;
    let complete = true;
    let valuedAll = 0;
    let respondedAll = 0;
    let fewApplicable = false;
    for (let a = 0; a < A; a++) {
      const at = r * A + a;
      const questions = questionsOf[a] as Int32Array;
      let valued = 0;
      let skipped = 0;
      let asked = 0;
      let weightSum = 0;
      let weightedSum = 0;
      let plainSum = 0;
      for (let j = 0; j < questions.length; j++) {
        const q = questions[j] as number;
        if (mask !== undefined && mask[q] === 0) continue;
        asked++;
        const v = cells[base + q] as number;
        if (Number.isNaN(v)) continue;
        if (v < 0) {
          skipped++;
          continue;
        }
        const w = weight[q] as number;
        valued++;
        weightSum += w;
        weightedSum += w * v;
        plainSum += v;
        // Rule 9's sums, taken back below if the area has no score.
        n[unit + q] = (n[unit + q] as number) + 1;
        total[unit + q] = (total[unit + q] as number) + v;
        squares[unit + q] = (squares[unit + q] as number) + v * v;
      }
      const responded = valued + skipped;
      askedTotal += asked;
      const completeness = asked === 0 ? 0 : valued / asked;
      let score = Number.NaN;
      if (valued > 0 && completeness >= minimum) {
        score = count
          ? Math.round(plainSum)
          : plain((areaMin[a] as number) + (weightedSum / weightSum) * (areaSpan[a] as number));
      } else if (valued > 0) {
        for (let j = 0; j < questions.length; j++) {
          const q = questions[j] as number;
          if (mask !== undefined && mask[q] === 0) continue;
          const v = cells[base + q] as number;
          if (!(v >= 0)) continue;
          n[unit + q] = (n[unit + q] as number) - 1;
          total[unit + q] = (total[unit + q] as number) - v;
          squares[unit + q] = (squares[unit + q] as number) - v * v;
        }
      }
      valuedOf[at] = valued;
      respondedOf[at] = responded;
      askedOf[at] = asked;
      valuedAll += valued;
      respondedAll += responded;
      const bands = compiled.areaBands[a] as BandResult[];
      let band = -1;
      let noBand: NoBand | null = null;
      if (!Number.isNaN(score)) {
        band = bandIndex(bands, score);
        combined += sum ? score : (areaWeight[a] as number) * score;
        weights += areaWeight[a] as number;
      } else if (asked === 0) {
        // Not theirs to judge: a mean leaves the area out; a sum would be over fewer areas than
        // its range and bands assume, so there is none.
        noBand = "not-asked";
        if (sum) complete = false;
      } else {
        complete = false;
        noBand = noBandOf(responded, skipped, asked, minimum);
        if (noBand === "few-applicable-answers") fewApplicable = true;
      }
      areaScore[at] = score;
      areaBand[at] = band;
      areaNoBand[at] = noBand;
      measures[a] = {
        score: !Number.isNaN(score) ? score : null,
        min: model.areas[a]?.range.min as number,
        max: model.areas[a]?.range.max as number,
        band: band < 0 ? null : (bands[band] as BandResult),
        completeness,
        responded: asked === 0 ? 0 : responded / asked,
        sufficient: !Number.isNaN(score),
        noBand,
      };
    }
    const overall =
      complete && weights > 0 ? plain(sum ? combined : combined / weights) : Number.NaN;
    let band = -1;
    let noBand: NoBand | null = null;
    if (!Number.isNaN(overall)) band = bandIndex(compiled.overallBands, overall);
    else {
      if (respondedAll > 0) noBand = fewApplicable ? "few-applicable-answers" : "few-answers";
      // In some areas' figures but not in the overall's: counted apart, to take out for it.
      for (let a = 0; a < A; a++) {
        if (Number.isNaN(areaScore[r * A + a] as number)) continue;
        const questions = questionsOf[a] as Int32Array;
        for (let j = 0; j < questions.length; j++) {
          const q = questions[j] as number;
          if (mask !== undefined && mask[q] === 0) continue;
          const v = cells[base + q] as number;
          if (!(v >= 0)) continue;
          const at = unit + q;
          outsideN[at] = (outsideN[at] as number) + 1;
          outsideTotal[at] = (outsideTotal[at] as number) + v;
          outsideSquares[at] = (outsideSquares[at] as number) + v * v;
        }
      }
    }
    overallScore[r] = overall;
    overallBand[r] = band;
    overallNoBand[r] = noBand;
    return {
      id: respondent.id,
      name: respondent.name,
      group: respondent.group === undefined || respondent.group === "" ? null : respondent.group,
      overall: {
        score: !Number.isNaN(overall) ? overall : null,
        min: range.min,
        max: range.max,
        band: band < 0 ? null : (compiled.overallBands[band] as BandResult),
        completeness: askedTotal === 0 ? 0 : valuedAll / askedTotal,
        responded: askedTotal === 0 ? 0 : respondedAll / askedTotal,
        sufficient: !Number.isNaN(overall),
        noBand,
      },
      areas: recordOf(areaIds, measures),
    };
  });
  return {
    areaScore,
    areaBand,
    overallScore,
    overallBand,
    valued: valuedOf,
    responded: respondedOf,
    asked: askedOf,
    areaNoBand,
    overallNoBand,
    sums,
    results,
  };
}

/** ρ of rule 9 over the questions given (all when null), for a set made of the given units. */
function agreementOver(
  compiled: Compiled,
  sums: readonly Float64Array[],
  units: readonly number[],
  questions: Int32Array | null,
  overall: boolean,
): number | null {
  const Q = compiled.questionIds.length;
  const count = questions === null ? Q : questions.length;
  let ratios = 0;
  let used = 0;
  for (let i = 0; i < count; i++) {
    const q = questions === null ? i : (questions[i] as number);
    const uniform = compiled.uniformVariance[q] as number;
    if (!(uniform > 0)) continue;
    let n = 0;
    let total = 0;
    let squares = 0;
    for (const unit of units) {
      const at = unit * Q + q;
      n += sums[N]?.[at] as number;
      total += sums[SUM]?.[at] as number;
      squares += sums[SQUARES]?.[at] as number;
      if (overall) {
        n -= sums[NOT_OVERALL + N]?.[at] as number;
        total -= sums[NOT_OVERALL + SUM]?.[at] as number;
        squares -= sums[NOT_OVERALL + SQUARES]?.[at] as number;
      }
    }
    if (n < 2) continue;
    const variance = Math.max(0, (squares - (total * total) / n) / (n - 1));
    ratios += variance / uniform;
    used++;
  }
  return used === 0 ? null : rwgJ(ratios / used, used);
}

/** Rules 7–9 for one set of respondents: its members' indexes and the units they make up. */
function scoreSet(
  compiled: Compiled,
  scored: Scored,
  members: Int32Array,
  units: readonly number[],
  values: Float64Array,
  counts: Int32Array,
): { overall: SetMeasure; areas: Record<string, SetMeasure> } {
  const { model, questionsOf } = compiled;
  const A = model.areas.length;

  const figure = (
    scores: Float64Array,
    bandOf: Int32Array,
    stride: number,
    offset: number,
    bands: BandResult[],
    range: { min: number; max: number },
    cells: number,
    valued: number,
    responded: number,
    memberNoBand: (NoBand | null)[],
    questions: Int32Array | null,
  ): SetMeasure => {
    let n = 0;
    counts.fill(0);
    let fewApplicable = false;
    for (let i = 0; i < members.length; i++) {
      const at = (members[i] as number) * stride + offset;
      const score = scores[at] as number;
      if (Number.isNaN(score)) {
        if (memberNoBand[at] === "few-applicable-answers") fewApplicable = true;
        continue;
      }
      values[n++] = score;
      const band = bandOf[at] as number;
      if (band >= 0) counts[band] = (counts[band] as number) + 1;
    }
    const stats = statsOf(values, n);
    if (stats !== null && n >= 2) {
      const agreement = agreementOver(compiled, scored.sums, units, questions, questions === null);
      stats.agreement = agreement;
      stats.diverge = agreement !== null && agreement < AGREEMENT_THRESHOLD;
    }
    const score = stats === null ? null : stats.mean;
    const fallsIn = score === null ? -1 : bandIndex(bands, score);
    const unanimous = fallsIn >= 0 && counts[fallsIn] === n;
    const shown = compiled.count && !unanimous ? -1 : fallsIn;
    let noBand: NoBand | null = null;
    if (score === null) {
      if (responded > 0) noBand = fewApplicable ? "few-applicable-answers" : "few-answers";
      else if (cells === 0 && members.length > 0) noBand = "not-asked";
    } else if (shown < 0 && fallsIn >= 0) noBand = "count-mean";
    return {
      score,
      min: range.min,
      max: range.max,
      band: shown < 0 ? null : (bands[shown] as BandResult),
      completeness: cells === 0 ? 0 : valued / cells,
      responded: cells === 0 ? 0 : responded / cells,
      sufficient: score !== null,
      noBand,
      n,
      stats,
      bandCounts: bands.map((band, b) => ({ band, count: counts[b] as number })),
      fallsIn: fallsIn < 0 ? null : (bands[fallsIn] as BandResult),
    };
  };

  let valuedAll = 0;
  let respondedAll = 0;
  let askedAll = 0;
  const areas = model.areas.map((area, a) => {
    let valued = 0;
    let responded = 0;
    let asked = 0;
    for (let i = 0; i < members.length; i++) {
      const at = (members[i] as number) * A + a;
      valued += scored.valued[at] as number;
      responded += scored.responded[at] as number;
      asked += scored.asked[at] as number;
    }
    valuedAll += valued;
    respondedAll += responded;
    askedAll += asked;
    const questions = questionsOf[a] as Int32Array;
    return figure(
      scored.areaScore,
      scored.areaBand,
      A,
      a,
      compiled.areaBands[a] as BandResult[],
      area.range,
      asked,
      valued,
      responded,
      scored.areaNoBand,
      questions,
    );
  });
  const overall = figure(
    scored.overallScore,
    scored.overallBand,
    1,
    0,
    compiled.overallBands,
    { min: compiled.overallMin, max: compiled.overallMax },
    askedAll,
    valuedAll,
    respondedAll,
    scored.overallNoBand,
    null,
  );
  return {
    overall,
    areas: recordOf(
      model.areas.map((area) => area.id),
      areas,
    ),
  };
}

/**
 * Rule 10: which groups are shown, which hidden and why. Each group lies in one parent set (the
 * parent of its first member: Everyone, or a perspective); a parent that is shown must not reveal,
 * minus its shown groups, fewer than the minimum.
 */
function suppress(
  compiled: Compiled,
  scored: Scored,
  unitOf: Int32Array,
  sizes: readonly number[],
  names: readonly string[],
  minimum: number,
  parentOf: Int32Array,
  parentShown: readonly boolean[],
): ("too-small" | "reveals-smaller" | null)[] {
  const A = compiled.model.areas.length;
  const hidden: ("too-small" | "reveals-smaller" | null)[] = sizes.map((size) =>
    size < minimum ? "too-small" : null,
  );
  if (minimum <= 1 || names.length === 0) return hidden;
  const R = unitOf.length;
  const figures = A + 1;
  const parents = parentShown.length;
  const groupParent = new Int32Array(names.length).fill(-1);
  for (let r = 0; r < R; r++) {
    const g = (unitOf[r] as number) - 1;
    if (g >= 0 && groupParent[g] === -1) groupParent[g] = parentOf[r] as number;
  }
  const outside = new Int32Array(parents * figures);
  const inShown = new Uint8Array(figures * names.length);
  const inFigure = (r: number, f: number) => {
    const score = f < A ? scored.areaScore[r * A + f] : scored.overallScore[r];
    return !Number.isNaN(score);
  };
  for (;;) {
    outside.fill(0);
    inShown.fill(0);
    for (let r = 0; r < R; r++) {
      const g = (unitOf[r] as number) - 1;
      const shown = g >= 0 && hidden[g] === null;
      const parent = parentOf[r] as number;
      for (let f = 0; f < figures; f++) {
        if (!inFigure(r, f)) continue;
        if (shown) inShown[f * names.length + g] = 1;
        else outside[parent * figures + f] = (outside[parent * figures + f] as number) + 1;
      }
    }
    let pick = -1;
    for (let p = 0; p < parents * figures; p++) {
      const parent = Math.floor(p / figures);
      const f = p % figures;
      const left = outside[p] as number;
      if (!parentShown[parent] || left === 0 || left >= minimum) continue;
      for (let g = 0; g < names.length; g++) {
        if (groupParent[g] !== parent || inShown[f * names.length + g] !== 1) continue;
        const better =
          pick < 0 ||
          (sizes[g] as number) < (sizes[pick] as number) ||
          (sizes[g] === sizes[pick] && (names[g] as string) < (names[pick] as string));
        if (better) pick = g;
      }
    }
    if (pick < 0) return hidden;
    hidden[pick] = "reveals-smaller";
  }
}

/** Scores every respondent, every group and everyone. Problems are listed, never thrown. */
export function score(model: Model, responses: Responses, options: ScoreOptions = {}): ScoreResult {
  const compiled = compile(model);
  const problems: Problem[] = [];
  const cells = readCells(compiled, responses, problems);

  // Units: respondents without a group (0), then each group (1…) in order of first appearance.
  const names: string[] = [];
  const groupIndex = new Map<string, number>();
  const unitOf = Int32Array.from(responses.respondents, ({ group }) => {
    if (group === undefined || group === "") return 0;
    let g = groupIndex.get(group);
    if (g === undefined) {
      g = names.length;
      groupIndex.set(group, g);
      names.push(group);
    }
    return g + 1;
  });
  const scored = scoreRespondents(compiled, responses, cells, unitOf, names.length + 1);
  const respondents = scored.results;
  const values = new Float64Array(respondents.length);
  const counts = new Int32Array(
    Math.max(compiled.overallBands.length, ...compiled.areaBands.map((bands) => bands.length)),
  );
  const everyone = scoreSet(
    compiled,
    scored,
    Int32Array.from(respondents.keys()),
    Array.from({ length: names.length + 1 }, (_, unit) => unit),
    values,
    counts,
  );

  const sizes = names.map(() => 0);
  for (const unit of unitOf) if (unit > 0) sizes[unit - 1] = (sizes[unit - 1] as number) + 1;
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  // Rules 10 and 14: the sets groups are compared with. Without perspectives, Everyone; with
  // them, each perspective (the first always shown, the others from the minimum size), and apart
  // the respondents who have none, who form no set of their own.
  const declared = model.perspectives ?? [];
  const perspectiveIndex = new Map(declared.map((perspective, index) => [perspective.id, index]));
  const parentOf = Int32Array.from(responses.respondents, ({ perspective }) =>
    declared.length === 0 ? 0 : (perspectiveIndex.get(perspective ?? "") ?? declared.length),
  );
  const parentSizes = new Array<number>(declared.length + 1).fill(0);
  for (const parent of parentOf) parentSizes[parent] = (parentSizes[parent] as number) + 1;
  const parentShown =
    declared.length === 0
      ? [true]
      : [
          ...declared.map(
            (_, index) => index === 0 || (parentSizes[index] as number) >= minGroupSize,
          ),
          false,
        ];
  const hiddenAs = suppress(
    compiled,
    scored,
    unitOf,
    sizes,
    names,
    minGroupSize,
    parentOf,
    parentShown,
  );
  const groups: GroupResult[] = [];
  const hiddenGroups: HiddenGroup[] = [];
  names.forEach((group, g) => {
    const reason = hiddenAs[g];
    const size = sizes[g] as number;
    if (reason !== null && reason !== undefined) {
      const parent = parentOf[unitOf.indexOf(g + 1)] as number;
      hiddenGroups.push({ group, respondents: size, reason, within: declared[parent]?.id ?? null });
      return;
    }
    const members = new Int32Array(size);
    let at = 0;
    for (let r = 0; r < unitOf.length; r++) if (unitOf[r] === g + 1) members[at++] = r;
    const set = scoreSet(compiled, scored, members, [g + 1], values, counts);
    groups.push({ group, respondents: size, ...set });
  });

  // Rule 14: each perspective's respondents as a set; the first perspective's figures are the
  // assessment's own (band, target, priority, weakest areas, plan), never a pooled one.
  const perspectives: PerspectiveResult[] = declared.map((perspective, index) => {
    const members: number[] = [];
    const units = new Set<number>();
    responses.respondents.forEach((respondent, r) => {
      if (respondent.perspective !== perspective.id) return;
      members.push(r);
      units.add(unitOf[r] as number);
    });
    const set = scoreSet(compiled, scored, Int32Array.from(members), [...units], values, counts);
    return {
      perspective: perspective.id,
      name: perspective.name,
      respondents: members.length,
      hidden: !(parentShown[index] ?? false),
      ...set,
    };
  });
  const headline = perspectives[0] ?? everyone;
  const firstPerspective = model.perspectives?.[0]?.id;
  const themes = themeFigures(compiled, responses, cells, (r) =>
    firstPerspective === undefined
      ? true
      : responses.respondents[r]?.perspective === firstPerspective,
  );

  const targets = options.targets ?? {};
  for (const areaId of Object.keys(targets)) {
    if (!model.areas.some((area) => area.id === areaId))
      problems.push({ kind: "unknown-area", areaId });
  }
  const areas: AreaResult[] = model.areas.map((area) => {
    const set = ownValue(headline.areas, area.id) as SetMeasure;
    const given = ownValue(targets, area.id);
    const target = given === undefined ? null : plain(given);
    const gap = target === null || set.score === null ? null : plain(target - set.score);
    return {
      ...set,
      area: area.id,
      name: area.name,
      weight: area.weight,
      target,
      gap,
      priority: gap === null ? null : plain(area.weight * Math.max(gap, 0)),
    };
  });

  const { weakest, plan } = recommend(model, areas);
  return {
    modelId: model.id,
    modelVersion: model.version,
    countModel: compiled.count,
    minGroupSize,
    overall: headline.overall,
    areas,
    respondents,
    groups,
    hiddenGroups,
    groupGaps: groupGaps(model, groups),
    perspectives,
    perceptionGaps: perceptionGaps(model, perspectives),
    themes,
    completeness: everyone.overall.completeness,
    recommendations: plan,
    weakest,
    problems,
  };
}

/** Rule 15: each theme's figure over the respondents `inSet` admits. */
function themeFigures(
  compiled: Compiled,
  responses: Responses,
  cells: Float64Array,
  inSet: (respondent: number) => boolean,
): ThemeResult[] {
  const { model, weight } = compiled;
  const Q = compiled.questionIds.length;
  const themes = new Map<string, { name: Localized; questions: number[] }>();
  const byId = new Map(model.questions.map((question) => [question.id, question]));
  compiled.questionIds.forEach((id, q) => {
    const theme = byId.get(id)?.theme;
    if (theme === undefined) return;
    const key = `${theme.it}\u0000${theme.en}`;
    const found = themes.get(key);
    if (found === undefined) themes.set(key, { name: theme, questions: [q] });
    else found.questions.push(q);
  });
  const mean = model.scoring.overall === "weightedMean";
  const min = mean ? (compiled.areaMin[0] ?? 0) : 0;
  const span = mean ? (compiled.areaSpan[0] ?? 1) : 100;
  const minimum = model.scoring.minCompleteness;
  const values = new Float64Array(responses.respondents.length);
  return [...themes.values()].map(({ name, questions }) => {
    let n = 0;
    responses.respondents.forEach((respondent, r) => {
      if (!inSet(r)) return;
      const mask = maskOf(compiled, respondent);
      let asked = 0;
      let valued = 0;
      let weights = 0;
      let total = 0;
      for (const q of questions) {
        if (mask !== undefined && mask[q] === 0) continue;
        asked++;
        const v = cells[r * Q + q] as number;
        if (!(v >= 0)) continue;
        valued++;
        weights += weight[q] as number;
        total += (weight[q] as number) * v;
      }
      if (valued === 0 || valued / asked < minimum) return;
      values[n++] = plain(min + (total / weights) * span);
    });
    const stats = statsOf(values, n);
    return { name, score: stats?.mean ?? null, min, max: min + span, n, stats };
  });
}

/** Rule 14: per area, the first perspective's figure minus each other's, where both exist. */
function perceptionGaps(model: Model, perspectives: readonly PerspectiveResult[]): PerceptionGap[] {
  const [first, ...rest] = perspectives;
  const others = rest.filter((other) => !other.hidden);
  if (first === undefined) return [];
  const gaps: PerceptionGap[] = [];
  for (const area of model.areas) {
    const own = ownValue(first.areas, area.id);
    if (own === undefined || own.score === null) continue;
    for (const other of others) {
      const theirs = ownValue(other.areas, area.id);
      if (theirs === undefined || theirs.score === null) continue;
      gaps.push({
        area: area.id,
        from: { perspective: first.perspective, score: own.score, n: own.n },
        to: { perspective: other.perspective, score: theirs.score, n: theirs.n },
        gap: plain(own.score - theirs.score),
      });
    }
  }
  return gaps;
}

function groupGaps(model: Model, groups: readonly GroupResult[]): GroupGap[] {
  const gaps: GroupGap[] = [];
  for (const area of model.areas) {
    let high: GroupGap["high"] | null = null;
    let low: GroupGap["low"] | null = null;
    for (const group of groups) {
      const figure = ownValue(group.areas, area.id);
      if (figure === undefined || figure.score === null) continue;
      const side = { group: group.group, score: figure.score, n: figure.n };
      if (high === null || side.score > high.score) high = side;
      if (low === null || side.score < low.score) low = side;
    }
    if (high !== null && low !== null && high.group !== low.group) {
      gaps.push({ area: area.id, high, low, gap: plain(high.score - low.score) });
    }
  }
  return gaps;
}

/** Rule 12. */
function recommend(
  model: Model,
  areas: readonly AreaResult[],
): { weakest: AreaRecommendation[]; plan: AreaRecommendation[] } {
  const listed = areas.flatMap((area): AreaRecommendation[] => {
    const band = area.fallsIn;
    if (area.score === null || band === null) return [];
    const found = model.recommendations.find(
      (recommendation) => recommendation.area === area.area && recommendation.band === band.id,
    );
    if (found === undefined) return [];
    const span = area.max - area.min;
    return [
      {
        area: area.area,
        band: band.id,
        text: found.text,
        score: area.score,
        priority: area.priority,
        position: plain(span === 0 ? 0 : (area.score - area.min) / span),
      },
    ];
  });
  // Array.prototype.sort is stable: ties keep the model's order.
  const weakest = [...listed].sort((a, b) => a.position - b.position);
  const plan = [...weakest].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  return { weakest, plan };
}
