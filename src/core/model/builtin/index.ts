/**
 * The built-in models. Each is a JSON file beside this one, written against the published model
 * schema like any model a consultant imports, and it goes through the same `parseModel`: a
 * built-in is data, so nothing it holds can bypass the checks an imported model gets.
 *
 * The files are imported, not read, so esbuild bundles them into dist/Code.js and src/core stays
 * free of I/O. Released versions are pinned by content in models.lock.json
 * (test/core/builtin-lock.test.ts; `tsx build/lock-models.ts` adds new versions).
 */
import { type Model, parseModel } from "../schema";
import beyondSilos from "./beyond-silos.json";
import culture6Steps from "./culture-6-steps.json";
import cx100 from "./cx-100.json";
import cx360Selfcheck from "./cx-360-selfcheck.json";
import cxMaturity from "./cx-maturity.json";

/**
 * Parses one built-in model file. A built-in that does not parse is a programming error, not a
 * user's mistake, so it throws with every error listed, on the model's first use (listing the
 * models, creating from it); the test suite parses every built-in, so it fails first.
 */
export function loadBuiltin(file: string, json: unknown): Model {
  const result = parseModel(json, "en");
  if (!result.ok) {
    const errors = result.errors.map((error) => `${error.path || "(model)"}: ${error.message}`);
    throw new Error(`built-in model ${file} is not a valid model:\n  ${errors.join("\n  ")}`);
  }
  return result.model;
}

/** The built-in files, by model id, in the order a consultant sees the models. */
const FILES: readonly (readonly [id: string, json: unknown])[] = [
  ["cx-maturity", cxMaturity],
  ["cx-100", cx100],
  ["cx-360-selfcheck", cx360Selfcheck],
  ["culture-6-steps", culture6Steps],
  ["beyond-silos", beyondSilos],
];

/**
 * Each model is parsed on first use, then kept. Apps Script evaluates dist/Code.js afresh on every
 * call, and parsing all five up front roughly tripled that evaluation (about 6 ms to 20 ms in a
 * fresh V8 context); calls that never look at a built-in (onOpen, scoring) should not pay for it.
 */
function lazyModels(files: typeof FILES): Readonly<Record<string, Model>> {
  const models: Record<string, Model> = {};
  for (const [id, json] of files) {
    let model: Model | undefined;
    Object.defineProperty(models, id, {
      enumerable: true,
      get(): Model {
        if (model === undefined) model = loadBuiltin(`${id}.json`, json);
        return model;
      },
    });
  }
  return Object.freeze(models);
}

/** The ready models, by id, in the order a consultant sees them. */
export const builtinModels: Readonly<Record<string, Model>> = lazyModels(FILES);
