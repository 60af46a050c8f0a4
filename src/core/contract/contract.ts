/**
 * The one contract between the sidebar and the server: what each server function takes and
 * returns. Everything here crosses google.script.run, so it is plain data only (no Date, no
 * functions); requests are validated whole before anything is written.
 */
import * as z from "zod/mini";
import type { LastScore } from "../assessment/storage";
import type { Model } from "../model/schema";
import { LANGS, type Lang, type Localized } from "../texts/i18n";
import { type IssueWords, issueErrors } from "../texts/issues";
import { type UiKey, ui } from "../texts/ui-messages";
import { EMAIL_SHAPE, REQUEST_LIMITS } from "./limits";

export interface ModelSummary {
  id: string;
  version: string;
  /** Shipped with Bussola CX, or saved to this spreadsheet's library. */
  origin: "builtin" | "library";
  name: Localized;
  description: Localized;
  citation: Localized;
  authorsNote: Localized | null;
  questions: number;
  estimatedMinutes: number;
  areas: { id: string; name: Localized; min: number; max: number }[];
  /**
   * Who answers from which point of view (e.g. management, customers); empty for a model where
   * everyone answers every question. Each respondent group is mapped to one at create time.
   */
  perspectives: { id: string; name: Localized; description: Localized | null }[];
}

export interface RespondentProgress {
  id: string;
  name: string;
  group: string;
  answered: number;
  total: number;
}

export interface AssessmentSummary {
  id: string;
  clientName: string;
  lang: Lang;
  createdAt: string;
  model: { id: string; version: string; name: Localized };
  questionnaireSheet: string;
  resultsSheet: string | null;
  /** Null when the questionnaire could not be read (deleted or damaged): see `issue`. */
  respondents: RespondentProgress[] | null;
  lastScore: LastScore | null;
  issue: string | null;
}

export interface DraftSummary {
  sheetId: number;
  sheetName: string;
  modelId: string;
  version: string;
}

export interface State {
  lang: Lang;
  models: ModelSummary[];
  assessments: AssessmentSummary[];
  /** Model sheets made by "Copy a model to edit" that still exist. */
  drafts: DraftSummary[];
  /** Stored assessments that could not be read back, as messages for the person. */
  unreadable: string[];
  /** The file's consultants besides its owner (see setConsultants). */
  consultants: string[];
}

export interface FieldError {
  /** Dotted path of the request field, e.g. "respondents.2.name"; "" for the request as a whole. */
  field: string;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const Name = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(max, "tooLong"));

/**
 * A Google account's address, as people type it: trimmed and lower-cased (Google addresses are
 * not case-sensitive, and a protection's editors are compared by address).
 */
const Email = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(1, "required"),
    z.maxLength(REQUEST_LIMITS.email, "tooLong"),
    z.regex(EMAIL_SHAPE, "invalidEmail"),
  );
/** An optional email field: left empty, the respondent's column stays open to every editor. */
const OptionalEmail = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(REQUEST_LIMITS.email, "tooLong"),
    z.regex(new RegExp(`^$|${EMAIL_SHAPE.source}`), "invalidEmail"),
  );
const GroupPerspectives = z.record(
  z.string().check(z.trim(), z.maxLength(REQUEST_LIMITS.group, "tooLong")),
  z.string().check(z.minLength(1, "required")),
);
const Consultants = z
  .array(Email)
  .check(z.maxLength(REQUEST_LIMITS.consultants, "tooManyConsultants"));

export const CreateRequestSchema = z.object({
  modelId: z.string().check(z.minLength(1, "required")),
  /** Without a version, the newest one. */
  modelVersion: z.optional(z.string()),
  clientName: Name(REQUEST_LIMITS.clientName),
  lang: z.enum(LANGS),
  respondents: z
    .array(
      z.object({
        name: Name(REQUEST_LIMITS.respondentName),
        group: z.string().check(z.trim(), z.maxLength(REQUEST_LIMITS.group, "tooLong")),
        email: z.optional(OptionalEmail),
      }),
    )
    .check(
      z.minLength(1, "tooFewRespondents"),
      z.maxLength(REQUEST_LIMITS.respondents, "tooManyRespondents"),
    ),
  targets: z.optional(z.record(z.string(), z.number())),
  /** Fellow consultants to add to the file's team (those already in it stay). */
  consultants: z.optional(Consultants),
  /**
   * For a model with perspectives: the perspective each respondent group answers from, by group
   * name as typed ("" for respondents without a group). Every group used must be mapped.
   */
  groupPerspectives: z.optional(GroupPerspectives),
  /** Groups smaller than this are not shown by themselves in the Results (default 3). */
  minGroupSize: z.optional(
    z
      .number()
      .check(
        z.int("wholeNumber"),
        z.gte(1, "atLeast"),
        z.lte(REQUEST_LIMITS.minGroupSize, "atMost"),
      ),
  ),
  /**
   * Whether the Results list each respondent's scores. They sit in a spreadsheet every respondent
   * can open, so by default they are shown only when there are no groups.
   */
  showRespondentScores: z.optional(z.boolean()),
});
export type CreateRequest = z.input<typeof CreateRequestSchema>;
/** A create request after validation (names trimmed). */
export type CreateRequestValue = z.output<typeof CreateRequestSchema>;

