/**
 * Reads a questionnaire's cells back into answers. Rows are found by the question id in column A
 * and columns by the respondent ids in the hidden id row, so sorted, moved or hidden rows and moved
 * columns still score. Every cell that cannot be read becomes a problem with its address.
 */

import { a1 } from "../layout/a1";
import { RESPONDENT_ID_MARKER } from "../layout/questionnaire";
import type { Model } from "../model/schema";
import { LANGS } from "../texts/i18n";
import { type AnswerOption, type AssessmentSettings, answerOptions, scaleOf } from "./assessment";
import type { Answer, Responses } from "./scoring";

export type SheetProblemKind =
  | "unreadable-answer"
  | "missing-question-row"
  | "duplicate-question-row"
  | "missing-respondent-column";

export interface SheetProblem {
  kind: SheetProblemKind;
  /** A1 address on the questionnaire, when the problem has a cell. */
  cell: string | null;
  questionId?: string;
  respondentId?: string;
  /** What the cell holds, as text. */
  value?: string;
}

export interface ReadAnswers {
  responses: Responses;
  problems: SheetProblem[];
  /** Answers given (N/A included) per respondent id. */
  answered: Record<string, number>;
  /** The 1-based column where each respondent's answers were found. */
  columns: Record<string, number>;
}

export class DamagedQuestionnaireError extends Error {
  constructor() {
    super("The questionnaire's respondent-id row is missing");
    this.name = "DamagedQuestionnaireError";
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

/**
 * Every way a cell may say an option: its label in either language, or the bare value typed as a
 * number. Labels win: a bare value counts only where no label reads the same, so a scale labelled
 * "1".."5" for values 0..4 is read by its labels.
 */
function optionLookup(options: readonly AnswerOption[][]): Map<string, number | "na"> {
  const lookup = new Map<string, number | "na">();
  for (const list of options) {
    for (const option of list) lookup.set(option.label.toLowerCase(), option.value);
  }
  for (const list of options) {
    for (const option of list) {
      const bare = String(option.value);
      if (option.value !== "na" && !lookup.has(bare)) lookup.set(bare, option.value);
    }
  }
  return lookup;
}

export function readAnswers(
  model: Model,
  settings: AssessmentSettings,
  cells: readonly (readonly unknown[])[],
): ReadAnswers {
  const problems: SheetProblem[] = [];
  const idRowIndex = cells.findIndex((row) => cellText(row[0]) === RESPONDENT_ID_MARKER);
  if (idRowIndex < 0) throw new DamagedQuestionnaireError();
  const idRow = cells[idRowIndex] ?? [];

  const columnOf = new Map<string, number>();
  idRow.forEach((value, index) => {
    const id = cellText(value);
    if (index > 0 && settings.respondents.some((r) => r.id === id) && !columnOf.has(id)) {
      columnOf.set(id, index);
    }
  });
  for (const respondent of settings.respondents) {
    if (!columnOf.has(respondent.id)) {
      problems.push({ kind: "missing-respondent-column", cell: null, respondentId: respondent.id });
    }
  }

  const rowOf = new Map<string, number>();
  const questionIds = new Set(model.questions.map((question) => question.id));
  cells.forEach((row, index) => {
    const id = cellText(row[0]);
    if (!questionIds.has(id)) return;
    if (rowOf.has(id)) {
      problems.push({ kind: "duplicate-question-row", cell: a1(index + 1, 1), questionId: id });
    } else {
      rowOf.set(id, index);
    }
  });

  const lookups = new Map(
    model.scales.map((scale) => [
      scale.id,
      optionLookup(LANGS.map((lang) => answerOptions(scaleOf(model, scale.id), lang))),
    ]),
  );

  const answered: Record<string, number> = {};
  const respondents = settings.respondents.map((respondent) => {
    const answers: Record<string, Answer> = {};
    let count = 0;
    const column = columnOf.get(respondent.id);
    for (const question of model.questions) {
      const rowIndex = rowOf.get(question.id);
      if (rowIndex === undefined) continue;
      if (column === undefined) continue;
      const raw = cells[rowIndex]?.[column];
      const text = cellText(raw);
      if (text === "") continue;
      const value = lookups.get(question.scale)?.get(text.toLowerCase());
      if (value === undefined) {
        problems.push({
          kind: "unreadable-answer",
          cell: a1(rowIndex + 1, column + 1),
          questionId: question.id,
          respondentId: respondent.id,
          value: text,
        });
        continue;
      }
      answers[question.id] = value;
      count += 1;
    }
    answered[respondent.id] = count;
    return { id: respondent.id, name: respondent.name, group: respondent.group, answers };
  });

  for (const question of model.questions) {
    if (!rowOf.has(question.id)) {
      problems.push({ kind: "missing-question-row", cell: null, questionId: question.id });
    }
  }
  const columns = Object.fromEntries([...columnOf].map(([id, index]) => [id, index + 1]));
  return { responses: { respondents }, problems, answered, columns };
}
