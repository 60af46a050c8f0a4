/** The models this spreadsheet offers: built-in ones first, then the file's own library. */
import { type ModelSummary, summarizeModel } from "../core/contract/contract";
import { builtinModels } from "../core/model/builtin";
import { findModel } from "../core/model/library";
import type { Model } from "../core/model/schema";
import type { AssessmentStore } from "./store";

export { findModel };

export function availableModels(store: AssessmentStore): Model[] {
  const builtins = Object.values(builtinModels);
  const own = store
    .models()
    .filter(
      (model) =>
        !builtins.some((builtin) => builtin.id === model.id && builtin.version === model.version),
    );
  return [...builtins, ...own];
}

export function isBuiltin(model: Model): boolean {
  return builtinModels[model.id]?.version === model.version;
}

export function summaryOf(model: Model): ModelSummary {
  return summarizeModel(model, isBuiltin(model) ? "builtin" : "library");
}
