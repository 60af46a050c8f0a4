/**
 * What the sidebar shows of an assessment, and what a scoring run keeps in the record for it:
 * plain data made from the stored record and the pure results, so it crosses google.script.run.
 */
import type { AssessmentSummary } from "../contract/contract";
import { ownValue, type ScoreResult } from "./scoring";
import type { LastScore, StoredAssessment } from "./storage";

/** What the sidebar shows of an assessment; `answered` is null when the questionnaire is unreadable. */
export function summarize(
  record: StoredAssessment,
  answered: Readonly<Record<string, number>> | null,
  issue: string | null,
): AssessmentSummary {
  const total = record.model.questions.length;
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
            ...respondent,
            answered: ownValue(answered, respondent.id) ?? 0,
            total,
          })),
    lastScore: record.lastScore,
    issue,
  };
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
    band:
      result.overall.band === null
        ? null
        : { label: result.overall.band.label, color: result.overall.band.color },
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
