/**
 * The file's team of consultants as typed into the sidebar: one text box of addresses, read into
 * the list a request sends, and checked as the server checks it.
 */
import type { FieldError } from "../src/core/contract/contract";
import { REQUEST_LIMITS } from "../src/core/contract/limits";
import type { Lang } from "../src/core/texts/i18n";
import { ui } from "../src/core/texts/ui-messages";
import { emailProblem, normalEmail } from "./respondents";

/**
 * Addresses one per line or separated by commas, semicolons or spaces (an address holds none),
 * lower-cased as the server stores them, each once.
 */
export function parseConsultants(text: string): string[] {
  const emails = text
    .split(/[\s,;]+/)
    .map(normalEmail)
    .filter((email) => email !== "");
  return [...new Set(emails)];
}

/** The team as the text box shows it: one address per line. */
export const consultantsText = (consultants: readonly string[]): string => consultants.join("\n");

/**
 * The server's checks on a team, filed under `field` (the text box): it holds all the addresses,
 * so each message names the one at fault.
 */
export function consultantErrors(
  consultants: readonly string[],
  lang: Lang,
  field = "consultants",
): FieldError[] {
  const errors: FieldError[] = [];
  if (consultants.length > REQUEST_LIMITS.consultants) {
    errors.push({
      field,
      message: ui(lang, "tooManyConsultants", { max: REQUEST_LIMITS.consultants }),
    });
  }
  for (const email of consultants) {
    const problem = emailProblem(email, lang);
    if (problem !== null) errors.push({ field, message: `${email}: ${problem}` });
  }
  return errors;
}

/**
 * The server files a bad address under "consultants.N": in the sidebar it goes beside the one
 * text box, named, since the box shows no N. `sent` is the list the request carried.
 */
export function teamFieldError(
  error: FieldError,
  sent: readonly string[],
  field: string,
): FieldError {
  const index = /^consultants\.(\d+)/.exec(error.field)?.[1];
  const email = index === undefined ? undefined : sent[Number(index)];
  return { field, message: email === undefined ? error.message : `${email}: ${error.message}` };
}
