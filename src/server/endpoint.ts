/**
 * How every server function the sidebar calls runs: in the person's language, the whole request
 * validated before anything else, then the action under the document lock, and every expected
 * failure returned as an outcome in that language, never a stray throw.
 */
import type * as z from "zod/mini";
import { type FieldError, type Outcome, parseRequest } from "../core/contract/contract";
import { type Lang, langFromLocale } from "../core/texts/i18n";
import { type MessageKey, t } from "../core/texts/messages";

const LOCK_WAIT_MS = 20_000;

/** The language of the person using the add-on now (Google lets even AuthMode.NONE read the locale). */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

/**
 * Runs one step of taking back a failed run; if it fails too, the run's own error is the one the
 * person reads, and the step is left.
 */
export function attempt(step: () => void): boolean {
  try {
    step();
    return true;
  } catch {
    return false;
  }
}

/** An expected failure, with messages for the person in their language. */
export class UserError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => error.message).join(" "));
  }
}

export function fail(lang: Lang, key: MessageKey, params?: Record<string, string | number>): never {
  throw new UserError([{ field: "", message: t(lang, key, params) }]);
}

/** An expected failure as the person reads it; anything else as an unexpected one, with its detail. */
function failure(lang: Lang, error: unknown): Outcome<never> {
  if (error instanceof UserError) return { ok: false, errors: error.errors };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, errors: [{ field: "", message: t(lang, "errUnexpected", { detail }) }] };
}

/**
 * Runs an action under the document lock; expected failures become an outcome, never a throw.
 * Before the lock goes, SpreadsheetApp.flush() commits the action's writes, as Google's Lock
 * reference asks (releaseLock): otherwise the next run, once it has the lock, could read the sheets
 * as they were. A failed action is flushed too, since it may have written before failing (a model
 * check's notes). If the flush itself fails, the writes may not have landed: the person is told
 * so rather than given a success, and the lock is released all the same.
 */
export function guarded<T>(lang: Lang, action: () => T): Outcome<T> {
  let lock: GoogleAppsScript.Lock.Lock;
  try {
    lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS))
      return { ok: false, errors: [{ field: "", message: t(lang, "errBusy") }] };
  } catch (error) {
    // Nothing has run: the person is told, in their language, rather than handed a stray throw.
    return failure(lang, error);
  }
  try {
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: action() };
    } catch (error) {
      outcome = failure(lang, error);
    }
    try {
      SpreadsheetApp.flush();
    } catch (error) {
      // The action's own failure, if any, says more than the flush's: keep it.
      if (outcome.ok) outcome = failure(lang, error);
    }
    return outcome;
  } finally {
    // A lock that cannot be released expires with the execution; the outcome stands.
    attempt(() => lock.releaseLock());
  }
}

/** A server function: language → parse the request whole → lock → the action, guarded. */
export function endpoint<Request, Result>(
  schema: z.ZodMiniType<Request>,
  action: (request: Request, lang: Lang) => Result,
): (request: unknown) => Outcome<Result> {
  return (request) => {
    // The locale is readable in every authorization mode; should reading it fail, English
    // answers rather than a stray throw.
    let lang: Lang;
    try {
      lang = userLang();
    } catch {
      lang = langFromLocale("");
    }
    const parsed = parseRequest(schema, request, lang);
    if (!parsed.ok) return parsed;
    return guarded(lang, () => action(parsed.value, lang));
  };
}
