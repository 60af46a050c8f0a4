/** What a server action answered, for tests that expect it to succeed. */
import type { Outcome } from "../../src/core/contract/contract";

export function ok<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}
