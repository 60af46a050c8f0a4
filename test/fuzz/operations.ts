/**
 * Random sequences of what happens to a spreadsheet with Bussola CX in it: the consultant creates
 * assessments, adds respondents and scores; respondents answer in their own column; people type
 * owners, due dates and statuses into the action plan and notes into the questionnaire; and people
 * insert, delete, move, sort, hide and duplicate rows and columns and delete or rename sheets.
 * After every step the invariants of the issue "Nothing a client typed is ever lost, nothing is
 * misread" are checked (see `checkInvariants`); the first one broken throws an InvariantFailure.
 *
 * Operations are plain data whose numbers are resolved against the spreadsheet as it is when they
 * run (an index modulo what exists), so every sequence runs and fast-check can shrink any failure.
 * Shared by test/fuzz/sequences.test.ts (a short fixed-seed run) and bench/fuzz.ts (the long run).
 */
import fc from "fast-check";
import { type ReadAnswers, readAnswers } from "../../src/core/assessment/answers";
import {
  type AnswerOption,
  answerOptions,
  isAsked,
  perspectiveOf,
  scaleOf,
} from "../../src/core/assessment/assessment";
import type { StoredAssessment } from "../../src/core/assessment/storage";
import type { AssessmentSummary, Outcome } from "../../src/core/contract/contract";
import { PLAN_KEY_MARKER, statusOptions } from "../../src/core/layout/action-plan";
import { NOTES_ID_PREFIX, RESPONDENT_ID_MARKER } from "../../src/core/layout/questionnaire";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import { LANGS, type Lang } from "../../src/core/texts/i18n";
import { t } from "../../src/core/texts/messages";
import { createAppsScriptGlobals, type MemoryAppsScript } from "../../src/memory-sheets";
import type { CellModel } from "../../src/memory-sheets/model";
import type { SheetModel } from "../../src/memory-sheets/sheet-model";
import type { CellValue } from "../../src/memory-sheets/values";
import { createAssessment, getState, scoreAssessment } from "../../src/server/api";
import { addRespondents } from "../../src/server/respondents-api";
import { AssessmentStore } from "../../src/server/store";

// ——— Operations ———

export type Role = "questionnaire" | "results" | "plan" | "history";
const ROLES: readonly Role[] = ["questionnaire", "results", "plan", "history"];
const REPORT_ROLES: readonly Role[] = ["results", "plan", "history"];

export const MODEL_IDS = [
  "cx-maturity",
  "cx-100",
  "cx-360-selfcheck",
  "culture-6-steps",
  "beyond-silos",
] as const;
const CLIENTS = ["Acme", "Beta"] as const;
const NAMES = ["Anna", "Bruno", "Carla", "Dario", "Elena", "Franco", "anna"] as const;
const GROUPS = ["Direzione", "Clienti", "", "Front line"] as const;

/**
 * For a model with perspectives, the perspective of every group the sequences use, as the sidebar
 * would send it: customers from the last perspective, everyone else from the first.
 */
function perspectivesFor(modelId: string): { groupPerspectives?: Record<string, string> } {
  const perspectives = builtinModels[modelId]?.perspectives;
  const first = perspectives?.[0]?.id;
  const last = perspectives?.at(-1)?.id;
  if (first === undefined || last === undefined) return {};
  return {
    groupPerspectives: Object.fromEntries(
      GROUPS.map((group) => [group, group === "Clienti" ? last : first]),
    ),
  };
}

export interface Person {
  name: number;
  group: number;
}

export type Op =
  | {
      kind: "create";
      model: number;
      client: number;
      lang: Lang;
      respondents: Person[];
    }
  | { kind: "addRespondents"; a: number; respondents: Person[] }
  | { kind: "answer"; a: number; r: number; q: number; option: number | null }
  | { kind: "answerAll"; a: number; r: number; pick: number }
  | { kind: "pasteFormula"; a: number; r: number; q: number }
  | { kind: "typeNote"; a: number; r: number; q: number }
  | { kind: "typePlan"; a: number; field: "owner" | "due" | "status"; row: number; pick: number }
  | { kind: "score"; a: number }
  | { kind: "insertRows" | "deleteRows"; a: number; role: Role; at: number; count: number }
  | { kind: "insertColumns" | "deleteColumns"; a: number; role: Role; at: number; count: number }
  | { kind: "moveRow"; a: number; role: Role; from: number; to: number }
  | { kind: "sortRows"; a: number; role: Role; at: number; count: number }
  | { kind: "hideRow"; a: number; role: Role; at: number }
  | { kind: "duplicatePlanRow"; a: number; at: number }
  | { kind: "deleteSheet"; a: number; role: Role }
  | { kind: "renameSheet"; a: number; role: Role; name: number };

export type OpKind = Op["kind"];

const index = fc.nat({ max: 999 });
const person = fc.record({
  name: fc.nat({ max: NAMES.length - 1 }),
  group: fc.nat({ max: GROUPS.length - 1 }),
});

