/**
 * What the sidebar shows of an assessment, and what a scoring run keeps in the record for it:
 * plain data made from the stored record and the pure results, so it crosses google.script.run.
 */
import type { AssessmentSummary } from "../contract/contract";
import { t } from "../texts/messages";
import { isAsked, perspectiveOf, type Respondent } from "./assessment";
import { ownValue, type ScoreResult } from "./scoring";
import type { LastScore, StoredAssessment } from "./storage";

/** What the sidebar shows of an assessment; `answered` is null when the questionnaire is unreadable. */
export function summarize(
  record: StoredAssessment,
  answered: Readonly<Record<string, number>> | null,
  issue: string | null,
): AssessmentSummary {
  // Each respondent is asked the questions of their perspective (all, without perspectives).
  const totalOf = (respondent: Respondent) => {
    const perspective = perspectiveOf(record.settings, respondent);
    return record.model.questions.filter((question) => isAsked(question, perspective)).length;
  };
  return {
    id: record.id,
    clientName: record.settings.clientName,
    lang: record.settings.lang,
    createdAt: record.createdAt,
    model: { id: record.model.id, version: record.model.version, name: record.model.name },
    questionnaireSheet: record.sheets.questionnaire.name,
    resultsSheet: record.sheets.results?.name ?? null,
    respondents:
      answered === null
        ? null
        : record.settings.respondents.map((respondent) => ({
            id: respondent.id,
            name: respondent.name,
            group: respondent.group,
            answered: ownValue(answered, respondent.id) ?? 0,
            total: totalOf(respondent),
          })),
    lastScore: record.lastScore,
    issue,
  };
}

/** Grey, for what the sidebar shows in a band's place when a figure has none. */
const NO_BAND_COLOR = "#9aa0a6";

/**
 * The overall's band as the sidebar shows it. A count model's mean without a band, or an overall
 * missing for N/A answers, says so in the band's place, rather than "insufficient answers".
 */
function bandShown(result: ScoreResult): LastScore["band"] {
  const { band, noBand } = result.overall;
  if (band !== null) return { label: band.label, color: band.color };
  const key =
    noBand === "count-mean"
      ? "rCountMean"
      : noBand === "few-applicable-answers"
        ? "rNotApplicable"
        : null;
  if (key === null) return null;
  return { label: { it: t("it", key), en: t("en", key) }, color: NO_BAND_COLOR };
}

export function lastScoreOf(
  result: ScoreResult,
  problems: number,
  at: string,
  displayDate: string,
): LastScore {
  return {
    at,
    displayDate,
    overall: result.overall.score,
    min: result.overall.min,
    max: result.overall.max,
    band: bandShown(result),
    completeness: result.overall.completeness,
    areas: result.areas.map((area) => ({
      id: area.area,
      name: area.name,
      score: area.score,
      min: area.min,
      max: area.max,
      color: area.band?.color ?? null,
    })),
    problems,
  };
}
