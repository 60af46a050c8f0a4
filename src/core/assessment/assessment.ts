/** An assessment: one model applied to one client, with its respondents and targets. */

import type { Model, Question, Scale } from "../model/schema";
import type { Lang } from "../texts/i18n";
import { t } from "../texts/messages";
import { ownValue } from "./scoring";

export interface Respondent {
  /** Stable within the assessment ("r1", "r2", …); ties an answer column to its person. */
  id: string;
  name: string;
  /** e.g. "Direzione", "Front line", "Clienti"; empty when not grouped. */
  group: string;
  /**
   * The Google account the respondent answers with, when the consultant gave it: their answer and
   * notes columns are then protected so that only they, the owner and the consultants edit them.
   */
  email?: string;
}

export interface AssessmentSettings {
  clientName: string;
  /** The language of the generated sheets. */
  lang: Lang;
  respondents: Respondent[];
  /** Target score per area id, on the area's range. */
  targets: Record<string, number>;
  /**
   * Each respondent has their own notes column (questionnaires made since notes were per
   * respondent); unset on older ones, which share one notes column.
   */
  notesPerRespondent?: boolean;
  /**
   * The perspective (a model perspective's id) each respondent group answers from, by group name:
   * "Clienti" → "customer". Unset on assessments of models without perspectives, and on older ones.
   */
  perspectives?: Record<string, string>;
  /** Groups smaller than this are not shown by themselves in the Results (scoring's default: 3). */
  minGroupSize?: number;
  /** Whether the Results list each respondent's scores (decided at create; see the contract). */
  showRespondentScores?: boolean;
}

export interface AnswerOption {
  label: string;
  /** An option's value, "dk" for don't know, "na" for not applicable. */
  value: number | "dk" | "na";
}

/**
 * What a respondent picks in a dropdown (the model's labels, as written), and what each means: the
 * options, then "Don't know" and "N/A" where the scale offers them.
 */
export function answerOptions(scale: Scale, lang: Lang): AnswerOption[] {
  const options: AnswerOption[] = scale.options.map((option) => ({
    label: option.label[lang],
    value: option.value,
  }));
  if (scale.allowDontKnow === true) options.push({ label: t(lang, "dkLabel"), value: "dk" });
  if (scale.allowNA) options.push({ label: t(lang, "naLabel"), value: "na" });
  return options;
}

/** The perspective a respondent answers from (their group's), or null when their group has none. */
export function perspectiveOf(settings: AssessmentSettings, respondent: Respondent): string | null {
  const mapping = settings.perspectives;
  if (mapping === undefined) return null;
  // Own entries only: a group called "constructor" is a group like any other.
  return ownValue(mapping, respondent.group) ?? null;
}

/**
 * Whether a respondent answering from `perspective` is asked `question`. Without a perspective
 * (null), and in a model without perspectives (no question names any), everything is asked.
 */
export function isAsked(question: Question, perspective: string | null): boolean {
  return (
    perspective === null ||
    question.perspectives === undefined ||
    question.perspectives.includes(perspective)
  );
}

export function scaleOf(model: Model, scaleId: string): Scale {
  const scale = model.scales.find((candidate) => candidate.id === scaleId);
  // parseModel guarantees every question's scale exists.
  if (scale === undefined) throw new Error(`scale ${scaleId} missing from model ${model.id}`);
  return scale;
}

/** New respondents with ids that continue after the existing ones ("r4", "r5", …). */
export function withRespondentIds(
  existing: readonly Respondent[],
  people: readonly { name: string; group: string; email?: string | undefined }[],
): Respondent[] {
  const used = existing
    .map((respondent) => Number(respondent.id.replace(/^r/, "")))
    .filter(Number.isFinite);
  const start = used.length === 0 ? 1 : Math.max(...used) + 1;
  return people.map((person, index) => ({
    id: `r${start + index}`,
    name: person.name,
    group: person.group,
    // An empty field means no email: the column stays open to every editor, as without emails.
    ...(person.email ? { email: person.email } : {}),
  }));
}
