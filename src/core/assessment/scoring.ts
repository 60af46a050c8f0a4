/**
 * Scoring: every rule of how answers become scores, bands, gaps and priorities lives here.
 *
 * - An answer is normalised on its scale to 0..1 ((value − lowest) / (highest − lowest)); a
 *   reverse-scored question flips it (1 − n). "N/A" counts in neither numerator nor denominator.
 * - An area's score is the question-weighted mean of its normalised answers, projected on the area's
 *   range: min + mean × (max − min). With a yes/no scale on 0..N that is the number of yes.
 * - Completeness is the share of cells answered (N/A counts as answered). Below the model's minimum
 *   an area gets no band ("insufficient answers"); so does the overall when any area is insufficient.
 * - Overall = sum of area scores ("sum", null while any area has no score) or their area-weighted
 *   mean ("weightedMean").
 * - Several respondents: the area score of a set (a group, everyone) is the mean of the area scores
 *   of its respondents who answered enough of that area (their own completeness at least the
 *   minimum; when nobody did, of all who answered, and the set gets no band), with their spread;
 *   the overall of a set is combined from its area scores.
 * - Target → gap = target − score; priority = area weight × max(gap, 0).
 * Results keep full precision; rounding is for display only.
 *
 * Ids (areas, questions, respondents) are read from records only as own properties and records are
 * built with Object.fromEntries: an id such as "constructor" or "__proto__" is an id like any other.
 */

import {
  type Area,
  areaBands,
  type Band,
  bandFor,
  type Model,
  overallRange,
} from "../model/schema";
import type { Localized } from "../texts/i18n";

/** An option's value, "na" for not applicable, null (or absent) for unanswered. */
export type Answer = number | "na" | null;

export interface RespondentAnswers {
  id: string;
  name: string;
  group?: string | undefined;
  answers: Readonly<Record<string, Answer | undefined>>;
}

export interface Responses {
  respondents: readonly RespondentAnswers[];
}

export interface ScoreOptions {
  /** Target score per area id, on the area's range. */
  targets?: Readonly<Record<string, number>>;
}

export interface BandResult {
  id: string;
  min: number;
  max: number;
  label: Localized;
  description: Localized;
  color: string;
}

export interface Measure {
  /** Null when nothing scorable was answered. */
  score: number | null;
  min: number;
  max: number;
  /** Null when the score is missing or completeness is below the model's minimum. */
  band: BandResult | null;
  /** Share of cells answered (N/A included), 0..1. */
  completeness: number;
  sufficient: boolean;
}

/** How far respondents disagree: population standard deviation over the respondents with a score. */
export interface Spread {
  n: number;
  mean: number;
  min: number;
  max: number;
  sd: number;
}

