/**
 * The one way a zod issue becomes a sentence a person can act on. Schemas tag each check with the
 * message key it should produce (`z.regex(ID_PATTERN, "schemaBadId")`), so a message never depends
 * on a field's name; what no check can carry a tag for (a missing or mistyped value, an unknown
 * field, a value outside a list) falls back on the caller's words.
 */
import type * as z from "zod/mini";
import type { Lang } from "./i18n";
import { isMessageKey, type MessageKey, t } from "./messages";

export interface IssueWords {
  /** A value that is missing. */
  required: MessageKey;
  /** Anything else no check tagged. */
  invalid: MessageKey;
  /** A value of another type; `{expected}` names the type expected. */
  wrongType?: MessageKey;
  /** A number that is NaN or infinite. */
  notFinite?: MessageKey;
  /** A value outside a fixed list; `{options}` lists it. */
  notInList?: MessageKey;
  /** Fields nobody asked for; `{keys}` names them. */
  unknownKeys?: MessageKey;
}

const TYPE_NAMES: Readonly<Record<string, MessageKey>> = {
  string: "schemaTypeText",
  number: "schemaTypeNumber",
  boolean: "schemaTypeBoolean",
  object: "schemaTypeObject",
  array: "schemaTypeList",
};

export interface IssueError {
  /** Dotted path of the field, e.g. "respondents.2.name"; "" for the whole. */
  path: string;
  message: string;
}

/** Each issue of a failed parse as a path and a message in `lang`. */
export function issueErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  lang: Lang,
  words: IssueWords,
): IssueError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issueMessage(issue, input, lang, words),
  }));
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown, lang: Lang, words: IssueWords) {
  if (isMessageKey(issue.message)) {
    const bound: Record<string, number> =
      issue.code === "too_small"
        ? { min: Number(issue.minimum) }
        : issue.code === "too_big"
          ? { max: Number(issue.maximum) }
          : {};
    return t(lang, issue.message, bound);
  }
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return t(lang, words.required);
      if (words.notFinite && issue.expected === "number" && typeof value === "number")
        return t(lang, words.notFinite);
      const type = TYPE_NAMES[issue.expected];
      return words.wrongType
        ? t(lang, words.wrongType, { expected: type ? t(lang, type) : issue.expected })
        : t(lang, words.invalid);
    }
    case "invalid_value":
      return words.notInList
        ? t(lang, words.notInList, { options: issue.values.map(String).join(", ") })
        : t(lang, words.invalid);
    case "unrecognized_keys":
      return words.unknownKeys
        ? t(lang, words.unknownKeys, { keys: issue.keys.join(", ") })
        : t(lang, words.invalid);
    default:
      return t(lang, words.invalid);
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