export const ScoreRequestSchema = z.object({
  assessmentId: z.string().check(z.minLength(1, "required")),
});
export type ScoreRequest = z.input<typeof ScoreRequestSchema>;

export const AddRespondentsRequestSchema = z.object({
  assessmentId: z.string().check(z.minLength(1, "required")),
  respondents: CreateRequestSchema.shape.respondents,
  /** Perspectives of groups the assessment does not have yet (models with perspectives). */
  groupPerspectives: z.optional(GroupPerspectives),
});
export type AddRespondentsRequest = z.input<typeof AddRespondentsRequestSchema>;

export const TeamRequestSchema = z.object({ consultants: Consultants });
export type TeamRequest = z.input<typeof TeamRequestSchema>;

export const ModelRequestSchema = z.object({
  modelId: z.string().check(z.minLength(1, "required")),
  version: z.string(),
});
export type ModelRequest = z.input<typeof ModelRequestSchema>;

export const CheckModelRequestSchema = z.object({ sheetId: z.number() });
export type CheckModelRequest = z.input<typeof CheckModelRequestSchema>;

export const ImportModelRequestSchema = z.object({
  json: z
    .string()
    .check(z.minLength(1, "required"), z.maxLength(REQUEST_LIMITS.modelJson, "tooLong")),
});
export type ImportModelRequest = z.input<typeof ImportModelRequestSchema>;

/** The server functions the sidebar may call, with their argument and result types. */
export interface ServerApi {
  getState(): State;
  listModels(): ModelSummary[];
  createAssessment(request: CreateRequest): Outcome<AssessmentSummary>;
  scoreAssessment(request: ScoreRequest): Outcome<AssessmentSummary>;
  addRespondents(request: AddRespondentsRequest): Outcome<AssessmentSummary>;
  showResults(request: ScoreRequest): Outcome<null>;
  /** Makes these the file's consultants and updates every protection the add-on made. */
  setConsultants(request: TeamRequest): Outcome<string[]>;
  /** Writes a model into an editable model sheet. */
  copyModel(request: ModelRequest): Outcome<DraftSummary>;
  /** Reads a model sheet; a valid model joins the file's library. Errors carry "Sheet!A1" fields. */
  checkModel(request: CheckModelRequest): Outcome<ModelSummary>;
  exportModel(request: ModelRequest): Outcome<{ json: string }>;
  /** Pasted JSON; a valid model joins the file's library. Errors carry JSON paths. */
  importModel(request: ImportModelRequest): Outcome<ModelSummary>;
}

export function requestError(
  lang: Lang,
  field: string,
  key: UiKey,
  params?: Record<string, string | number>,
): FieldError {
  return { field, message: ui(lang, key, params) };
}

/** What no check of a request schema can tag. */
const WORDS: IssueWords = { required: "required", invalid: "invalid" };

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function parseRequest<T>(schema: z.ZodMiniType<T>, input: unknown, lang: Lang): Parsed<T> {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : {
        ok: false,
        errors: issueErrors(parsed.error.issues, input, lang, WORDS).map(({ path, message }) => ({
          field: path,
          message,
        })),
      };
}

/**
 * A respondent's email must be theirs alone within an assessment, existing respondents included:
 * two columns protected for one account would let one person answer twice.
 */
export function duplicateEmailErrors(
  emails: readonly (string | undefined)[],
  existing: readonly (string | undefined)[],
  lang: Lang,
): FieldError[] {
  const seen = new Set(existing.filter((email) => email));
  return emails.flatMap((email, index) => {
    if (!email) return [];
    const duplicate = seen.has(email);
    seen.add(email);
    return duplicate
      ? [requestError(lang, `respondents.${index}.email`, "duplicateEmail", { email })]
      : [];
  });
}

