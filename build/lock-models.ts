/**
 * Pins every released built-in model by content in src/core/model/builtin/models.lock.json.
 *
 * Assessments name their model by id and version, and a consultant's file keeps using a built-in
 * by that pair, so a released id@version must never change: a change needs a new version.
 * test/core/builtin-lock.test.ts fails when a built-in's content no longer matches its entry or
 * when a built-in has no entry; `tsx build/lock-models.ts` adds the entries of new versions and
 * never rewrites an existing one (a changed release is reported and the script fails instead).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinModels } from "../src/core/model/builtin";
import { canonicalJson } from "../src/core/model/library";
import type { Model } from "../src/core/model/schema";

export const LOCK_FILE = join(import.meta.dirname, "../src/core/model/builtin/models.lock.json");

/** `id@version` → content hash, in the order the versions were released. */
export type Lock = Readonly<Record<string, string>>;

export function lockKey(model: Model): string {
  return `${model.id}@${model.version}`;
}

/** The hash of a parsed model (which carries no "$schema": parseModel drops it). */
export function modelHash(model: Model): string {
  return `sha256-${createHash("sha256").update(canonicalJson(model)).digest("hex")}`;
}

export interface LockUpdate {
  lock: Lock;
  /** id@version entries this update adds. */
  added: string[];
  /** Released id@version whose content differs from its entry: left as locked, to be reported. */
  changed: string[];
}

/**
 * Adds an entry for every model not yet in the lock. Existing entries are kept as they are, also
 * for versions no longer built in, since the lock is the record of what was released.
 */
export function updateLock(lock: Lock, models: readonly Model[]): LockUpdate {
  const next: Record<string, string> = { ...lock };
  const added: string[] = [];
  const changed: string[] = [];
  for (const model of models) {
    const key = lockKey(model);
    const hash = modelHash(model);
    const locked = next[key];
    if (locked === undefined) {
      next[key] = hash;
      added.push(key);
    } else if (locked !== hash) {
      changed.push(key);
    }
  }
  return { lock: next, added, changed };
}

export function readLock(file: string): Lock {
  if (!existsSync(file)) return {};
  const lock: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (
    lock === null ||
    typeof lock !== "object" ||
    Array.isArray(lock) ||
    !Object.values(lock).every((hash) => typeof hash === "string")
  ) {
    throw new Error(`${file} is not an object of id@version → hash`);
  }
  return lock as Lock;
}

/** The file as biome formats it, so writing it leaves `biome check` clean. */
export function formatLock(lock: Lock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** Reads the lock, adds the new versions and writes it back only when something was added. */
export function updateLockFile(file: string, models: readonly Model[]): LockUpdate {
  const update = updateLock(readLock(file), models);
  if (update.added.length > 0) writeFileSync(file, formatLock(update.lock));
  return update;
}

export function changedMessage(key: string): string {
  return `${key} changed after it was released: give it a new version (assessments name their model by id@version), then run \`npm run lock-models\` (tsx build/lock-models.ts)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { added, changed } = updateLockFile(LOCK_FILE, Object.values(builtinModels));
  for (const key of added) console.log(`locked ${key}`);
  if (added.length === 0 && changed.length === 0) console.log("no new built-in version to lock");
  for (const key of changed) console.error(changedMessage(key));
  if (changed.length > 0) process.exitCode = 1;
}
