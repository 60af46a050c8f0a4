/** The models a consultant can use: the built-in ones, then those saved to this file. */
import type { Model } from "./schema";

/** Compares "1.2.10" and "1.10.0" as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The next patch version of `version` that no model with this id uses yet. */
export function nextFreeVersion(models: readonly Model[], id: string, version: string): string {
  const [major = 1, minor = 0, patch = 0] = version.split(".").map(Number);
  const taken = new Set(models.filter((model) => model.id === id).map((model) => model.version));
  let next = patch + 1;
  while (taken.has(`${major}.${minor}.${next}`)) next += 1;
  return `${major}.${minor}.${next}`;
}

/** A model's id and version, or without version its newest one. */
export function findModel(
  models: readonly Model[],
  id: string,
  version?: string,
): Model | undefined {
  const candidates = models.filter((model) => model.id === id);
  if (version !== undefined) return candidates.find((model) => model.version === version);
  return [...candidates].sort((a, b) => compareVersions(b.version, a.version))[0];
}

/**
 * JSON with every object's keys sorted and no whitespace, so two models compare (and the built-in
 * lock hashes them) by content alone: reordering keys or reformatting a file is not a change.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      // Absent and undefined are the same model, as in JSON.stringify.
      .filter(([, item]) => item !== undefined)
      // By UTF-16 code unit, not localeCompare: the order must not depend on the machine's locale.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  // JSON.stringify gives undefined for undefined (only reachable inside an array): JSON writes null.
  return JSON.stringify(value) ?? "null";
}

export function sameModel(a: Model, b: Model): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
