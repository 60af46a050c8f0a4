/** Respondents as typed or pasted into the sidebar, and what the sidebar can check before sending. */
import type { AddRespondentsRequest, FieldError } from "../src/core/contract/contract";
import { EMAIL_SHAPE, REQUEST_LIMITS } from "../src/core/contract/limits";
import type { Lang } from "../src/core/texts/i18n";
import { ui } from "../src/core/texts/ui-messages";

export interface RespondentRow {
  name: string;
  group: string;
  /** Their Google account's address, as typed; "" leaves their column open to every editor. */
  email: string;
}

export const blankRow = (group = ""): RespondentRow => ({ name: "", group, email: "" });

/**
 * "Name; Group" per line, or name and group in two spreadsheet columns (a tab). A comma separates
 * only in lines with neither, so "Rossi, Mario; Direzione" keeps its name. A part with an "@",
 * wherever it stands, is the person's email (a mistyped one is then checked, not taken for a
 * group). Empty lines are skipped.
 */
export function parseRespondentList(text: string): RespondentRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const separator = /[\t;]/.test(line) ? /[\t;]/ : /,/;
      const parts = line.split(separator).map((part) => part.trim());
      const email = parts.find((part) => part.includes("@")) ?? "";
      const [name = "", ...rest] = parts.filter((part) => part !== email || email === "");
      return { name, group: rest.filter((part) => part !== "").join(" "), email };
    });
}

/** The rows as a request sends them: an email only where one was typed. */
export function respondentsRequest(
  rows: readonly RespondentRow[],
): AddRespondentsRequest["respondents"] {
  return rows.map(({ name, group, email }) =>
    email.trim() === "" ? { name, group } : { name, group, email },
  );
}

/** An email as the server compares it: trimmed and lower-cased. */
export const normalEmail = (email: string): string => email.trim().toLowerCase();

/** The server's checks on one email address: REQUEST_LIMITS.email and EMAIL_SHAPE. */
export function emailProblem(email: string, lang: Lang): string | null {
  if (email.length > REQUEST_LIMITS.email)
    return ui(lang, "tooLong", { max: REQUEST_LIMITS.email });
  return EMAIL_SHAPE.test(email) ? null : ui(lang, "invalidEmail");
}

/**
 * The server's checks on a respondent list (REQUEST_LIMITS, names trimmed as the server trims them,
 * emails well shaped and each used once), made here so a round trip is spent only on a plausible
 * request. The inputs' maxlength stops typing past a limit, but a pasted list fills them
 * programmatically and can still be too long.
 */
export function respondentErrors(
  rows: readonly RespondentRow[],
  lang: Lang,
  field = "respondents",
): FieldError[] {
  const errors: FieldError[] = [];
  if (rows.length > REQUEST_LIMITS.respondents) {
    errors.push({
      field,
      message: ui(lang, "tooManyRespondents", { max: REQUEST_LIMITS.respondents }),
    });
  }
  const emails = new Set<string>();
  rows.forEach((row, index) => {
    const name = row.name.trim();
    if (name === "")
      errors.push({ field: `${field}.${index}.name`, message: ui(lang, "required") });
    else if (name.length > REQUEST_LIMITS.respondentName) {
      errors.push({
        field: `${field}.${index}.name`,
        message: ui(lang, "tooLong", { max: REQUEST_LIMITS.respondentName }),
      });
    }
    if (row.group.trim().length > REQUEST_LIMITS.group) {
      errors.push({
        field: `${field}.${index}.group`,
        message: ui(lang, "tooLong", { max: REQUEST_LIMITS.group }),
      });
    }
    const email = normalEmail(row.email);
    if (email === "") return;
    // As on the server: the second use of an address is the one at fault.
    const problem = emails.has(email)
      ? ui(lang, "duplicateEmail", { email })
      : emailProblem(email, lang);
    if (problem !== null) errors.push({ field: `${field}.${index}.email`, message: problem });
    emails.add(email);
  });
  return errors;
}
