import type { Model } from "../schema";
import { beyondSilos } from "./beyond-silos";
import { culture6Steps } from "./culture-6-steps";
import { cx100 } from "./cx-100";
import { cx360Selfcheck } from "./cx-360-selfcheck";
import { cxMaturity } from "./cx-maturity";

/** The ready models, by id, in the order a consultant sees them. */
export const builtinModels: Readonly<Record<string, Model>> = {
  "cx-maturity": cxMaturity,
  "cx-100": cx100,
  "cx-360-selfcheck": cx360Selfcheck,
  "culture-6-steps": culture6Steps,
  "beyond-silos": beyondSilos,
};