export const createArbitrary: fc.Arbitrary<Op> = fc.record({
  kind: fc.constant("create" as const),
  model: fc.nat({ max: MODEL_IDS.length - 1 }),
  client: fc.nat({ max: CLIENTS.length - 1 }),
  lang: fc.constantFrom(...LANGS),
  respondents: fc.array(person, { minLength: 1, maxLength: 4 }),
});

const role = fc.constantFrom(...ROLES);
const reportRole = fc.constantFrom(...REPORT_ROLES);
const count = fc.integer({ min: 1, max: 2 });

/** Every operation, weighted towards what happens most: answering, typing and scoring. */
export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: createArbitrary, weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("addRespondents" as const),
      a: index,
      respondents: fc.array(person, { minLength: 1, maxLength: 2 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("answer" as const),
      a: index,
      r: index,
      q: index,
      option: fc.option(index, { freq: 6 }),
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("answerAll" as const),
      a: index,
      r: index,
      pick: index,
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("pasteFormula" as const),
      a: index,
      r: index,
      q: index,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("typeNote" as const), a: index, r: index, q: index }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("typePlan" as const),
      a: index,
      field: fc.constantFrom("owner" as const, "due" as const, "status" as const),
      row: index,
      pick: index,
    }),
    weight: 10,
  },
  { arbitrary: fc.record({ kind: fc.constant("score" as const), a: index }), weight: 6 },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom("insertRows" as const, "deleteRows" as const),
      a: index,
      role,
      at: index,
      count,
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom("insertColumns" as const, "deleteColumns" as const),
      a: index,
      role,
      at: index,
      count,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("moveRow" as const),
      a: index,
      role,
      from: index,
      to: index,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("sortRows" as const),
      a: index,
      role,
      at: index,
      count: fc.integer({ min: 2, max: 6 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("hideRow" as const), a: index, role, at: index }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("duplicatePlanRow" as const), a: index, at: index }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("deleteSheet" as const), a: index, role: reportRole }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("renameSheet" as const),
      a: index,
      role,
      name: index,
    }),
    weight: 1,
  },
);

/**
 * A sequence: an assessment is created first; in most sequences someone then answers and it is
 * scored, so that there is an action plan to type on; then anything.
 */
export function sequenceArbitrary(
  maxOps: number,
  exclude: (op: Op) => boolean = () => false,
): fc.Arbitrary<Op[]> {
  const warmUp = fc.option(
    fc.tuple(index, index).map(([r, pick]): Op[] => [
      { kind: "answerAll", a: 0, r, pick },
      { kind: "score", a: 0 },
    ]),
    { freq: 4, nil: [] as Op[] },
  );
  return fc
    .tuple(
      createArbitrary,
      warmUp,
      fc.array(opArbitrary, { minLength: Math.min(3, maxOps), maxLength: maxOps, size: "max" }),
    )
    .map(([first, start, rest]) => [first, ...start, ...rest].filter((op) => !exclude(op)));
}

// ——— What the run remembers ———

/** What a respondent's answer cell must hold, set only by that respondent's own edit. */
interface Expected {
  value: CellValue;
  formula: string | null;
  /** What the add-on must read: an option's value, or undefined (empty cell, formula). */
  answer: AnswerOption["value"] | undefined;
}

const EMPTY: Expected = { value: null, formula: null, answer: undefined };

interface Tracked {
  id: string;
  model: Model;
  lang: Lang;
  respondents: string[];
  /** respondent id → question id → what the cell holds. Absent: empty. */
  expected: Map<string, Map<string, Expected>>;
  /** respondent id → the questions not asked of their perspective. */
  notAsked: Map<string, Set<string>>;
  /** Questions whose row a person deleted. */
  goneQuestions: Set<string>;
  /** Respondents whose column a person deleted. */
  goneRespondents: Set<string>;
  /** A person deleted the id row or the column holding the ids. */
  damaged: boolean;
}

export class InvariantFailure extends Error {
  constructor(
    readonly step: number,
    readonly op: Op,
    message: string,
  ) {
    super(`step ${step} (${JSON.stringify(op)}): ${message}`);
    this.name = "InvariantFailure";
  }
}

export interface RunStats {
  steps: number;
  /** Add-on calls refused with a message. */
  refusals: number;
  /** Operations with nothing to act on (no such sheet, a protected cell, …). */
  skipped: number;
  /** Per kind of operation: how many acted on the spreadsheet (not skipped). */
  acted: Partial<Record<OpKind, number>>;
}

const UNEXPECTED = LANGS.map((lang) => t(lang, "errUnexpected", { detail: "" }).trim());
const DATA_SHEET = "Bussola CX · data";

const cellKey = (value: CellValue): string =>
  value instanceof Date ? `date:${value.toISOString()}` : `${typeof value}:${String(value)}`;
