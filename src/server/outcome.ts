/** How server actions end: a value, or errors for the person in their language, never a stray throw. */
import type { FieldError, Outcome } from "../core/contract/contract";
import type { Lang } from "../core/texts/i18n";
import { type MessageKey, t } from "../core/texts/messages";

const LOCK_WAIT_MS = 20_000;

/** An expected failure, with messages for the person in their language. */
export class UserError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => error.message).join(" "));
  }
}

export function fail(lang: Lang, key: MessageKey, params?: Record<string, string | number>): never {
  throw new UserError([{ field: "", message: t(lang, key, params) }]);
}

/** Runs an action under the document lock; expected failures become an outcome, never a throw. */
export function guarded<T>(lang: Lang, action: () => T): Outcome<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    return { ok: false, errors: [{ field: "", message: t(lang, "errBusy") }] };
  try {
    return { ok: true, value: action() };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, errors: error.errors };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ field: "", message: t(lang, "errUnexpected", { detail }) }] };
  } finally {
    lock.releaseLock();
  }
}
