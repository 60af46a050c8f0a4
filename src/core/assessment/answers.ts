/**
 * Reads a questionnaire's cells back into answers. Rows are found by the question id in column A
 * and columns by the respondent ids in the hidden id row, so sorted, moved or hidden rows and moved
 * columns still score. Every cell that cannot be read becomes a problem with its address: text that
 * is no option, and any formula (its result is not something a person chose, however it reads).
 * Labels are read in the questionnaire's language; the other language only where it cannot be
 * taken for an option of this one. A question not asked of a respondent's perspective is no answer
 * and not unanswered: its cell is skipped when it holds the not-asked mark or nothing, and
 * reported, never scored, when it holds anything else.
 */

import { a1 } from "../layout/a1";
import { cellText } from "../layout/cell-text";
import {
  NOTES_ID_PREFIX,
  progressLabel,
  type QuestionnaireRows,
  RESPONDENT_ID_MARKER,
} from "../layout/questionnaire";
import type { Model, Scale } from "../model/schema";
import { LANGS, type Lang } from "../texts/i18n";
import { t } from "../texts/messages";
import {
  type AnswerOption,
  type AssessmentSettings,
  answerOptions,
  isAsked,
  perspectiveOf,
  scaleOf,
} from "./assessment";
import type { Answer, Responses } from "./scoring";

export type SheetProblemKind =
  | "unreadable-answer"
  | "formula-answer"
  | "missing-question-row"
  | "duplicate-question-row"
  | "missing-respondent-column"
  /** A respondent's column copied, the copies alike: the answers count once. */
  | "copied-respondent-column"
  /** A respondent's column copied, the copies different: none of them counts. */
  | "conflicting-respondent-column"
  /** Something in the cell of a question not asked of the respondent's perspective. */
  | "not-asked-answer";

export interface SheetProblem {
  kind: SheetProblemKind;
  /** A1 address on the questionnaire, when the problem has a cell. */
  cell: string | null;
  questionId?: string;
  respondentId?: string;
  /** What the cell holds, as text (for a formula, the formula). */
  value?: string;
}

/**
 * A respondent's id in more than one column (a copied column); it is also listed in `problems`.
 */
export interface DuplicateRespondentColumn {
  respondentId: string;
  /** The id-row cell of every column with the id, left to right. */
  cells: string[];
  /** Whether the columns read alike on every question row (then they are scored once). */
  same: boolean;
}

export interface ReadAnswers {
  responses: Responses;
  problems: SheetProblem[];
  /** Answers given (N/A and don't know included) per respondent id, to questions asked of them. */
  answered: Record<string, number>;
  /** The 1-based column where each respondent's answers were found. */
  columns: Record<string, number>;
  /** Where the questionnaire's rows are now, for anything that writes to it (see locateRows). */
  rows: QuestionnaireRows;
  /** Respondents whose id is in several columns; those whose columns differ are not scored. */
  duplicateColumns: DuplicateRespondentColumn[];
  /**
   * The 1-based column whose header reads as the shared notes header (questionnaires from before
   * notes were per respondent), right of every respondent's column; null when no header there does
   * (deleted, retyped, or never there).
   */
  notesColumn: number | null;
  /** Each respondent's own notes column (1-based), found by `#notes:` and their id in the id row. */
  notesColumns: Record<string, number>;
}

export class DamagedQuestionnaireError extends Error {
  constructor() {
    super("The questionnaire's respondent-id row is missing");
    this.name = "DamagedQuestionnaireError";
  }
}

type OptionValue = AnswerOption["value"];

/**
 * Adds each text → value of one tier (case-insensitive) where no earlier tier has the text. A text
 * that two options of the same tier share means neither: it is left out, so the cell is reported
 * rather than read as whichever option came last.
 */