const sameCell = (cell: CellModel, expected: Expected) =>
  cellKey(cell.value) === cellKey(expected.value) && cell.formula === expected.formula;
const text = (value: CellValue): string =>
  value === null ? "" : value instanceof Date ? value.toISOString() : String(value).trim();

function installGlobals(env: MemoryAppsScript): () => void {
  const target = globalThis as Record<string, unknown>;
  const names = Object.keys(env.globals);
  for (const [name, service] of Object.entries(env.globals)) target[name] = service;
  return () => {
    for (const name of names) delete target[name];
  };
}

/** Where a questionnaire's answers are, found as a person would: by the ids on the sheet. */
interface Located {
  idRow: number;
  idColumn: number;
  rowOf: Map<string, number>;
  columnOf: Map<string, number>;
  /** Each respondent's notes column (by its id in the id row), or the shared one (by its header). */
  notesColumns: number[];
}

function locateQuestionnaire(sheet: SheetModel, tracked: Tracked): Located | null {
  let idRow = 0;
  let idColumn = 0;
  for (const r of [...sheet.rows.keys()].sort((x, y) => x - y)) {
    const line = sheet.rows.get(r);
    if (!line) continue;
    for (const c of [...line.keys()].sort((x, y) => x - y)) {
      if (text(line.get(c)?.value ?? null) === RESPONDENT_ID_MARKER) {
        idRow = r;
        idColumn = c;
        break;
      }
    }
    if (idRow > 0) break;
  }
  if (idRow === 0) return null;
  const ids = new Set(tracked.model.questions.map((q) => q.id));
  const rowOf = new Map<string, number>();
  for (const r of [...sheet.rows.keys()].sort((x, y) => x - y)) {
    const id = text(sheet.cellAt(r, idColumn).value);
    if (ids.has(id) && !rowOf.has(id)) rowOf.set(id, r);
  }
  const columnOf = new Map<string, number>();
  const line = sheet.rows.get(idRow) ?? new Map<number, CellModel>();
  for (const c of [...line.keys()].sort((x, y) => x - y)) {
    const id = text(line.get(c)?.value ?? null);
    if (c > idColumn && tracked.respondents.includes(id) && !columnOf.has(id)) columnOf.set(id, c);
  }
  const notesColumns: number[] = [];
  for (const [c, cell] of line) {
    if (c > idColumn && text(cell.value).startsWith(NOTES_ID_PREFIX)) notesColumns.push(c);
  }
  const notes = t(tracked.lang, "qHeaderNotes");
  for (let r = idRow - 1; r >= 1 && notesColumns.length === 0; r--) {
    for (const [c, cell] of sheet.rows.get(r) ?? []) {
      if (text(cell.value) === notes) notesColumns.push(c);
    }
  }
  notesColumns.sort((x, y) => x - y);
  return { idRow, idColumn, rowOf, columnOf, notesColumns };
}

/** The action plan as a person reads it: its header row and the columns of typed text. */
interface PlanPlace {
  headerRow: number;
  keyColumn: number;
  columns: Record<"owner" | "due" | "status", number | null>;
}

function locatePlan(sheet: SheetModel): PlanPlace | null {
  const headers: Record<"owner" | "due" | "status", string[]> = {
    owner: LANGS.map((lang) => t(lang, "hOwner")),
    due: LANGS.map((lang) => t(lang, "hDue")),
    status: LANGS.map((lang) => t(lang, "hStatus")),
  };
  for (const r of [...sheet.rows.keys()].sort((x, y) => x - y)) {
    const line = sheet.rows.get(r) ?? new Map<number, CellModel>();
    const cells = [...line.entries()].sort(([x], [y]) => x - y);
    const key = cells.find(([, cell]) => text(cell.value) === PLAN_KEY_MARKER);
    if (!key) continue;
    const find = (names: string[]) =>
      cells.find(([, cell]) => names.includes(text(cell.value)))?.[0] ?? null;
    return {
      headerRow: r,
      keyColumn: key[0],
      columns: { owner: find(headers.owner), due: find(headers.due), status: find(headers.status) },
    };
  }
  return null;
}

const TOKEN = /^(Owner|Nota)-\d+$/;
const TYPED_YEAR = 2031;
const TYPED_STATUSES = new Set(
  LANGS.flatMap((lang) => statusOptions(lang).slice(1)).map((s) => s.toLowerCase()),
);

/** A person's own content in one cell, or null. */
function typedItem(cell: CellModel, planSheet: boolean): string | null {
  const value = cell.value;
  if (typeof value === "string" && TOKEN.test(value.trim())) return value.trim();
  if (planSheet && value instanceof Date && value.getFullYear() >= TYPED_YEAR)
    return `date:${value.toISOString()}`;
  if (planSheet && typeof value === "string" && TYPED_STATUSES.has(value.trim().toLowerCase()))
    return `status:${value.trim().toLowerCase()}`;
  return null;
}

