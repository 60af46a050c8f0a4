import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/core/assessment/scoring";
import { builtinModels } from "../../src/core/model/builtin";
import { areaBands, bandFor, type Model, parseModel } from "../../src/core/model/schema";

const models = Object.entries(builtinModels);
const seed004 = readFileSync(
  join(import.meta.dirname, "../../../shared/seeds/004_b364a68f49211262.txt"),
  "utf8",
);

describe("built-in models", () => {
  it("are the five of DESIGN.md, keyed by their ids", () => {
    expect(Object.keys(builtinModels)).toEqual([
      "cx-maturity",
      "cx-100",
      "cx-360-selfcheck",
      "culture-6-steps",
      "beyond-silos",
    ]);
    for (const [id, model] of models) expect(model.id).toBe(id);
  });

  it.each(models)("%s passes the schema, with messages in both languages", (_id, model) => {
    expect(parseModel(model, "en")).toEqual({ ok: true, model });
    expect(parseModel(model, "it").ok).toBe(true);
  });

  it.each(models)(
    "%s cites its source and has a recommendation for every area and band",
    (_id, model) => {
      expect(model.source.citation.it.length).toBeGreaterThan(10);
      expect(model.source.citation.en.length).toBeGreaterThan(10);
      for (const area of model.areas) {
        for (const band of areaBands(model, area)) {
          expect(
            model.recommendations.some((r) => r.area === area.id && r.band === band.id),
            `${area.id} × ${band.id}`,
          ).toBe(true);
        }
      }
    },
  );

  it("cx-360-selfcheck has the seed's 25 questions verbatim, yes/no, scored as the number of yes", () => {
    const model = builtinModels["cx-360-selfcheck"] as Model;
    expect(model.questions).toHaveLength(25);
    const seedText = seed004.replace(/\s+/g, " ");
    for (const question of model.questions) expect(seedText).toContain(question.text.it);
    expect(model.scales[0]?.options.map((o) => o.value).sort()).toEqual([0, 1]);
    expect(model.bands.overall.map((b) => [b.min, b.max])).toEqual([
      [0, 9],
      [9, 18],
      [18, 25],
    ]);
  });

  it.each([
    [0, "0–8"],
    [8, "0–8"],
    [9, "9–17"],
    [17, "9–17"],
    [18, "18–25"],
    [25, "18–25"],
  ])("cx-360-selfcheck: %d yes answers fall in the seed's band %s", (yes, range) => {
    const model = builtinModels["cx-360-selfcheck"] as Model;
    const answers = Object.fromEntries(model.questions.map((q, i) => [q.id, i < yes ? 1 : 0]));
    const result = score(model, { respondents: [{ id: "r", name: "r", answers }] });
    expect(result.overall.score).toBeCloseTo(yes, 9);
    expect(result.overall.band?.label.it).toContain(range);
  });

  it("cx-maturity has 7 areas on 1–5 and the 5 maturity levels with the seed's descriptions", () => {
    const model = builtinModels["cx-maturity"] as Model;
    expect(model.areas).toHaveLength(7);
    expect(model.scoring.overall).toBe("weightedMean");
    expect(model.bands.overall).toHaveLength(5);
    expect(model.bands.overall[0]?.description.it).toContain(
      "Azienda interessata, ma dedica pochi fondi e poco tempo",
    );
    expect(new Set(model.questions.map((q) => q.theme?.en)).size).toBe(6);
  });

  it("cx-100 is 5 areas of 20 points, 100 in total", () => {
    const model = builtinModels["cx-100"] as Model;
    expect(model.areas.map((a) => a.range)).toEqual(Array(5).fill({ min: 0, max: 20 }));
    expect(model.scoring.overall).toBe("sum");
    expect(model.bands.overall[model.bands.overall.length - 1]?.max).toBe(100);
  });

  it("culture-6-steps has the 6 steps; beyond-silos the 4 points plus leadership", () => {
    expect(builtinModels["culture-6-steps"]?.areas).toHaveLength(6);
    expect(builtinModels["beyond-silos"]?.areas).toHaveLength(5);
    expect(builtinModels["beyond-silos"]?.questions.some((q) => q.reverse)).toBe(true);
  });
});

describe("every band boundary of every built-in model", () => {
  const cases = models.flatMap(([id, model]) => [
    ...model.bands.overall.map((_band, index, bands) => [`${id} overall`, bands, index] as const),
    ...model.areas.flatMap((area) =>
      areaBands(model, area).map(
        (_band, index, bands) => [`${id} ${area.id}`, bands, index] as const,
      ),
    ),
  ]);
  it.each(cases)(
    "%s band %i: its min is in it, just below is the band before",
    (_name, bands, index) => {
      const band = bands[index];
      if (band === undefined) throw new Error("no band");
      expect(bandFor(bands, band.min)?.id).toBe(band.id);
      expect(bandFor(bands, band.min - 1e-9)?.id ?? null).toBe(bands[index - 1]?.id ?? null);
      const isLast = index === bands.length - 1;
      expect(bandFor(bands, band.max)?.id ?? null).toBe(
        isLast ? band.id : (bands[index + 1]?.id ?? null),
      );
      if (isLast) expect(bandFor(bands, band.max + 1e-9)).toBeNull();
    },
  );
});
