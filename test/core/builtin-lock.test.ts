import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  changedMessage,
  formatLock,
  LOCK_FILE,
  lockKey,
  modelHash,
  readLock,
  updateLock,
  updateLockFile,
} from "../../build/lock-models";
import { builtinModels } from "../../src/core/model/builtin";
import { canonicalJson } from "../../src/core/model/library";
import { type Model, parseModel } from "../../src/core/model/schema";

const lock = readLock(LOCK_FILE);
const models = Object.values(builtinModels);
const cx100 = builtinModels["cx-100"] as Model;

/** The same model with one character of content changed (its first area's Italian name). */
function edited(model: Model): Model {
  const copy = structuredClone(model);
  const area = copy.areas[0];
  if (area === undefined) throw new Error(`${model.id} has no area`);
  area.name.it = `${area.name.it}!`;
  return copy;
}

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversedKeys(item)]),
  );
}

describe("models.lock.json: a released built-in id@version never changes", () => {
  it.each(models.map((model) => [lockKey(model), model] as const))(
    "%s is locked, with the content it was released with",
    (key, model) => {
      expect(
        lock[key],
        `${key} is not in src/core/model/builtin/models.lock.json: run \`npm run lock-models\` (tsx build/lock-models.ts) to lock it`,
      ).toBeDefined();
      expect(modelHash(model), changedMessage(key)).toBe(lock[key]);
    },
  );

  it("holds only id@version → sha256 entries, formatted as the script writes them", () => {
    for (const [key, hash] of Object.entries(lock)) {
      expect(key).toMatch(/^[a-z0-9][a-z0-9._-]*@\d+\.\d+\.\d+$/);
      expect(hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    }
    expect(readFileSync(LOCK_FILE, "utf8")).toBe(formatLock(lock));
  });
});

describe("the content hash", () => {
  it("ignores key order and the $schema an editor needs", () => {
    const fromFile = parseModel({ $schema: "../model.schema.json", ...cx100 });
    if (!fromFile.ok) throw new Error("cx-100 does not parse");
    expect(modelHash(fromFile.model)).toBe(modelHash(cx100));
    expect(canonicalJson({ b: [1, { d: 2, c: "x" }], a: null })).toBe(
      '{"a":null,"b":[1,{"c":"x","d":2}]}',
    );
    expect(JSON.stringify(reversedKeys(cx100))).not.toBe(JSON.stringify(cx100));
    expect(canonicalJson(reversedKeys(cx100))).toBe(canonicalJson(cx100));
  });

  it("changes with any change of content", () => {
    expect(modelHash(edited(cx100))).not.toBe(modelHash(cx100));
    const reweighted = structuredClone(cx100);
    const question = reweighted.questions[0];
    if (question === undefined) throw new Error("cx-100 has no question");
    question.weight += 1;
    expect(modelHash(reweighted)).not.toBe(modelHash(cx100));
  });
});

describe("the lock script (tsx build/lock-models.ts)", () => {
  // A lock of their own, so these tests hold whatever versions the built-ins are at.
  const released = { ...cx100, version: "1.0.0" };
  const changed = edited(released);
  const next = { ...released, version: "1.1.0" };
  const lockOfReleased = { [lockKey(released)]: modelHash(released) };

  it("fails a changed release with its id@version and says to give it a new version", () => {
    expect(() =>
      expect(modelHash(changed), changedMessage(lockKey(changed))).toBe(
        lockOfReleased[lockKey(changed)],
      ),
    ).toThrow(/^cx-100@1\.0\.0 changed after it was released: give it a new version/);
  });

  it("adds new versions after the released ones", () => {
    const update = updateLock(lockOfReleased, [released, next]);
    expect(update.added).toEqual(["cx-100@1.1.0"]);
    expect(update.changed).toEqual([]);
    expect(update.lock).toEqual({ ...lockOfReleased, "cx-100@1.1.0": modelHash(next) });
    expect(Object.keys(update.lock)).toEqual(["cx-100@1.0.0", "cx-100@1.1.0"]);
  });

  it("never rewrites an existing entry: a changed release is reported and stays as locked", () => {
    const update = updateLock(lockOfReleased, [changed]);
    expect(update.added).toEqual([]);
    expect(update.changed).toEqual(["cx-100@1.0.0"]);
    expect(update.lock).toEqual(lockOfReleased);
  });

  it("keeps the entries of versions no longer built in", () => {
    expect(updateLock(lockOfReleased, []).lock).toEqual(lockOfReleased);
  });

  describe("on a file", () => {
    let dir: string | undefined;
    afterEach(() => {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    });

    it("creates it, appends new versions and leaves released entries byte for byte", () => {
      dir = mkdtempSync(join(tmpdir(), "bussola-lock-"));
      const file = join(dir, "models.lock.json");
      expect(updateLockFile(file, [released]).added).toEqual(["cx-100@1.0.0"]);
      const first = readFileSync(file, "utf8");
      expect(first).toBe(formatLock(lockOfReleased));

      const update = updateLockFile(file, [changed, next]);
      expect(update).toMatchObject({ added: ["cx-100@1.1.0"], changed: ["cx-100@1.0.0"] });
      const written = readFileSync(file, "utf8");
      expect(written.startsWith(first.slice(0, first.lastIndexOf("\n}")))).toBe(true);
      expect(readLock(file)).toEqual({ ...lockOfReleased, "cx-100@1.1.0": modelHash(next) });

      updateLockFile(file, [changed]);
      expect(readFileSync(file, "utf8")).toBe(written);
    });
  });
});