function addTier(lookup: Map<string, OptionValue>, tier: readonly [string, OptionValue][]): void {
  const added = new Map<string, OptionValue | null>();
  for (const [text, value] of tier) {
    const key = text.toLowerCase();
    if (lookup.has(key)) continue;
    const earlier = added.get(key);
    added.set(key, earlier === undefined || earlier === value ? value : null);
  }
  for (const [key, value] of added) if (value !== null) lookup.set(key, value);
}

/**
 * Every way a cell may say an option, in order of precedence:
 * 1. its label in the questionnaire's language (the dropdown's items: what a person picked means
 *    what the dropdown they picked it from says);
 * 2. the bare value typed as a number, where no such label reads the same (so a scale labelled
 *    "1".."5" for values 0..4 is read by its labels);
 * 3. its label in the other language, only where it reads as none of the above: an answer pasted
 *    from a sheet in the other language still counts, but an option 1 labelled "Low" in English
 *    never takes the place of an Italian option 5 labelled "Low".
 */
function optionLookup(scale: Scale, lang: Lang): Map<string, OptionValue> {
  const own = answerOptions(scale, lang);
  const lookup = new Map<string, OptionValue>();
  addTier(
    lookup,
    own.map((option): [string, OptionValue] => [option.label, option.value]),
  );
  addTier(
    lookup,
    own.flatMap((option): [string, OptionValue][] =>
      typeof option.value === "number" ? [[String(option.value), option.value]] : [],
    ),
  );
  for (const other of LANGS) {
    if (other === lang) continue;
    addTier(
      lookup,
      answerOptions(scale, other).map((option: AnswerOption): [string, OptionValue] => [
        option.label,
        option.value,
      ]),
    );
  }
  return lookup;
}