/** Everything people typed, by sheet id and item, with its count; and plan rows' signatures. */
interface Census {
  items: Map<string, number>;
  rows: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

// ——— The run ———

export interface RunOptions {
  /** Called after each step, for progress reports. */
  onStep?: () => void;
}

class World {
  readonly env: MemoryAppsScript;
  readonly tracked: Tracked[] = [];
  readonly deletedSheets = new Set<number>();
  readonly planSheets = new Set<number>();
  counter = 0;
  stats: RunStats = { steps: 0, refusals: 0, skipped: 0, acted: {} };
  step = 0;
  op: Op = { kind: "score", a: 0 };

  constructor() {
    this.env = createAppsScriptGlobals({ locale: "it_IT" });
  }

  get workbook() {
    return this.env.workbook;
  }

  fail(message: string): never {
    throw new InvariantFailure(this.step, this.op, message);
  }

  records(): StoredAssessment[] {
    return AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet()).records();
  }

  recordOf(tracked: Tracked): StoredAssessment | undefined {
    return this.records().find((record) => record.id === tracked.id);
  }

  pick(a: number): Tracked | undefined {
    return this.tracked.length === 0 ? undefined : this.tracked[a % this.tracked.length];
  }

  sheetOf(tracked: Tracked, role: Role): SheetModel | undefined {
    const ref = this.recordOf(tracked)?.sheets[role];
    return ref ? this.workbook.sheetById(ref.id) : undefined;
  }

  // ——— the add-on's calls ———