export interface SetMeasure extends Measure {
  spread: Spread | null;
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

export interface GroupGap {
  area: string;
  high: { group: string; score: number };
  low: { group: string; score: number };
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
}

export interface ScoreResult {
  modelId: string;
  modelVersion: string;
  overall: SetMeasure;
  areas: AreaResult[];
  respondents: RespondentResult[];
  groups: GroupResult[];
  groupGaps: GroupGap[];
  /** Recommendations of the areas that have a band, weakest (or highest priority) first. */
  recommendations: AreaRecommendation[];
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

/**
 * The score a band is looked up with: binary floating noise removed (1.7999999999999998 → 1.8), so
 * boundaries hold as the model writes them. Results keep the unrounded score.
 */
function forBanding(value: number): number {
  return Number(value.toPrecision(12));
}

function bandResult(band: Band | null): BandResult | null {
  if (band === null) return null;
  const { id, min, max, label, description, color } = band;
  return { id, min, max, label, description, color };
}

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { n: values.length, mean, min, max, sd: Math.sqrt(squares / values.length) };
}

/** Per-question facts, resolved once so scoring many respondents is a tight loop. */
interface CompiledQuestion {
  id: string;
  areaIndex: number;
  weight: number;
  allowNA: boolean;
  /** Normalised 0..1 value of each option value (reverse already applied). */
  normalised: Map<number, number>;
}

interface CompiledModel {
  model: Model;
  questions: CompiledQuestion[];
  byId: Map<string, CompiledQuestion>;
  questionsPerArea: number[];
}

function compile(model: Model): CompiledModel {
  const areaIndex = new Map(model.areas.map((area, index) => [area.id, index]));
  const scales = new Map(model.scales.map((scale) => [scale.id, scale]));
  const questionsPerArea = model.areas.map(() => 0);
  const questions: CompiledQuestion[] = [];
  for (const question of model.questions) {
    const scale = scales.get(question.scale);
    const index = areaIndex.get(question.area);
    // parseModel guarantees both references; a hand-built model that breaks them is skipped.
    if (scale === undefined || index === undefined) continue;
    const values = scale.options.map((option) => option.value);
    const lowest = Math.min(...values);
    const span = Math.max(...values) - lowest;
    const normalised = new Map<number, number>();
    for (const value of values) {
      const n = span === 0 ? 0 : (value - lowest) / span;
      normalised.set(value, question.reverse ? 1 - n : n);
    }
    questionsPerArea[index] = (questionsPerArea[index] ?? 0) + 1;
    questions.push({
      id: question.id,
      areaIndex: index,
      weight: question.weight,
      allowNA: scale.allowNA,
      normalised,
    });
  }
  return { model, questions, byId: new Map(questions.map((q) => [q.id, q])), questionsPerArea };
}

/** What one respondent gave in one area, before it becomes a score. */
interface AreaTally {
  answered: number;
  weightSum: number;
  weightedSum: number;
}

function tallyRespondent(
  compiled: CompiledModel,
  respondent: RespondentAnswers,
  problems: Problem[],
): AreaTally[] {
  const tallies = compiled.model.areas.map(() => ({ answered: 0, weightSum: 0, weightedSum: 0 }));
  for (const question of compiled.questions) {
    const answer = ownValue(respondent.answers, question.id);
    if (answer === null || answer === undefined) continue;
    const tally = tallies[question.areaIndex] as AreaTally;
    if (answer === "na") {
      if (question.allowNA) tally.answered += 1;
      else
        problems.push({
          kind: "na-not-allowed",
          respondentId: respondent.id,
          questionId: question.id,
        });
      continue;
    }
    const normalised = typeof answer === "number" ? question.normalised.get(answer) : undefined;
    if (normalised === undefined) {
      problems.push({
        kind: "value-not-in-scale",
        respondentId: respondent.id,
        questionId: question.id,
        value: answer,
      });
      continue;
    }
    tally.answered += 1;
    tally.weightSum += question.weight;
    tally.weightedSum += question.weight * normalised;
  }
  for (const questionId of Object.keys(respondent.answers)) {
    if (!compiled.byId.has(questionId)) {
      problems.push({ kind: "unknown-question", respondentId: respondent.id, questionId });
    }
  }
  return tallies;
}

function measure(
  score: number | null,
  completeness: number,
  bands: readonly Band[],
  range: { min: number; max: number },
  minCompleteness: number,
  otherwiseSufficient = true,
): Measure {
  const sufficient = otherwiseSufficient && score !== null && completeness >= minCompleteness;
  return {
    score,
    min: range.min,
    max: range.max,
    band: sufficient && score !== null ? bandResult(bandFor(bands, forBanding(score))) : null,
    completeness,
    sufficient,
  };
}

/** Combines area scores into the overall score by the model's rule. */
function combineAreas(model: Model, scores: readonly (number | null)[]): number | null {
  if (model.scoring.overall === "sum") {
    if (scores.some((score) => score === null)) return null;
    return scores.reduce<number>((sum, score) => sum + (score ?? 0), 0);
  }
  let weightSum = 0;
  let weighted = 0;
  model.areas.forEach((area, index) => {
    const score = scores[index];
    if (score === null || score === undefined) return;
    weightSum += area.weight;
    weighted += area.weight * score;
  });
  return weightSum === 0 ? null : weighted / weightSum;
}

function areaScore(area: Area, tally: AreaTally): number | null {
  if (tally.weightSum === 0) return null;
  const mean = tally.weightedSum / tally.weightSum;
  return area.range.min + mean * (area.range.max - area.range.min);
}

function scoreRespondent(
  compiled: CompiledModel,
  respondent: RespondentAnswers,
  tallies: AreaTally[],
) {
  const { model } = compiled;
  const minimum = model.scoring.minCompleteness;
  const measures: Measure[] = [];
  const scores: (number | null)[] = [];
  let answered = 0;
  model.areas.forEach((area, index) => {
    const tally = tallies[index] as AreaTally;
    const total = compiled.questionsPerArea[index] ?? 0;
    const score = areaScore(area, tally);
    scores.push(score);
    answered += tally.answered;
    measures.push(
      measure(
        score,
        total === 0 ? 0 : tally.answered / total,
        areaBands(model, area),
        area.range,
        minimum,
      ),
    );
  });
  // fromEntries defines own properties: assigning areas["__proto__"] would set the prototype.
  const areas = Object.fromEntries(
    model.areas.map((area, index) => [area.id, measures[index] as Measure]),
  );
  const allSufficient = measures.every((area) => area.sufficient);
  const overall = measure(
    combineAreas(model, scores),
    compiled.questions.length === 0 ? 0 : answered / compiled.questions.length,
    model.bands.overall,
    overallRange(model),
    minimum,
    allSufficient,
  );
  return {
    id: respondent.id,
    name: respondent.name,
    group: respondent.group === undefined || respondent.group === "" ? null : respondent.group,
    overall,
    areas,
  };
}

/** Aggregates a set of respondents (everyone, or one group) into area and overall measures. */
function scoreSet(
  compiled: CompiledModel,
  members: readonly RespondentResult[],
  tallies: readonly AreaTally[][],
): { overall: SetMeasure; areas: Record<string, SetMeasure> } {
  const { model } = compiled;
  const minimum = model.scoring.minCompleteness;
  const measures: SetMeasure[] = [];
  const scores: (number | null)[] = [];
  let answered = 0;
  model.areas.forEach((area, index) => {
    const sufficient: number[] = [];
    const provisional: number[] = [];
    let areaAnswered = 0;
    members.forEach((member, m) => {
      const own = ownValue(member.areas, area.id);
      if (own !== undefined && own.score !== null)
        (own.sufficient ? sufficient : provisional).push(own.score);
      areaAnswered += tallies[m]?.[index]?.answered ?? 0;
    });
    // A respondent who answered too little of this area does not move the set's score; only when
    // nobody answered enough is the score provisional (and then the set has no band either).
    const values = sufficient.length > 0 ? sufficient : provisional;
    answered += areaAnswered;
    const spread = spreadOf(values);
    const cells = members.length * (compiled.questionsPerArea[index] ?? 0);
    const score = spread === null ? null : spread.mean;
    scores.push(score);
    measures.push({
      ...measure(
        score,
        cells === 0 ? 0 : areaAnswered / cells,
        areaBands(model, area),
        area.range,
        minimum,
      ),
      spread,
    });
  });
  // fromEntries defines own properties: assigning areas["__proto__"] would set the prototype.
  const areas = Object.fromEntries(
    model.areas.map((area, index) => [area.id, measures[index] as SetMeasure]),
  );
  const overallValues = members
    .map((member) => member.overall.score)
    .filter((score): score is number => score !== null);
  const cells = members.length * compiled.questions.length;
  const allSufficient = measures.every((area) => area.sufficient);
  return {
    overall: {
      ...measure(
        combineAreas(model, scores),
        cells === 0 ? 0 : answered / cells,
        model.bands.overall,
        overallRange(model),
        minimum,
        allSufficient,
      ),
      spread: spreadOf(overallValues),
    },
    areas,
  };
}

/** Scores every respondent, every group and everyone. Problems are listed, never thrown. */
export function score(model: Model, responses: Responses, options: ScoreOptions = {}): ScoreResult {
  const compiled = compile(model);
  const problems: Problem[] = [];
  const tallies = responses.respondents.map((respondent) =>
    tallyRespondent(compiled, respondent, problems),
  );
  const respondents = responses.respondents.map((respondent, index) =>
    scoreRespondent(compiled, respondent, tallies[index] as AreaTally[]),
  );
  const everyone = scoreSet(compiled, respondents, tallies);

  const groupNames: string[] = [];
  for (const respondent of respondents) {
    if (respondent.group !== null && !groupNames.includes(respondent.group)) {
      groupNames.push(respondent.group);
    }
  }
  const groups: GroupResult[] = groupNames.map((group) => {
    const indexes = respondents.flatMap((respondent, index) =>
      respondent.group === group ? [index] : [],
    );
    const set = scoreSet(
      compiled,
      indexes.map((index) => respondents[index] as RespondentResult),
      indexes.map((index) => tallies[index] as AreaTally[]),
    );
    return { group, respondents: indexes.length, ...set };
  });

  const targets = options.targets ?? {};
  for (const areaId of Object.keys(targets)) {
    if (!model.areas.some((area) => area.id === areaId))
      problems.push({ kind: "unknown-area", areaId });
  }
  const areas: AreaResult[] = model.areas.map((area) => {
    const set = ownValue(everyone.areas, area.id) as SetMeasure;
    const target = ownValue(targets, area.id) ?? null;
    const gap = target === null || set.score === null ? null : target - set.score;
    return {
      ...set,
      area: area.id,
      name: area.name,
      weight: area.weight,
      target,
      gap,
      priority: gap === null ? null : area.weight * Math.max(gap, 0),
    };
  });

  return {
    modelId: model.id,
    modelVersion: model.version,
    overall: everyone.overall,
    areas,
    respondents,
    groups,
    groupGaps: groupGaps(model, groups),
    recommendations: recommend(model, areas),
    problems,
  };
}

function groupGaps(model: Model, groups: readonly GroupResult[]): GroupGap[] {
  const gaps: GroupGap[] = [];
  for (const area of model.areas) {
    let high: GroupGap["high"] | null = null;
    let low: GroupGap["low"] | null = null;
    for (const group of groups) {
      const score = ownValue(group.areas, area.id)?.score;
      if (score === null || score === undefined) continue;
      if (high === null || score > high.score) high = { group: group.group, score };
      if (low === null || score < low.score) low = { group: group.group, score };
    }
    if (high !== null && low !== null && high.group !== low.group) {
      gaps.push({ area: area.id, high, low, gap: high.score - low.score });
    }
  }
  return gaps;
}

/** Weakest first: by priority when targets were set, else by the score's position in its range. */
function recommend(model: Model, areas: readonly AreaResult[]): AreaRecommendation[] {
  const position = (area: AreaResult) =>
    ((area.score ?? area.min) - area.min) / (area.max - area.min);
  return areas
    .filter((area) => area.band !== null && area.score !== null)
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || position(a) - position(b))
    .flatMap((area) => {
      const found = model.recommendations.find(
        (recommendation) =>
          recommendation.area === area.area && recommendation.band === area.band?.id,
      );
      if (found === undefined || area.band === null || area.score === null) return [];
      return [
        {
          area: area.area,
          band: area.band.id,
          text: found.text,
          score: area.score,
          priority: area.priority,
        },
      ];
    });
}
