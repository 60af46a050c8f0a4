/** An assessment: one model applied to one client, with its respondents and targets. */

import type { Model, Scale } from "../model/schema";
import type { Lang } from "../texts/i18n";
import { t } from "../texts/messages";

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
}

export interface AnswerOption {
  label: string;
  value: number | "na";
}

/** What a respondent picks in a dropdown (the model's labels, as written), and what each means. */
export function answerOptions(scale: Scale, lang: Lang): AnswerOption[] {
  const options: AnswerOption[] = scale.options.map((option) => ({
    label: option.label[lang],
    value: option.value,
  }));
  if (scale.allowNA) options.push({ label: t(lang, "naLabel"), value: "na" });
  return options;
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
