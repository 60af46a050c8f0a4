/** Respondents as typed or pasted into the sidebar, and what the sidebar can check before sending. */
import type { FieldError } from "../src/core/contract/contract";
import { REQUEST_LIMITS } from "../src/core/contract/limits";
import type { Lang } from "../src/core/texts/i18n";
import { ui } from "../src/core/texts/ui-messages";

export interface RespondentRow {
  name: string;
  group: string;
}

/**
 * "Name; Group" per line, or name and group in two spreadsheet columns (a tab). A comma separates
 * only in lines with neither, so "Rossi, Mario; Direzione" keeps its name. Empty lines are skipped.
 */
export function parseRespondentList(text: string): RespondentRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const separator = /[\t;]/.test(line) ? /[\t;]/ : /,/;
      const [name = "", ...rest] = line.split(separator);
      return { name: name.trim(), group: rest.join(" ").trim() };
    });
}

/**
 * The server's checks on a respondent list (REQUEST_LIMITS, names trimmed as the server trims them),
 * made here so a round trip is spent only on a plausible request. The inputs' maxlength stops typing
 * past a limit, but a pasted list fills them programmatically and can still be too long.
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
  });
  return errors;
}
