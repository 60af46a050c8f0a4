/**
 * What the end-to-end flows (browser and sandbox) share about a generated questionnaire: where
 * the questions are, which labels the dropdowns offer, and the score two opposite respondents give.
 */
import type { Model } from "../../src/core/model/schema";
import type { MemoryWorkbook } from "../../src/memory-sheets";

/** The respondents of every flow: Anna answers the top option everywhere, Carlo the bottom one. */
export const RESPONDENTS: readonly (readonly [name: string, group: string])[] = [
  ["Anna", "Direzione"],
  ["Carlo", "Clienti"],
];

/** The Italian labels of the model's first scale, lowest first, as the dropdowns offer them. */
export function answerLabels(model: Model): { bottom: string; top: string; all: string[] } {
  const all = model.scales[0]?.options.map((option) => option.label.it) ?? [];
  return { bottom: all[0] ?? "", top: all[all.length - 1] ?? "", all };
}

/** The 1-based rows whose column A holds one of the model's question ids, top to bottom. */
export function questionRows(workbook: MemoryWorkbook, sheet: string, model: Model): number[] {
  const ids = new Set(model.questions.map((question) => question.id));
  return workbook
    .values(sheet)
    .flatMap((row, index) => (ids.has(String(row[0] ?? "")) ? [index + 1] : []));
}

/**
 * The overall score when one respondent answers the top option everywhere and the other the bottom
 * one: everyone's mean is the middle of the overall range.
 */
export function middleScore(model: Model): number {
  const { min, max } =
    model.scoring.overall === "sum"
      ? {
          min: model.areas.reduce((sum, area) => sum + area.range.min, 0),
          max: model.areas.reduce((sum, area) => sum + area.range.max, 0),
        }
      : (model.areas[0]?.range ?? { min: 0, max: 0 });
  return (min + max) / 2;
}

/** A number as the Italian sheets and sidebar show it ("2,5"). */
export const shownNumber = (text: string): number => Number(text.replace(",", "."));

/** The row of a question on the questionnaire, found as a person would: by its id in column A. */
export function questionRow(workbook: MemoryWorkbook, sheet: string, questionId: string): number {
  const index = workbook.values(sheet).findIndex((row) => row[0] === questionId);
  if (index < 0) throw new Error(`no row for ${questionId}`);
  return index + 1;
}