/** Respondent names must be unique (case-insensitive) within an assessment, existing ones included. */
export function duplicateRespondentErrors(
  names: readonly string[],
  existing: readonly string[],
  lang: Lang,
): FieldError[] {
  const seen = new Set(existing.map((name) => name.toLowerCase()));
  return names.flatMap((name, index) => {
    const key = name.toLowerCase();
    const duplicate = seen.has(key);
    seen.add(key);
    return duplicate
      ? [requestError(lang, `respondents.${index}.name`, "duplicateRespondent", { name })]
      : [];
  });
}

export function targetErrors(
  model: Model,
  targets: Readonly<Record<string, number>>,
  lang: Lang,
): FieldError[] {
  return Object.entries(targets).flatMap(([areaId, target]) => {
    const area = model.areas.find((candidate) => candidate.id === areaId);
    if (area === undefined)
      return [requestError(lang, `targets.${areaId}`, "unknownArea", { id: areaId })];
    const { min, max } = area.range;
    return target >= min && target <= max
      ? []
      : [requestError(lang, `targets.${areaId}`, "targetOutOfRange", { min, max })];
  });
}

/**
 * For a model with perspectives, every respondent's group must answer from one of them: a group
 * neither in `mapping` nor in `existing` (an assessment's groups so far) is reported at its first
 * respondent's group field, and a mapping to a perspective the model does not have at its own
 * field. Returns the mapping of every group the respondents use, existing ones included. A model
 * without perspectives takes no mapping.
 */
export function groupPerspectiveErrors(
  model: Model,
  respondents: readonly { group: string }[],
  mapping: Readonly<Record<string, string>>,
  existing: Readonly<Record<string, string>>,
  lang: Lang,
): { errors: FieldError[]; perspectives: Record<string, string> | undefined } {
  const perspectives = model.perspectives;
  if (perspectives === undefined) return { errors: [], perspectives: undefined };
  const ids = new Set(perspectives.map((perspective) => perspective.id));
  const options = perspectives.map((perspective) => perspective.name[lang]).join(", ");
  // Own entries only: a group named "constructor" is a group like any other.
  const given = new Map(Object.entries(mapping));
  const known = new Map(Object.entries(existing));
  const errors: FieldError[] = [];
  for (const [group, id] of given) {
    const before = known.get(group);
    if (!ids.has(id))
      errors.push(requestError(lang, `groupPerspectives.${group}`, "unknownPerspective", { id }));
    // A group's perspective is fixed once its respondents answer from it: changing it would make
    // their columns read as another perspective's.
    else if (before !== undefined && before !== id)
      errors.push(
        requestError(lang, `groupPerspectives.${group}`, "groupPerspectiveFixed", {
          group,
          perspective:
            perspectives.find((perspective) => perspective.id === before)?.name[lang] ?? before,
        }),
      );
  }
  const used = new Map<string, string>();
  const reported = new Set<string>();
  respondents.forEach(({ group }, index) => {
    const id = given.get(group) ?? known.get(group);
    if (id !== undefined) {
      if (ids.has(id)) used.set(group, id);
      return;
    }
    if (reported.has(group)) return;
    reported.add(group);
    errors.push(
      group === ""
        ? requestError(lang, `respondents.${index}.group`, "noGroupWithoutPerspective", { options })
        : requestError(lang, `respondents.${index}.group`, "groupWithoutPerspective", {
            group,
            options,
          }),
    );
  });
  return { errors, perspectives: Object.fromEntries([...known, ...used]) };
}

export function summarizeModel(model: Model, origin: ModelSummary["origin"]): ModelSummary {
  return {
    id: model.id,
    version: model.version,
    origin,
    name: model.name,
    description: model.description,
    citation: model.source.citation,
    authorsNote: model.source.authorsNote ?? null,
    questions: model.questions.length,
    estimatedMinutes: model.estimatedMinutes,
    areas: model.areas.map((area) => ({
      id: area.id,
      name: area.name,
      min: area.range.min,
      max: area.range.max,
    })),
    perspectives: (model.perspectives ?? []).map((perspective) => ({
      id: perspective.id,
      name: perspective.name,
      description: perspective.description ?? null,
    })),
  };
}
