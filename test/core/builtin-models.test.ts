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

/** Seed 003's five maturity levels (from the Forrester report it cites), as cx-maturity quotes them. */
const SEED_003_LEVELS = [
  "Azienda interessata, ma dedica pochi fondi e poco tempo. Spesso si fa guidare da consulenti esterni.",
  "Ritengono la customer experience cruciale e iniziano a pensare di assumere un designer interno, ma rimane isolato.",
  "Il design scende a un livello di profondità maggiore e inizia a interagire con i decision maker.",
  "La customer experience design è una componente fondamentale della strategia dell’azienda, vengono dedicati budget importanti.",
  "La customer experience diventa il mindset di tutti.",
];

/** Seed 003's six management factors, as cx-maturity names them in its question themes. */
const SEED_003_FACTORS = [
  "Impegno dei leader",
  "Strategia definita",
  "Tecnologia aggiornata",
  "Misurazione degli sforzi",
  "Capacità del team di agire sui problemi del cliente",
  "Raccolta e gestione dei feedback dei clienti",
];

/** Seed 003's seven macro-areas, in its order (cx-maturity drops only the Italian plural -s). */
const SEED_003_AREAS = [
  "Leadership e strategia",
  "Persone e team",
  "Cultura",
  "Customer experience design e processi",
  "Tecnologia",
  "Raccolta e uso di dati e insight",
  "Misurazioni della customer experience",
];

/**
 * A cx-360-selfcheck question as the source writes it: without what Bussola CX adds in square
 * brackets (a subject the grouping by area separates from its question, the rule for a double
 * question) and with the first letter as the source has it.
 */
