/**
 * What an assessment keeps inside the spreadsheet: the exact model it was generated from, its
 * settings and where its sheets are. Stored as JSON in a hidden sheet, so a copy of the file
 * carries everything and scoring always uses the questionnaire's own model version.
 */
import * as z from "zod/mini";
import { type Model, parseModel } from "../model/schema";
import { LANGS, type Localized } from "../texts/i18n";
import type { AssessmentSettings } from "./assessment";

export const STORAGE_VERSION = 1;
export const STORE_SHEET_NAME = "Bussola CX · data";
/** Sheets cells hold 50,000 characters and .xlsx cells 32,767: chunks fit both. */
export const CHUNK_SIZE = 32_000;
/** Column A of a record row: the assessment id. Column B: storage version. Then JSON chunks. */
export const RECORD_FIXED_COLUMNS = 2;

export interface SheetRef {
  /** Survives renames: the sheet is looked up by its id alone, never by name. */
  id: number;
  name: string;
}

export interface LastScore {
  at: string;
  /** `at` as a person reads it, in the spreadsheet's time zone. */
  displayDate: string;
  overall: number | null;
  min: number;
  max: number;
  band: { label: Localized; color: string } | null;
  completeness: number;
  areas: {
    id: string;
    name: Localized;
    score: number | null;
    min: number;
    max: number;
    color: string | null;
  }[];
  problems: number;
}

export interface StoredAssessment {
  id: string;
  createdAt: string;
  model: Model;
  settings: AssessmentSettings;
  sheets: {
    questionnaire: SheetRef;
    results: SheetRef | null;
    plan: SheetRef | null;
    history: SheetRef | null;
  };
  lastScore: LastScore | null;
}

const SheetRefSchema = z.object({ id: z.number(), name: z.string() });
/** Colours reach the sidebar's styles: only "#rrggbb" is trusted. */
const Color = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));
const LocalizedSchema = z.record(z.enum(LANGS), z.string());
const RecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  createdAt: z.string(),
  model: z.unknown(),
  settings: z.object({
    clientName: z.string(),
    lang: z.enum(LANGS),
    respondents: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        group: z.string(),
        email: z.optional(z.string()),
      }),
    ),
    targets: z.record(z.string(), z.number()),
    notesPerRespondent: z.optional(z.boolean()),
    perspectives: z.optional(z.record(z.string(), z.string())),
    minGroupSize: z.optional(z.number()),
    showRespondentScores: z.optional(z.boolean()),
  }),
  sheets: z.object({
    questionnaire: SheetRefSchema,
    results: z.nullable(SheetRefSchema),
    plan: z.nullable(SheetRefSchema),
    history: z.nullable(SheetRefSchema),
  }),
  lastScore: z.nullable(
    z.object({
      at: z.string(),
      displayDate: z.string(),
      overall: z.nullable(z.number()),
      min: z.number(),
      max: z.number(),
      band: z.nullable(z.object({ label: LocalizedSchema, color: Color })),
      completeness: z.number(),
      areas: z.array(
        z.object({
          id: z.string(),
          name: LocalizedSchema,
          score: z.nullable(z.number()),
          min: z.number(),
          max: z.number(),
          color: z.nullable(Color),
        }),
      ),
      problems: z.number(),
    }),
  ),
});

/**
 * Keys of rows that are not assessments: models saved to this file's library, model drafts, and the
 * file's team of consultants.
 */
export const MODEL_KEY_PREFIX = "model:";
export const DRAFT_KEY_PREFIX = "draft:";
export const TEAM_KEY = "team:consultants";

export const modelKey = (model: { id: string; version: string }) =>
  `${MODEL_KEY_PREFIX}${model.id}@${model.version}`;
export const draftKey = (sheetId: number) => `${DRAFT_KEY_PREFIX}${sheetId}`;

/** A model sheet made by "Copy a model to edit", so the sidebar can offer to check it. */
export interface ModelDraft {
  sheet: SheetRef;
  modelId: string;
  version: string;
}

/** One row of the store sheet: key, storage version, then the JSON in chunks. */
export function toRow(key: string, value: unknown): string[] {
  const json = JSON.stringify(value);
  const chunks: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + CHUNK_SIZE, json.length);
    // Never split a surrogate pair (an emoji in a client's text) across two cells.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return [key, String(STORAGE_VERSION), ...chunks];
}

export function recordToRow(record: StoredAssessment): string[] {
  return toRow(record.id, record);
}

type Json = { ok: true; key: string; data: unknown } | { ok: false; id: string; reason: string };

function rowJson(row: readonly unknown[]): Json {
  const key = String(row[0] ?? "");
  if (String(row[1] ?? "") !== String(STORAGE_VERSION)) {
    return { ok: false, id: key, reason: `unsupported storage version ${String(row[1])}` };
  }
  const json = row
    .slice(RECORD_FIXED_COLUMNS)
    .map((cell) => (cell === null || cell === undefined ? "" : String(cell)))
    .join("");
  try {
    return { ok: true, key, data: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, id: key, reason: "unreadable JSON" };
  }
}

export type RowReading =
  | { ok: true; record: StoredAssessment }
  | { ok: false; id: string; reason: string };

/** Reads an assessment row back; a damaged or foreign row is reported, never trusted. */
export function rowToRecord(row: readonly unknown[]): RowReading {
  const json = rowJson(row);
  if (!json.ok) return json;
  const parsed = RecordSchema.safeParse(json.data);
  if (!parsed.success)
    return { ok: false, id: json.key, reason: "record does not match the storage schema" };
  const model = parseModel(parsed.data.model);
  if (!model.ok) return { ok: false, id: json.key, reason: "stored model is not valid" };
  return { ok: true, record: { ...parsed.data, model: model.model } };
}

/** A library model row back to its model; null when it no longer passes the schema. */
export function rowToModel(row: readonly unknown[]): Model | null {
  const json = rowJson(row);
  if (!json.ok) return null;
  const parsed = parseModel(json.data);
  return parsed.ok ? parsed.model : null;
}

/**
 * The consultants who work on this file besides its owner and whoever created a protection: every
 * protection the add-on makes lists them as editors, so any of them can score, add respondents and
 * change the team.
 */
export interface Team {
  consultants: string[];
}

export const NO_TEAM: Team = { consultants: [] };

const TeamSchema = z.object({ consultants: z.array(z.string()) });

export function rowToTeam(row: readonly unknown[]): Team | null {
  const json = rowJson(row);
  if (!json.ok) return null;
  const parsed = TeamSchema.safeParse(json.data);
  return parsed.success ? parsed.data : null;
}

const DraftSchema = z.object({ sheet: SheetRefSchema, modelId: z.string(), version: z.string() });

export function rowToDraft(row: readonly unknown[]): ModelDraft | null {
  const json = rowJson(row);
  if (!json.ok) return null;
  const parsed = DraftSchema.safeParse(json.data);
  return parsed.success ? parsed.data : null;
}