  call(run: () => Outcome<AssessmentSummary>): AssessmentSummary | null {
    const before = this.census();
    const snapshot = JSON.stringify(this.workbook.snapshot());
    let outcome: Outcome<AssessmentSummary>;
    try {
      outcome = run();
    } catch (error) {
      this.fail(`the add-on threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
    if (!outcome.ok) {
      const message = outcome.errors.map((error) => error.message).join(" ");
      if (UNEXPECTED.some((prefix) => message.includes(prefix)))
        this.fail(`unexpected error: ${message}`);
      this.stats.refusals += 1;
      if (JSON.stringify(this.workbook.snapshot()) !== snapshot)
        this.fail(`refused ("${message}") but changed the workbook`);
      return null;
    }
    this.checkKept(before, this.census());
    return outcome.value;
  }

  create(op: Extract<Op, { kind: "create" }>): void {
    const modelId = MODEL_IDS[op.model % MODEL_IDS.length] ?? "cx-maturity";
    const summary = this.call(() =>
      createAssessment({
        modelId,
        clientName: CLIENTS[op.client % CLIENTS.length],
        lang: op.lang,
        respondents: op.respondents.map(personOf),
        ...perspectivesFor(modelId),
      }),
    );
    if (summary === null) return;
    const model = builtinModels[modelId];
    if (!model) this.fail(`no built-in model ${modelId}`);
    const record = this.records().find((r) => r.id === summary.id);
    if (!record) this.fail(`created ${summary.id} but the store does not hold it`);
    this.tracked.push({
      id: summary.id,
      model,
      lang: op.lang,
      respondents: record.settings.respondents.map((r) => r.id),
      expected: new Map(),
      notAsked: new Map(),
      goneQuestions: new Set(),
      goneRespondents: new Set(),
      damaged: false,
    });
    this.markNotAsked(this.tracked[this.tracked.length - 1] as Tracked);
  }

  addRespondents(op: Extract<Op, { kind: "addRespondents" }>): void {
    const tracked = this.pick(op.a);
    if (!tracked) {
      this.skip();
      return;
    }
    const summary = this.call(() =>
      addRespondents({
        assessmentId: tracked.id,
        respondents: op.respondents.map(personOf),
        ...perspectivesFor(tracked.model.id),
      }),
    );
    if (summary === null) return;
    tracked.respondents = (summary.respondents ?? []).map((r) => r.id);
    this.markNotAsked(tracked);
  }

  score(op: Extract<Op, { kind: "score" }>): void {
    const tracked = this.pick(op.a);
    if (!tracked) {
      this.skip();
      return;
    }
    const history = this.sheetOf(tracked, "history");
    const historyRows = history ? rowsWithContent(history) : null;
    const summary = this.call(() => scoreAssessment({ assessmentId: tracked.id }));
    if (summary === null) return;
    const record = this.recordOf(tracked);
    if (record?.sheets.plan) this.planSheets.add(record.sheets.plan.id);
    // Scoring reports every respondent, each with what they answered.
    const reported = new Map((summary.respondents ?? []).map((r) => [r.id, r.answered]));
    for (const respondent of tracked.respondents) {
      if (!reported.has(respondent)) this.fail(`score did not report respondent ${respondent}`);
      if (tracked.goneRespondents.has(respondent) || tracked.damaged) continue;
      const want = this.answeredCount(tracked, respondent);
      if (reported.get(respondent) !== want)
        this.fail(
          `score counted ${reported.get(respondent)} answers of ${respondent}, expected ${want}`,
        );
    }
    // A run adds a History row and removes none.
    const after = this.sheetOf(tracked, "history");
    if (history && after === history && historyRows !== null) {
      const now = rowsWithContent(after);
      if (now < historyRows + 1)
        this.fail(`History had ${historyRows} rows with content, now ${now} after a run`);
    }
  }

  answeredCount(tracked: Tracked, respondent: string): number {
    let n = 0;
    for (const [question, expected] of tracked.expected.get(respondent) ?? []) {
      if (expected.answer !== undefined && !tracked.goneQuestions.has(question)) n += 1;
    }
    return n;
  }

  // ——— people ———

  skip(): void {
    this.stats.skipped += 1;
  }

  answerCell(op: { a: number; r: number; q: number }): {
    tracked: Tracked;
    respondent: string;
    question: Model["questions"][number];
    sheet: SheetModel;
    row: number;
    column: number;
  } | null {
    const tracked = this.pick(op.a);
    if (!tracked) return null;
    const respondent = tracked.respondents[op.r % tracked.respondents.length];
    const question = tracked.model.questions[op.q % tracked.model.questions.length];
    const sheet = this.sheetOf(tracked, "questionnaire");
    if (!respondent || !question || !sheet) return null;
    // A question not asked of the respondent's perspective holds "—": not theirs to answer.
    if (tracked.notAsked.get(respondent)?.has(question.id)) return null;
    const place = locateQuestionnaire(sheet, tracked);
    const row = place?.rowOf.get(question.id);
    const column = place?.columnOf.get(respondent);
    if (row === undefined || column === undefined) return null;
    return { tracked, respondent, question, sheet, row, column };
  }

  /** The add-on marks each new respondent's not-asked questions "—": expected, and left alone. */
  markNotAsked(tracked: Tracked): void {
    const record = this.recordOf(tracked);
    if (!record) return;
    const mark = t(tracked.lang, "qNotAsked");
    for (const respondent of record.settings.respondents) {
      if (tracked.notAsked.has(respondent.id)) continue;
      const perspective = perspectiveOf(record.settings, respondent);
      const ids = new Set(
        record.model.questions.filter((q) => !isAsked(q, perspective)).map((q) => q.id),
      );
      tracked.notAsked.set(respondent.id, ids);
      for (const id of ids)
        this.setExpected(tracked, respondent.id, id, {
          value: mark,
          formula: null,
          answer: undefined,
        });
    }
  }

  setExpected(tracked: Tracked, respondent: string, question: string, expected: Expected): void {
    let answers = tracked.expected.get(respondent);
    if (!answers) {
      answers = new Map();
      tracked.expected.set(respondent, answers);
    }
    answers.set(question, expected);
  }

  answer(op: Extract<Op, { kind: "answer" }>): void {
    const target = this.answerCell(op);
    if (!target) {
      this.skip();
      return;
    }
    const { tracked, respondent, question, sheet, row, column } = target;
    const options = answerOptions(scaleOf(tracked.model, question.scale), tracked.lang);
    const option = op.option === null ? null : options[op.option % options.length];
    const edit = this.workbook.userEdit(sheet.name, a1(row, column), option?.label ?? null);
    // The fake keeps protections where they were when rows move (its documented model; whether
    // Sheets moves the unprotected ranges with dragged rows is unverified): a moved question row
    // can land under the protected part, so a refused answer is skipped, not failed.
    if (!edit.ok) {
      this.skip();
      return;
    }
    const cell = sheet.cellAt(row, column);
    this.setExpected(tracked, respondent, question.id, {
      value: cell.value,
      formula: cell.formula,
      answer: option?.value,
    });
  }

  /** A respondent goes down their column answering every question (a blank now and then). */
  answerAll(op: Extract<Op, { kind: "answerAll" }>): void {
    const tracked = this.pick(op.a);
    if (!tracked) {
      this.skip();
      return;
    }
    const before = this.stats.skipped;
    tracked.model.questions.forEach((_, q) => {
      const option = (op.pick + q * 7) % 11;
      this.answer({ kind: "answer", a: op.a, r: op.r, q, option: option === 10 ? null : option });
    });
    // One skip for the whole column at most.
    this.stats.skipped = Math.min(this.stats.skipped, before + 1);
  }

  pasteFormula(op: Extract<Op, { kind: "pasteFormula" }>): void {
    const target = this.answerCell(op);
    if (!target) {
      this.skip();
      return;
    }
    const { tracked, respondent, question, sheet, row, column } = target;
    // A paste brings the formula past the dropdown (which only checks what is typed).
    const cell = sheet.writableCell(row, column);
    cell.value = null;
    cell.formula = `=A${row}&"${++this.counter}"`;
    this.setExpected(tracked, respondent, question.id, {
      value: null,
      formula: cell.formula,
      answer: undefined,
    });
  }

  typeNote(op: Extract<Op, { kind: "typeNote" }>): void {
    const tracked = this.pick(op.a);
    const sheet = tracked && this.sheetOf(tracked, "questionnaire");
    if (!tracked || !sheet) {
      this.skip();
      return;
    }
    const place = locateQuestionnaire(sheet, tracked);
    const question = tracked.model.questions[op.q % tracked.model.questions.length];
    const row = question && place?.rowOf.get(question.id);
    const column = place?.notesColumns[op.r % Math.max(1, place.notesColumns.length)];
    if (!place || column === undefined || row === undefined) {
      this.skip();
      return;
    }
    const edit = this.workbook.userEdit(sheet.name, a1(row, column), `Nota-${++this.counter}`);
    if (!edit.ok) this.skip();
  }

  typePlan(op: Extract<Op, { kind: "typePlan" }>): void {
    const tracked = this.pick(op.a);
    const sheet = tracked && this.sheetOf(tracked, "plan");
    if (!tracked || !sheet) {
      this.skip();
      return;
    }
    const place = locatePlan(sheet);
    const column = place?.columns[op.field];
    if (!place || column === null || column === undefined) {
      this.skip();
      return;
    }
    // A row of the plan: one with a key below the header (the rows the client types on).
    const keyed = [...sheet.rows.keys()]
      .filter((r) => r > place.headerRow && text(sheet.cellAt(r, place.keyColumn).value) !== "")
      .sort((x, y) => x - y);
    const row = keyed[op.row % Math.max(1, keyed.length)];
    if (row === undefined) {
      this.skip();
      return;
    }
    this.counter += 1;
    const value =
      op.field === "owner"
        ? `Owner-${this.counter}`
        : op.field === "due"
          ? isoDay(TYPED_YEAR, this.counter)
          : (statusOptions(tracked.lang)[1 + (op.pick % 3)] ?? "");
    const edit = this.workbook.userEdit(sheet.name, a1(row, column), value);
    if (!edit.ok) this.skip();
  }

  structural(op: Op & { role: Role; a: number }): void {
    const tracked = this.pick(op.a);
    const sheet = tracked && this.sheetOf(tracked, op.role);
    if (!tracked || !sheet) {
      this.skip();
      return;
    }
    const rows = sheet.lastRow + 1;
    const columns = sheet.lastColumn + 1;
    switch (op.kind) {
      case "insertRows":
        sheet.insertRows(1 + (op.at % rows), op.count);
        break;
      case "deleteRows": {
        const at = 1 + (op.at % rows);
        sheet.deleteRows(at, Math.min(op.count, sheet.maxRows - at + 1));
        break;
      }
      case "insertColumns": {
        const at = 1 + (op.at % columns);
        sheet.insertColumns(at, op.count);
        break;
      }
      case "deleteColumns": {
        const at = 1 + (op.at % columns);
        sheet.deleteColumns(at, Math.min(op.count, sheet.maxColumns - at + 1));
        break;
      }
      case "moveRow": {
        const from = 1 + (op.from % rows);
        const to = 1 + (op.to % rows);
        this.workbook.moveRow(sheet.name, from, to);
        break;
      }
      case "sortRows": {
        // Sorting a block into reverse order: each row travels whole, as when a person sorts.
        const at = 1 + (op.at % rows);
        const last = Math.min(at + op.count - 1, sheet.maxRows);
        for (let r = at; r < last; r++) sheet.moveRow(last, r);
        break;
      }
      case "hideRow":
        sheet.hiddenRows.add(1 + (op.at % rows));
        break;
      case "deleteSheet":
        if (op.role === "questionnaire") {
          this.skip();
          return;
        }
        this.deletedSheets.add(sheet.sheetId);
        SpreadsheetApp.getActiveSpreadsheet().deleteSheet(
          SpreadsheetApp.getActiveSpreadsheet().getSheetById(sheet.sheetId) ??
            this.fail("no sheet to delete"),
        );
        break;
      case "renameSheet": {
        const names = [
          ...CLIENTS.flatMap((client) =>
            LANGS.flatMap((lang) =>
              (["sheetResults", "sheetPlan", "sheetHistory", "sheetQuestionnaire"] as const).map(
                (key) => `${t(lang, key)} · ${client}`,
              ),
            ),
          ),
          "Il mio foglio",
        ];
        const name = names[op.name % names.length] ?? "Il mio foglio";
        if (this.workbook.findSheet(name)) {
          this.skip();
          return;
        }
        sheet.name = name;
        break;
      }
      default:
        break;
    }
  }

  duplicatePlanRow(op: Extract<Op, { kind: "duplicatePlanRow" }>): void {
    const tracked = this.pick(op.a);
    const sheet = tracked && this.sheetOf(tracked, "plan");
    if (!tracked || !sheet || sheet.lastRow === 0) {
      this.skip();
      return;
    }
    const row = 1 + (op.at % sheet.lastRow);
    sheet.insertRows(row + 1, 1);
    for (const [column, cell] of sheet.rows.get(row) ?? new Map<number, CellModel>()) {
      Object.assign(sheet.writableCell(row + 1, column), structuredClone(cell));
    }
  }

  // ——— invariants ———

  /** Person-typed items by sheet, and the plan's rows by their typed content and key. */
  census(): Census {
    const items = new Map<string, number>();
    const rows = new Map<string, number>();
    for (const sheet of this.workbook.sheets) {
      if (sheet.name === DATA_SHEET) continue;
      const plan = this.planSheets.has(sheet.sheetId);
      for (const line of sheet.rows.values()) {
        for (const cell of line.values()) {
          const item = typedItem(cell, plan);
          if (item !== null) bump(items, `${sheet.sheetId}|${item}`);
        }
      }
      const place = plan ? locatePlan(sheet) : null;
      if (!place) continue;
      for (const [r, line] of sheet.rows) {
        if (r <= place.headerRow) continue;
        const typed = [...line.values()].flatMap((cell) => typedItem(cell, true) ?? []).sort();
        if (typed.length === 0) continue;
        const key = text(line.get(place.keyColumn)?.value ?? null).split("/")[0];
        bump(rows, `${sheet.sheetId}|${key}|${typed.join(",")}`);
      }
    }
    return { items, rows };
  }

  /** After an add-on call that succeeded: nothing people typed is gone, no plan row split up. */
  checkKept(before: Census, after: Census): void {
    for (const [item, n] of before.items) {
      const sheetId = Number(item.split("|")[0]);
      if (!this.workbook.sheetById(sheetId)) continue;
      if ((after.items.get(item) ?? 0) < n)
        this.fail(
          `typed text lost: ${item} was there ${n} time(s), now ${after.items.get(item) ?? 0}`,
        );
    }
    for (const [row, n] of before.rows) {
      if ((after.rows.get(row) ?? 0) < n)
        this.fail(
          `a plan row lost what was typed on it or its key: ${row} (${n} before, ${after.rows.get(row) ?? 0} after)`,
        );
    }
  }

  checkInvariants(personEdit: boolean): void {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const store = AssessmentStore.open(ss);
    const unreadable = store.readings().filter((reading) => !reading.ok);
    if (unreadable.length > 0) this.fail(`unreadable store rows: ${JSON.stringify(unreadable)}`);
    const records = store.records();
    if (records.length !== this.tracked.length)
      this.fail(
        `the store holds ${records.length} assessments, ${this.tracked.length} were created`,
      );
    // No two assessments (nor two roles of one) share a sheet; each sheet exists unless deleted.
    const owners = new Map<number, string>();
    for (const record of records) {
      for (const r of ROLES) {
        const ref = record.sheets[r];
        if (ref === null) continue;
        const other = owners.get(ref.id);
        if (other !== undefined)
          this.fail(`sheet ${ref.id} is both ${other} and ${record.id}'s ${r}`);
        owners.set(ref.id, `${record.id}'s ${r}`);
        if (!this.workbook.sheetById(ref.id) && !this.deletedSheets.has(ref.id))
          this.fail(`${record.id}'s ${r} sheet ${ref.id} is gone though nobody deleted it`);
      }
    }
    for (const tracked of this.tracked) this.checkAnswers(tracked, personEdit);
    try {
      const state = getState();
      if (state.unreadable.length > 0) this.fail(`getState: ${state.unreadable.join(" ")}`);
    } catch (error) {
      if (error instanceof InvariantFailure) throw error;
      this.fail(`getState threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  checkAnswers(tracked: Tracked, personEdit: boolean): void {
    const record = this.recordOf(tracked);
    if (!record) this.fail(`assessment ${tracked.id} is no longer in the store`);
    const sameRespondents = record.settings.respondents.map((r) => r.id).join(",");
    if (sameRespondents !== tracked.respondents.join(","))
      this.fail(
        `respondents of ${tracked.id} are ${sameRespondents}, expected ${tracked.respondents}`,
      );
    const sheet = this.workbook.sheetById(record.sheets.questionnaire.id);
    if (!sheet) this.fail(`the questionnaire of ${tracked.id} is gone`);
    const place = tracked.damaged ? null : locateQuestionnaire(sheet, tracked);
    if (!place) {
      if (!tracked.damaged && !personEdit) this.fail(`the add-on lost the id row of ${tracked.id}`);
      tracked.damaged = true;
      return;
    }
    for (const respondent of tracked.respondents) {
      if (tracked.goneRespondents.has(respondent)) continue;
      const column = place.columnOf.get(respondent);
      if (column === undefined) {
        if (!personEdit) this.fail(`the add-on lost the column of ${respondent} in ${tracked.id}`);
        tracked.goneRespondents.add(respondent);
        continue;
      }
      for (const question of tracked.model.questions) {
        if (tracked.goneQuestions.has(question.id)) continue;
        const row = place.rowOf.get(question.id);
        if (row === undefined) {
          if (!personEdit) this.fail(`the add-on lost the row of ${question.id} in ${tracked.id}`);
          tracked.goneQuestions.add(question.id);
          continue;
        }
        const expected = tracked.expected.get(respondent)?.get(question.id) ?? EMPTY;
        const cell = sheet.cellAt(row, column);
        if (!sameCell(cell, expected))
          this.fail(
            `answer ${a1(row, column)} of ${respondent} to ${question.id} is ${cellKey(cell.value)} / ${cell.formula}, expected ${cellKey(expected.value)} / ${expected.formula}`,
          );
      }
    }
    this.checkReadable(tracked, record, sheet, place);
  }

  /** The add-on's own reader finds every respondent's column and reads what was chosen. */
  checkReadable(
    tracked: Tracked,
    record: StoredAssessment,
    sheet: SheetModel,
    place: Located,
  ): void {
    const box = sheet.dataBox();
    let read: ReadAnswers;
    try {
      read = readAnswers(
        record.model,
        record.settings,
        sheet.values(boxA1(box)),
        sheet.formulas(boxA1(box)).map((row) => row.map((f) => f ?? "")),
      );
    } catch (error) {
      this.fail(
        `the questionnaire of ${tracked.id} cannot be read (id row at ${a1(place.idRow, place.idColumn)}): ${String(error)}`,
      );
    }
    for (const respondent of read.responses.respondents) {
      if (tracked.goneRespondents.has(respondent.id)) continue;
      if (read.columns[respondent.id] === undefined)
        this.fail(`the add-on cannot find the column of ${respondent.id} in ${tracked.id}`);
      for (const question of tracked.model.questions) {
        if (tracked.goneQuestions.has(question.id)) continue;
        const want = tracked.expected.get(respondent.id)?.get(question.id)?.answer;
        const got = Object.hasOwn(respondent.answers, question.id)
          ? respondent.answers[question.id]
          : undefined;
        if (got !== want)
          this.fail(`${respondent.id}'s answer to ${question.id} reads as ${got}, chosen ${want}`);
      }
    }
  }

