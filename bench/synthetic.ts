/** Synthetic models and answers of any size, from a seeded generator so runs are comparable. */

import type { Responses } from "../src/core/assessment/scoring";
import type { Model } from "../src/core/model/schema";

const text = (s: string) => ({ it: s, en: s });

export function syntheticModel(
  questions: number,
  areas = Math.max(1, Math.min(10, Math.ceil(questions / 10))),
): Model {
  const band = (id: string, min: number, max: number) => ({
    id,
    min,
    max,
    label: text(id),
    description: text(id),
    color: "#888888",
  });
  return {
    id: `synthetic-${questions}`,
    version: "1.0.0",
    name: text(`Synthetic ${questions}`),
    description: text("Benchmark model"),
    source: { citation: text("Bussola CX benchmark") },
    estimatedMinutes: Math.ceil(questions / 4),
    scoring: { overall: "weightedMean", minCompleteness: 0.6 },
    scales: [
      {
        id: "level",
        name: text("Level"),
        allowNA: true,
        options: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(`${value}`) })),
      },
    ],
    areas: Array.from({ length: areas }, (_, a) => ({
      id: `area-${a}`,
      name: text(`Area ${a}`),
      description: text(`Area ${a}`),
      weight: 1 + (a % 3),
      range: { min: 1, max: 5 },
    })),
    questions: Array.from({ length: questions }, (_, q) => ({
      id: `q-${q}`,
      area: `area-${q % areas}`,
      scale: "level",
      text: text(`Question ${q}`),
      weight: 1 + (q % 2),
      reverse: q % 7 === 0,
    })),
    bands: {
      overall: [band("low", 1, 2.5), band("mid", 2.5, 4), band("high", 4, 5)],
      areas: [band("low", 1, 2.5), band("mid", 2.5, 4), band("high", 4, 5)],
    },
    recommendations: [],
  };
}

/** Mulberry32: tiny, fast, deterministic. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticResponses(model: Model, respondents: number, seed = 1): Responses {
  const next = random(seed);
  const groups = ["Direzione", "Front line", "Clienti"];
  return {
    respondents: Array.from({ length: respondents }, (_, r) => ({
      id: `r-${r}`,
      name: `Respondent ${r}`,
      group: groups[r % groups.length],
      answers: Object.fromEntries(
        model.questions.map((question) => {
          const roll = next();
          // 5% blank, 3% N/A, 2% don't know, the rest a value
          const answer =
            roll < 0.05
              ? null
              : roll < 0.08
                ? "na"
                : roll < 0.1
                  ? "dk"
                  : 1 + Math.floor(next() * 5);
          return [question.id, answer];
        }),
      ),
    })),
  };
}
