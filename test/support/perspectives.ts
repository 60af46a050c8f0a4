/**
 * A model whose questions are asked of different perspectives (seed 002: the company's self-image
 * against its customers' perception), small enough to work out by hand.
 */
import type { AssessmentSettings } from "../../src/core/assessment/assessment";
import type { Model } from "../../src/core/model/schema";
import { levelModel } from "./fixtures";

const text = (en: string) => ({ en, it: `${en} (it)` });

/**
 * levelModel with "don't know" on its scale, two perspectives and a third people question:
 * - p1: everyone; customers read their own wording;
 * - p2, p3: internal only;
 * - r1: internal and customer, customers in their own words;
 * - r2: customers only.
 * So internal respondents are asked p1, p2, p3, r1 (4) and customers p1, r1, r2 (3).
 */
export function perspectiveModel(): Model {
  const model = levelModel();
  const [scale] = model.scales;
  if (scale !== undefined) scale.allowDontKnow = true;
  model.perspectives = [
    { id: "internal", name: text("Internal"), description: text("The company's people") },
    { id: "customer", name: text("Customers") },
  ];
  const [p1, p2, r1, r2] = model.questions;
  if (p1 === undefined || p2 === undefined || r1 === undefined || r2 === undefined)
    throw new Error("levelModel has four questions");
  p1.wording = { customer: text("I feel understood") };
  p2.perspectives = ["internal"];
  r1.perspectives = ["internal", "customer"];
  r1.wording = { customer: text("R1 as I see it") };
  r2.perspectives = ["customer"];
  const p3 = { ...structuredClone(p2), id: "p3", text: text("P3") };
  model.questions = [p1, p2, p3, r1, r2];
  return model;
}

/** Anna answers for the company, Bruno as a customer, Carla's group has no perspective. */
export function perspectiveSettings(lang: "it" | "en" = "it"): AssessmentSettings {
  return {
    clientName: "Acme",
    lang,
    respondents: [
      { id: "r1", name: "Anna", group: "Direzione" },
      { id: "r2", name: "Bruno", group: "Clienti" },
      { id: "r3", name: "Carla", group: "Ospiti" },
    ],
    targets: {},
    perspectives: { Direzione: "internal", Clienti: "customer" },
  };
}
