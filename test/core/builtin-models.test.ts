import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/core/assessment/scoring";
import { builtinModels, loadBuiltin } from "../../src/core/model/builtin";
import { areaBands, bandFor, type Model, parseModel } from "../../src/core/model/schema";

const models = Object.entries(builtinModels);
const BUILTIN_DIR = join(import.meta.dirname, "../../src/core/model/builtin");
/** The built-in model files: every JSON file beside index.ts except the lock. */
const modelFiles = readdirSync(BUILTIN_DIR)
  .filter((file) => file.endsWith(".json") && file !== "models.lock.json")
  .sort();

/**
 * The source articles live beside the repository, not in it: a clone of the repository alone has
 * none, so only the checks against them need them, and every string the other checks take from
 * them is copied below (and checked against them whenever they are present).
 */
const SEEDS_DIR = join(import.meta.dirname, "../../../shared/seeds");
const seedsPresent = existsSync(SEEDS_DIR);
if (!seedsPresent) {
  // Said out loud: a skipped extra should not pass unnoticed in the summary's count.
  console.info(
    "builtin models: the verbatim check against the source articles is skipped (../shared/seeds is not beside the repository)",
  );
}

/** A seed's text with its line breaks and runs of spaces as single spaces, as the models quote it. */
function seedText(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), "utf8").replace(/\s+/g, " ");
}

const SEED_003 = "003_61a4e3557e8e3acd.txt";
const SEED_004 = "004_b364a68f49211262.txt";

/** Seed 003's first maturity level, as cx-maturity describes it. */
const SEED_003_LEVEL_1 = "Azienda interessata, ma dedica pochi fondi e poco tempo";

/** The 25 questions of seed 004's self-assessment box, verbatim and in order. */
const SEED_004_QUESTIONS = [
  "L’azienda mette il cliente al centro? Sa costruire e gestire una customer experience al top?",
  "Punta a una profonda conoscenza del cliente e delle sue esigenze, a migliori relazioni e interazioni, alla personalizzazione e alla customer satisfaction?",
  "Segue un approccio al mercato a 360 gradi, imperniato sui dati e volto a dare risposte sempre più mirate a ogni cliente?",
  "Anche grazie alle nuove tecnologie, l’azienda è in grado di gestire meglio le proprie attività conoscitive, strategiche e operative di mercato? Di offrire proposte ed esperienze migliori, distintive e personalizzate?",
  "Sono aumentati e migliorati gli strumenti e le modalità della customer experience generata dall’azienda?",
  "Esistono la cultura e l’organizzazione necessarie affinché la customer experience possa essere costruita strategicamente e gestita operativamente in maniera mirata e organizzata?",
  "L’azienda costruisce e gestisce una customer experience efficace a 360 gradi, in maniera organica, coerente e sistematica?",
  "Garantisce la condivisione degli indirizzi strategici e il coinvolgimento di tutte le funzioni aziendali che intervengono sul cliente e sul suo percorso di acquisto?",
  "Si relaziona efficacemente col cliente? Lo ascolta, lo coinvolge e lo guida sistematicamente e coerentemente?",
  "Mantiene relazioni continuative presidiando tutte le fasi del customer journey in tutti i principali canali e touchpoint?",
  "La relazione col cliente permea la customer experience in maniera univoca e continuativa e, quindi, senza interruzioni tra fisico e digitale?",
  "Nell’ambito della customer experience, la conoscenza e l’interazione continua sono un tassello fondamentale?",
  "Gli strumenti digitali e le risorse umane intrattengono relazioni coerenti in linea con le strategie tramite una solida struttura organizzativa e grazie a una visione chiara e condivisa della customer experience?",
  "La customer experience che garantisce l’azienda si basa sulla gestione univoca e coerente della relazione con il cliente?",
  "L’esperienza è univoca e fluida e complessivamente soddisfacente? È foriera di fidelizzazione e advocacy?",
  "Comunicazioni, interazioni e proposte personalizzate rappresentano un tassello fondamentale dell’esperienza?",
  "Esiste un “direttore d’orchestra” a cui fa capo la customer experience a livello strategico e gestionale? È in grado di gestire le risorse umane, le competenze e gli strumenti necessari per presidiare la relazione col cliente nei diversi canali?",
  "Obiettivi e strategie sono univocamente indirizzati? Sistemi, dati, canali, touchpoint, comunicazioni e strumenti sono integrati?",
  "La customer experience dipende da un approccio strategico a 360 gradi, da una visione di lungo periodo, da una cultura aziendale univoca e da capacità organizzative in grado di gestirla coerentemente?",
  "Si basa su una visione olistica, dinamica e flessibile, su un approccio integrato che coinvolge tutte le funzioni aziendali?",
  "L’azienda investe sulla digital transformation ma anche sulla formazione e sullo sviluppo di una cultura aziendale customer centric, su una cultura condivisa della customer experience?",
  "Nello sviluppo della customer experience tutti hanno un ruolo ben preciso e ne sono responsabili?",
  "Customer/user experience ed employee experience sono strettamente correlate e gestite?",
  "Il lato umano conserva la sua fondamentale rilevanza?",
  "I dati sono adeguatamente raccolti e utilizzati in maniera organizzata, mirata e flessibile al fine di conoscere i clienti e comprenderne le esigenze, le aspettative e le tendenze evolutive per migliorare la customer experience e i risultati aziendali?",
];

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

  it("are the JSON files beside index.ts, one per model", () => {
    expect(modelFiles).toEqual(
      Object.keys(builtinModels)
        .map((id) => `${id}.json`)
        .sort(),
    );
  });

  it.each(modelFiles)("%s names the published schema and parses to exactly its content", (file) => {
    const { $schema, ...content } = JSON.parse(
      readFileSync(join(BUILTIN_DIR, file), "utf8"),
    ) as Record<string, unknown>;
    expect($schema).toBe("../model.schema.json");
    expect(existsSync(join(BUILTIN_DIR, String($schema)))).toBe(true);
    // Nothing is trimmed or dropped on the way: the file says what the add-on offers.
    expect(builtinModels[file.replace(/\.json$/, "")]).toStrictEqual(content);
  });

  it("a built-in that does not parse fails loudly, naming its file and every error", () => {
    const broken = { ...builtinModels["cx-100"], version: "1", estimatedMinutes: -1 };
    expect(() => loadBuiltin("cx-100.json", broken)).toThrow(
      /^built-in model cx-100\.json is not a valid model:\n {2}version: .+\n {2}estimatedMinutes: /,
    );
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
    expect(model.questions.map((question) => question.text.it)).toEqual(SEED_004_QUESTIONS);
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
    expect(model.bands.overall[0]?.description.it).toContain(SEED_003_LEVEL_1);
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

describe.skipIf(!seedsPresent)(
  seedsPresent
    ? "verbatim against the source articles (../shared/seeds)"
    : "verbatim against the source articles (skipped: ../shared/seeds not present)",
  () => {
    it("cx-360-selfcheck's questions are in seed 004 word for word", () => {
      const text = seedText(SEED_004);
      const model = builtinModels["cx-360-selfcheck"] as Model;
      for (const question of model.questions) expect(text).toContain(question.text.it);
    });

    it("the strings this file copies from the seeds are in them word for word", () => {
      const text004 = seedText(SEED_004);
      for (const question of SEED_004_QUESTIONS) expect(text004).toContain(question);
      expect(seedText(SEED_003)).toContain(SEED_003_LEVEL_1);
    });
  },
);