function asInSource(text: string): string {
  const bare = text.replace(/ \[[^\]]*\]$/, "");
  if (!bare.startsWith("[")) return bare;
  const rest = bare.replace(/^\[[^\]]*\] /, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * One respondent giving the same answer to every question, from the model's first perspective
 * (the company's own) when it has perspectives.
 */
function allAnswered(model: Model, value: number) {
  const answers = Object.fromEntries(model.questions.map((question) => [question.id, value]));
  const perspective = model.perspectives?.[0]?.id;
  return { respondents: [{ id: "r", name: "r", answers, ...(perspective && { perspective }) }] };
}

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
    expect(model.questions.map((question) => asInSource(question.text.it))).toEqual(
      SEED_004_QUESTIONS,
    );
    expect(model.scales[0]?.allowNA).toBe(false);
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

  it("cx-360-selfcheck adds in square brackets only the declared subjects and the double-question rule", () => {
    const model = builtinModels["cx-360-selfcheck"] as Model;
    const added = (pattern: RegExp) =>
      model.questions.filter((question) => pattern.test(question.text.it)).map((q) => q.id);
    expect(added(/^\[/)).toEqual(["q03", "q08", "q09", "q20"]);
    expect(model.questions.find((q) => q.id === "q20")?.text.it).toMatch(
      /^\[La customer experience\] si basa su una visione olistica/,
    );
    const rule = /\[Rispondete Sì solo se vale per entrambe le domande\]$/;
    expect(added(rule)).toEqual(["q01", "q04", "q09", "q15", "q17", "q18"]);
    for (const question of model.questions) {
      expect(question.text.en.endsWith("[Answer Yes only if both questions hold]")).toBe(
        rule.test(question.text.it),
      );
      expect(question.text.it.match(/\[/g)?.length ?? 0).toBeLessThanOrEqual(2);
    }
    // Each addition and the band labels are declared as Bussola CX's own.
    for (const declared of [
      "q03, q08, q09, q20",
      "q01, q04, q09, q15, q17, q18",
      "Molte carenze",
    ]) {
      expect(model.source.authorsNote?.it).toContain(declared);
    }
    expect(model.source.authorsNote?.en).toContain("Many gaps");
  });

  it("cx-maturity has the seed's 7 macro-areas on 1–5 and its 5 maturity levels, framed as Forrester's", () => {
    const model = builtinModels["cx-maturity"] as Model;
    expect(model.areas.map((area) => area.name.it)).toEqual(SEED_003_AREAS);
    expect(model.areas.every((area) => area.range.min === 1 && area.range.max === 5)).toBe(true);
    expect(model.scoring.overall).toBe("weightedMean");
    expect(model.bands.overall.map((band) => band.description.it)).toEqual(
      SEED_003_LEVELS.map((level) =>
        expect.stringContaining(`Secondo Forrester, a questo stadio: «${level}`),
      ),
    );
    expect(model.bands.overall.map((band) => band.label.en)).toEqual([
      "Level 1 · Interested",
      "Level 2 · Invested",
      "Level 3 · Committed",
      "Level 4 · Engaged",
      "Level 5 · Embedded",
    ]);
    // "Le grandi aziende hanno questo livello" is the article's claim about leading companies.
    expect(model.bands.overall[4]?.description.it).toContain("grandi aziende leader");
  });

  it("cx-maturity credits each part to its source and spells out EBD", () => {
    const { citation, authorsNote } = (builtinModels["cx-maturity"] as Model).source;
    expect(citation.it).toContain("Experience-Based Differentiation");
    expect(citation.en).toContain("Experience-Based Differentiation");
    expect(citation.en).toContain("Interested, Invested, Committed, Engaged, Embedded");
    expect(citation.en).toContain("come from that report, not from the article");
    expect(citation.it).toContain("«ad esempio»");
    expect(authorsNote?.it).toContain("“Di base”, “Intermedio” e “Avanzato”");
  });

  it("cx-maturity rates statements by agreement (no N/A) and places each area from Beginner to Expert", () => {
    const model = builtinModels["cx-maturity"] as Model;
    expect(model.scales.map((scale) => scale.id)).toEqual(["agreement-1-5"]);
    expect(model.scales[0]?.allowNA).toBe(false);
    expect(model.questions.every((question) => question.scale === "agreement-1-5")).toBe(true);
    expect(model.bands.areas.map((band) => band.label.it)).toEqual([
      "Principiante",
      "Di base",
      "Intermedio",
      "Avanzato",
      "Esperto",
    ]);
    // The firm-wide stage names are the overall's alone.
    const stages = new Set(model.bands.overall.map((band) => band.label.it));
    expect(model.bands.areas.some((band) => stages.has(band.label.it))).toBe(false);
    expect(model.bands.areas.map((band) => [band.min, band.max])).toEqual(
      model.bands.overall.map((band) => [band.min, band.max]),
    );
  });

  it("cx-maturity tags questions only with the seed's 6 management factors, and uses all 6", () => {
    const model = builtinModels["cx-maturity"] as Model;
    const themes = new Set(model.questions.flatMap((q) => (q.theme ? [q.theme.it] : [])));
    expect([...themes].sort()).toEqual([...SEED_003_FACTORS].sort());
    const theme = (id: string) => model.questions.find((q) => q.id === id)?.theme?.it;
    // The tags the audit found wrong: a mindset, a norm, journey maps and a coordinating process
    // measure none of the six factors.
    for (const id of [
      "culture-1",
      "culture-2a",
      "culture-2b",
      "design-2a",
      "design-2b",
      "design-3",
    ]) {
      expect(theme(id), id).toBeUndefined();
    }
  });

  it("cx-maturity asks one thing per statement: the double ones are split under new ids", () => {
    const ids = (builtinModels["cx-maturity"] as Model).questions.map((q) => q.id);
    for (const split of ["lead-1", "lead-2", "lead-3", "people-1", "people-2", "people-3"]) {
      expect(ids).not.toContain(split);
      expect(ids).toContain(`${split}a`);
      expect(ids).toContain(`${split}b`);
    }
    for (const kept of ["lead-4", "people-4", "culture-1", "culture-4", "design-1", "design-3"]) {
      expect(ids).toContain(kept);
    }
    expect(ids).toHaveLength(44);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("cx-100 is 5 areas of 20 points, 100 in total", () => {
    const model = builtinModels["cx-100"] as Model;
    expect(model.name.it).toBe("Maturità CX in 100 punti");
    expect(model.areas.map((a) => a.name.en)).toEqual([
      "Strategy and leadership",
      "Insight and analysis",
      "Measurement",
      "Team and people",
      "Technology",
    ]);
    expect(model.areas.map((a) => a.range)).toEqual(Array(5).fill({ min: 0, max: 20 }));
    expect(model.scoring.overall).toBe("sum");
    expect(model.bands.overall.map((band) => [band.min, band.max])).toEqual([
      [0, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
    for (const area of model.areas) {
      expect(
        model.questions.filter((q) => q.area === area.id),
        area.id,
      ).toHaveLength(4);
    }
    expect(score(model, allAnswered(model, 0)).overall.score).toBe(0);
    expect(score(model, allAnswered(model, 4)).overall.score).toBeCloseTo(100, 9);
    // The authors' note says why the lowest band is twice as wide.
    expect(model.source.authorsNote?.it).toContain("La fascia più bassa è larga il doppio");
    expect(model.source.authorsNote?.en).toContain("The lowest band is twice as wide");
  });

  it("cx-100 asks whether a practice is there, with no N/A: one top answer per area scores no band", () => {
    const model = builtinModels["cx-100"] as Model;
    expect(model.scales.every((scale) => !scale.allowNA)).toBe(true);
    const firstOfEach = model.areas.map((area) => model.questions.find((q) => q.area === area.id));
    const answers = Object.fromEntries(firstOfEach.map((question) => [question?.id ?? "", 4]));
    const result = score(model, { respondents: [{ id: "r", name: "r", answers }] });
    expect(result.overall.band).toBeNull();
    expect(result.areas.every((area) => area.band === null)).toBe(true);
  });

  it("culture-6-steps has the 6 steps; beyond-silos the 4 points plus leadership", () => {
    expect(builtinModels["culture-6-steps"]?.areas).toHaveLength(6);
    expect(builtinModels["beyond-silos"]?.areas).toHaveLength(5);
    expect(builtinModels["beyond-silos"]?.questions.some((q) => q.reverse)).toBe(true);
  });

  it("culture-6-steps takes two requirements and a principle from seed 001", () => {
    const model = builtinModels["culture-6-steps"] as Model;
    const tagged = (en: string) =>
      model.questions.filter((q) => q.theme?.en === en).map((q) => q.id);
    expect(tagged("Customer centricity requirement")).toEqual(["vision-3", "process-4"]);
    expect(tagged("Customer centricity principle")).toEqual(["process-3"]);
    expect(model.source.citation.it).toContain("Due requisiti e un principio");
    expect(model.source.citation.en).toContain("Two requirements and a principle");
  });

  it.each(["culture-6-steps", "beyond-silos"])(
    "%s: someone who neither agrees nor disagrees throughout lands in the neutral band, not above it",
    (id) => {
      const model = builtinModels[id] as Model;
      const neutral = score(model, allAnswered(model, 3));
      expect(neutral.overall.score).toBeCloseTo(3, 9);
      expect(neutral.overall.band?.id).toBe(model.bands.overall[1]?.id);
      expect(neutral.overall.band?.description.it).toMatch(/^Le risposte tendono al neutro/);
      expect(score(model, allAnswered(model, 4)).overall.band?.id).toBe(model.bands.overall[2]?.id);
      expect(model.scales.every((scale) => !scale.allowNA)).toBe(true);
    },
  );

  it("offers “Don't know” where someone may be unable to judge, and N/A nowhere a practice is simply there or not", () => {
    const offers = Object.fromEntries(
      models.map(([id, model]) => [
        id,
        model.scales.map((scale) => [scale.allowNA, scale.allowDontKnow ?? false]),
      ]),
    );
    expect(offers).toEqual({
      "cx-maturity": [[false, true]],
      "cx-100": [[false, false]],
      "cx-360-selfcheck": [[false, false]],
      "culture-6-steps": [[false, true]],
      "beyond-silos": [[false, true]],
    });
  });

  it("cx-maturity is answered by the company's people: it has no customer perspective", () => {
    const model = builtinModels["cx-maturity"] as Model;
    expect(model.perspectives).toBeUndefined();
    expect(model.description.it).toContain("i clienti non possono giudicare");
    expect(model.description.en).toContain("customers cannot judge");
  });

  it("beyond-silos asks the company's people everything and its customers, in the first person, only what they can see", () => {
    const model = builtinModels["beyond-silos"] as Model;
    expect(model.perspectives?.map((perspective) => perspective.id)).toEqual([
      "internal",
      "customer",
    ]);
    const askedOf = (perspective: string) =>
      model.questions
        .filter((question) => question.perspectives?.includes(perspective) ?? true)
        .map((question) => question.id);
    expect(askedOf("internal")).toEqual(model.questions.map((question) => question.id));
    const internalOnly = model.questions
      .map((question) => question.id)
      .filter((id) => !askedOf("customer").includes(id));
    // The audit's seven items no customer can judge, and only those.
    expect(internalOnly).toEqual([
      "cross-3",
      "empower-2",
      "empower-3",
      "leader-1",
      "leader-2",
      "leader-3",
      "leader-4",
    ]);
    for (const id of askedOf("customer")) {
      const question = model.questions.find((candidate) => candidate.id === id);
      const wording = question?.wording?.customer;
      expect(wording, id).toBeDefined();
      expect(wording?.it, id).toMatch(
        /(?<!\p{L})(mi|ho|sono|devo|vengo|mia|mie|miei|mio)(?!\p{L})/iu,
      );
      expect(wording?.en, id).toMatch(/\b(I|me|my)\b/i);
      expect(wording?.it, id).not.toMatch(/\bi clienti\b/i);
      expect(wording?.en, id).not.toMatch(/\bcustomers\b/i);
      // Reverse scoring stays with the statement: a negative one is negative for customers too.
      expect(/non essere capito|Devo spiegare|rimbalzato/.test(wording?.it ?? ""), id).toBe(
        question?.reverse,
      );
    }
    expect(model.source.citation.it).toContain("Posta Svizzera");
  });

  it("beyond-silos scores its two perspectives apart: the gap is per area both are asked, none on leadership", () => {
    const model = builtinModels["beyond-silos"] as Model;
    /** Every question a perspective is asked, answered at its best (or worst) end. */
    const answering = (perspective: string, best: boolean) => ({
      id: perspective,
      name: perspective,
      perspective,
      answers: Object.fromEntries(
        model.questions
          .filter((question) => question.perspectives?.includes(perspective) ?? true)
          .map((question) => [question.id, best !== question.reverse ? 5 : 1]),
      ),
    });
    // One respondent each: the minimum group size is lowered so one customer is shown.
    const result = score(
      model,
      { respondents: [answering("internal", true), answering("customer", false)] },
      { minGroupSize: 1 },
    );
    expect(result.perceptionGaps.map((gap) => [gap.area, gap.gap])).toEqual([
      ["shared-understanding", 4],
      ["cross-functional", 4],
      ["roles-responsibilities", 4],
      ["empowerment", 4],
    ]);
    // The assessment's own figure is the company's self-image, never a mean with its customers.
    expect(result.overall.score).toBe(5);
  });

  it("the models that changed are new versions; assessments keep the version they were made with", () => {
    expect(Object.fromEntries(models.map(([id, model]) => [id, model.version]))).toEqual({
      "cx-maturity": "2.0.0",
      "cx-100": "2.0.0",
      "cx-360-selfcheck": "2.0.0",
      "culture-6-steps": "2.0.0",
      "beyond-silos": "2.0.0",
    });
    // Their first releases stay pinned: assessments made from them still name them.
    const lock = JSON.parse(readFileSync(join(BUILTIN_DIR, "models.lock.json"), "utf8")) as object;
    for (const [id] of models) expect(Object.keys(lock)).toContain(`${id}@1.0.0`);
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
    it("cx-360-selfcheck's questions are in seed 004 word for word, in its order", () => {
      const text = seedText(SEED_004);
      const model = builtinModels["cx-360-selfcheck"] as Model;
      let from = 0;
      for (const question of model.questions) {
        const at = text.indexOf(asInSource(question.text.it), from);
        expect(at, question.id).toBeGreaterThanOrEqual(from);
        from = at;
      }
    });

    it("cx-maturity quotes seed 003's levels, factors and macro-areas word for word", () => {
      const text = seedText(SEED_003);
      for (const level of SEED_003_LEVELS) expect(text).toContain(level);
      expect(text).toContain("Le grandi aziende hanno questo livello di maturità.");
      expect(text).toContain("Forrester report: five stages of EBD maturity");
      // The areas as the article lists them, where Bussola CX writes "team" and "insight".
      for (const area of SEED_003_AREAS) {
        expect(text).toContain(
          `- ${area.replace(/ team$/, " teams").replace(/ insight$/, " insights")}.`,
        );
      }
    });

    it("the strings this file copies from the seeds are in them word for word", () => {
      const text004 = seedText(SEED_004);
      for (const question of SEED_004_QUESTIONS) expect(text004).toContain(question);
      for (const level of SEED_003_LEVELS) expect(seedText(SEED_003)).toContain(level);
    });
  },
);