  run(op: Op): void {
    switch (op.kind) {
      case "create":
        this.create(op);
        return;
      case "addRespondents":
        this.addRespondents(op);
        return;
      case "score":
        this.score(op);
        return;
      case "answer":
        this.answer(op);
        return;
      case "answerAll":
        this.answerAll(op);
        return;
      case "pasteFormula":
        this.pasteFormula(op);
        return;
      case "typeNote":
        this.typeNote(op);
        return;
      case "typePlan":
        this.typePlan(op);
        return;
      case "duplicatePlanRow":
        this.duplicatePlanRow(op);
        return;
      default:
        this.structural(op);
        return;
    }
  }
}

const ADDON_OPS = new Set<OpKind>(["create", "addRespondents", "score"]);

/** Runs one sequence, checking every invariant after every step; throws InvariantFailure. */
export function runSequence(ops: readonly Op[], options: RunOptions = {}): RunStats {
  const world = new World();
  const uninstall = installGlobals(world.env);
  try {
    for (const op of ops) {
      world.step += 1;
      world.op = op;
      const skipped = world.stats.skipped;
      world.run(op);
      if (world.stats.skipped === skipped)
        world.stats.acted[op.kind] = (world.stats.acted[op.kind] ?? 0) + 1;
      world.checkInvariants(!ADDON_OPS.has(op.kind));
      world.stats.steps += 1;
      options.onStep?.();
    }
    return world.stats;
  } finally {
    uninstall();
  }
}

// ——— helpers ———

function personOf(p: Person): { name: string; group: string } {
  return {
    name: NAMES[p.name % NAMES.length] ?? "Anna",
    group: GROUPS[p.group % GROUPS.length] ?? "",
  };
}

function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const a1 = (row: number, column: number) => `${columnLetters(column)}${row}`;
const boxA1 = (box: { row: number; column: number; rows: number; columns: number }) =>
  `${a1(box.row, box.column)}:${a1(box.row + box.rows - 1, box.column + box.columns - 1)}`;

function isoDay(year: number, day: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + (day % 360)));
  return date.toISOString().slice(0, 10);
}

function rowsWithContent(sheet: SheetModel): number {
  let n = 0;
  for (const line of sheet.rows.values()) {
    if ([...line.values()].some((cell) => cell.value !== null || cell.formula !== null)) n += 1;
  }
  return n;
}

/** A sequence as a reader follows it, one operation a line. */
export function describeOps(ops: readonly Op[]): string {
  return ops.map((op, i) => `${String(i + 1).padStart(3)}. ${JSON.stringify(op)}`).join("\n");
}