/** A formula as getFormulas gives it: "" (or nothing) for a cell without one. */
function formulaText(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

const sameText = (value: unknown, text: string): boolean =>
  cellText(value).toLowerCase() === text.toLowerCase();

/**
 * Finds the questionnaire's rows on the sheet as it is now, the way scoring finds them: the hidden
 * id row by its marker in column A, each question by its id in column A (its first row, as scoring
 * reads). People may have inserted, sorted or moved rows since the sheet was made, so nothing is
 * taken from where the layout first put it.
 *
 * The header, group and progress rows carry no id; each is the nearest row above the id row whose
 * label reads as the add-on wrote it, in the questionnaire's language (column A for the header,
 * column C for the others). A label someone retyped leaves that row where it sits next to the id
 * row in a new sheet, which is where it stays unless rows were inserted between those four rows.
 * An area's heading is the first row below the id row with no id in column A and the area's name
 * in column B; an area whose heading is not found simply has none.
 *
 * `cells` as Range.getValues returns them. Throws DamagedQuestionnaireError without an id row.
 */
/**
 * The hidden id row and the column of ids: column A as written, or further right when people
 * inserted columns before it. Throws DamagedQuestionnaireError when no cell holds the marker.
 */
function idMarker(cells: readonly (readonly unknown[])[]): { idIndex: number; idColumn: number } {
  for (const [idIndex, row] of cells.entries()) {
    const idColumn = row.findIndex((value) => cellText(value) === RESPONDENT_ID_MARKER);
    if (idColumn >= 0) return { idIndex, idColumn };
  }
  throw new DamagedQuestionnaireError();
}

export function locateRows(
  model: Model,
  lang: Lang,
  cells: readonly (readonly unknown[])[],
  marker = idMarker(cells),
): QuestionnaireRows {
  const { idIndex, idColumn } = marker;
  const idRow = idIndex + 1;
  const labelled = (column: number, label: string, offset: number) => {
    for (let index = idIndex - 1; index >= 0; index--) {
      if (sameText(cells[index]?.[idColumn + column], label)) return index + 1;
    }
    return Math.max(1, idRow - offset);
  };

  const questionIds = new Set(model.questions.map((question) => question.id));
  const questionRows = new Map<string, number>();
  cells.forEach((row, index) => {
    const id = cellText(row[idColumn]);
    if (questionIds.has(id) && !questionRows.has(id)) questionRows.set(id, index + 1);
  });

  const headingRows = new Map<string, number>();
  const taken = new Set<number>();
  for (const area of model.areas) {
    for (let index = idIndex + 1; index < cells.length; index++) {
      const row = cells[index] ?? [];
      if (
        taken.has(index) ||
        cellText(row[idColumn]) !== "" ||
        !sameText(row[idColumn + 1], area.name[lang])
      )
        continue;
      headingRows.set(area.id, index + 1);
      taken.add(index);
      break;
    }
  }

  return {
    headerRow: labelled(0, t(lang, "qHeaderId"), 3),
    groupRow: labelled(2, t(lang, "qGroupRow"), 2),
    progressRow: labelled(2, progressLabel(model, lang), 1),
    idRow,
    questionRows,
    headingRows,
  };
}

/**
 * `cells` as Range.getValues returns them and `formulas` as Range.getFormulas returns them for the
 * same range: a formula's result sits in `cells` like typed text, so only `formulas` tells them
 * apart.
 */
export function readAnswers(
  model: Model,
  settings: AssessmentSettings,
  cells: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
): ReadAnswers {
  const problems: SheetProblem[] = [];
  // Throws DamagedQuestionnaireError without an id row, before anything else is read.
  const marker = idMarker(cells);
  const rows = locateRows(model, settings.lang, cells, marker);
  const { idColumn } = marker;
  const idRowIndex = rows.idRow - 1;
  const idRow = cells[idRowIndex] ?? [];

  // Every column with each respondent's id: a copied column has the id too.
  const respondentIds = new Set(settings.respondents.map((respondent) => respondent.id));
  const columnsOf = new Map<string, number[]>();
  const notesOf = new Map<string, number>();
  idRow.forEach((value, index) => {
    if (index <= idColumn) return;
    const id = cellText(value);
    if (respondentIds.has(id)) columnsOf.set(id, [...(columnsOf.get(id) ?? []), index]);
    else if (id.startsWith(NOTES_ID_PREFIX)) {
      const owner = id.slice(NOTES_ID_PREFIX.length);
      if (respondentIds.has(owner) && !notesOf.has(owner)) notesOf.set(owner, index + 1);
    }
  });
  for (const respondent of settings.respondents) {
    if (!columnsOf.has(respondent.id)) {
      problems.push({ kind: "missing-respondent-column", cell: null, respondentId: respondent.id });
    }
  }

  const rowOf = new Map<string, number>();
  const questionIds = new Set(model.questions.map((question) => question.id));
  cells.forEach((row, index) => {
    const id = cellText(row[idColumn]);
    if (!questionIds.has(id)) return;
    if (rowOf.has(id)) {
      problems.push({
        kind: "duplicate-question-row",
        cell: a1(index + 1, idColumn + 1),
        questionId: id,
      });
    } else {
      rowOf.set(id, index);
    }
  });

  // A respondent's id in two columns (a copied column): the copy may be to the left or edited, so
  // neither is taken for the original. Columns that read alike on every question row are one set of
  // answers, scored once; columns that differ are scored not at all, rather than whichever is
  // leftmost, until a person deletes the wrong one. Either way the problem names every column.
  const questionRowIndexes = [...rowOf.values()];
  const sameAnswers = (a: number, b: number) =>
    questionRowIndexes.every(
      (index) =>
        cellText(cells[index]?.[a]) === cellText(cells[index]?.[b]) &&
        formulaText(formulas[index]?.[a]) === formulaText(formulas[index]?.[b]),
    );
  const columnOf = new Map<string, number>();
  const duplicateColumns: DuplicateRespondentColumn[] = [];
  for (const [id, found] of columnsOf) {
    const [first, ...others] = found as [number, ...number[]];
    if (others.length === 0) {
      columnOf.set(id, first);
      continue;
    }
    const same = others.every((other) => sameAnswers(first, other));
    if (same) columnOf.set(id, first);
    const cells = found.map((index) => a1(rows.idRow, index + 1));
    duplicateColumns.push({ respondentId: id, cells, same });
    problems.push({
      kind: same ? "copied-respondent-column" : "conflicting-respondent-column",
      cell: cells.join(", "),
      respondentId: id,
    });
  }

  const lookups = new Map(
    model.scales.map((scale) => [scale.id, optionLookup(scaleOf(model, scale.id), settings.lang)]),
  );

  const notAsked = t(settings.lang, "qNotAsked");
  const answered = new Map<string, number>();
  const respondents = settings.respondents.map((respondent) => {
    // A Map, made a record at the end: assigning answers["__proto__"] would set the prototype.
    const answers = new Map<string, Answer>();
    const column = columnOf.get(respondent.id);
    const perspective = perspectiveOf(settings, respondent);
    for (const question of model.questions) {
      const rowIndex = rowOf.get(question.id);
      if (rowIndex === undefined) continue;
      if (column === undefined) continue;
      const formula = formulaText(formulas[rowIndex]?.[column]);
      if (!isAsked(question, perspective)) {
        const held = cellText(cells[rowIndex]?.[column]);
        if (formula === "" && (held === "" || held === notAsked)) continue;
        problems.push({
          kind: "not-asked-answer",
          cell: a1(rowIndex + 1, column + 1),
          questionId: question.id,
          respondentId: respondent.id,
          value: formula === "" ? held : formula,
        });
        continue;
      }
      if (formula !== "") {
        problems.push({
          kind: "formula-answer",
          cell: a1(rowIndex + 1, column + 1),
          questionId: question.id,
          respondentId: respondent.id,
          value: formula,
        });
        continue;
      }
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
      answers.set(question.id, value);
    }
    answered.set(respondent.id, answers.size);
    return {
      id: respondent.id,
      name: respondent.name,
      group: respondent.group,
      perspective,
      answers: Object.fromEntries(answers),
    };
  });

  for (const question of model.questions) {
    if (!rowOf.has(question.id)) {
      problems.push({ kind: "missing-question-row", cell: null, questionId: question.id });
    }
  }
  // fromEntries defines own properties, whatever the id; readers use ownValue.
  const columns = Object.fromEntries([...columnOf].map(([id, index]) => [id, index + 1]));
  // Notes: the first header right of every respondent's column that reads as the add-on wrote it.
  const lastRespondent = Math.max(2, ...[...columnsOf.values()].flat());
  const header = cells[rows.headerRow - 1] ?? [];
  const notes = t(settings.lang, "qHeaderNotes");
  const notesIndex = header.findIndex(
    (value, index) => index > lastRespondent && sameText(value, notes),
  );
  return {
    responses: { respondents },
    problems,
    answered: Object.fromEntries(answered),
    columns,
    rows,
    duplicateColumns,
    notesColumn: notesIndex < 0 ? null : notesIndex + 1,
    notesColumns: Object.fromEntries(notesOf),
  };
}

/** What a data problem means for the person who reads it, in `lang`. */
export function sheetProblemMessage(problem: SheetProblem, lang: Lang): string {
  const value = problem.value ?? "";
  switch (problem.kind) {
    case "unreadable-answer":
      return t(lang, "problemUnreadable", { value });
    case "formula-answer":
      return t(lang, "problemFormula", { formula: value });
    case "not-asked-answer":
      return t(lang, "problemNotAsked", { value, mark: t(lang, "qNotAsked") });
    case "missing-question-row":
      return t(lang, "problemMissingRow");
    case "duplicate-question-row":
      return t(lang, "problemDuplicateRow");
    case "missing-respondent-column":
      return t(lang, "problemMissingColumn");
    case "copied-respondent-column":
      return t(lang, "problemCopiedColumn");
    case "conflicting-respondent-column":
      return t(lang, "problemConflictingColumns");
  }
}
