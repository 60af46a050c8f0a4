import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import {
  AGREEMENT_OPTIONS,
  DRIFT,
  type DriftScope,
  driftIn,
  TERMS,
  withoutQuotes,
} from "../../src/core/texts/glossary";
import { LANGS, type Lang } from "../../src/core/texts/i18n";

const models = Object.values(builtinModels);
const TEXTS_DIR = join(import.meta.dirname, "../../src/core/texts");

/** A text a person reads, where it sits and in which language. */
interface Text {
  where: string;
  lang: Lang;
  text: string;
}

function isLocalized(value: unknown): value is Record<Lang, string> {
  return (
    value !== null &&
    typeof value === "object" &&
    LANGS.every((lang) => typeof (value as Record<string, unknown>)[lang] === "string")
  );
}

/** Every localized text in a value, with its dotted path (fields added later are found too). */
function textsOf(value: unknown, path: string): Text[] {
  if (isLocalized(value)) return LANGS.map((lang) => ({ where: path, lang, text: value[lang] }));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const id = Array.isArray(value) ? (item as { id?: unknown })?.id : undefined;
    return textsOf(item, `${path}.${typeof id === "string" ? id : key}`);
  });
}

/**
 * Texts that quote a source word for word (test/core/builtin-models.test.ts holds them to it):
 * only what Bussola CX adds to them, in square brackets, is its own text.
 */
const VERBATIM: readonly RegExp[] = [
  /^cx-360-selfcheck\.questions\.q\d+\.text$/,
  /^cx-360-selfcheck\.bands\.overall\.[\w-]+\.description$/,
];

function ownWords(text: Text): string {
  if (text.lang !== "it" || !VERBATIM.some((pattern) => pattern.test(text.where))) {
    return text.text;
  }
  return (text.text.match(/\[[^\]]*\]/g) ?? []).join(" ");
}

function findings(texts: readonly Text[], scope: DriftScope): string[] {
  return texts.flatMap((text) =>
    driftIn(ownWords(text), text.lang, scope).map(
      (found) => `${text.where}.${text.lang}: “${found.word}” → ${found.use}`,
    ),
  );
}

/** The message tables: every `*-messages.ts` beside the glossary, every table each one exports. */
async function messageTexts(): Promise<Text[]> {
  const files = readdirSync(TEXTS_DIR).filter((file) => file.endsWith("-messages.ts"));
  const modules = await Promise.all(
    files.map(async (file) => [file, await import(join(TEXTS_DIR, file))] as const),
  );
  return modules.flatMap(([file, module]) =>
    Object.values(module as Record<string, unknown>)
      .filter((table) => table !== null && typeof table === "object")
      .flatMap((table) =>
        Object.entries(table as Record<string, unknown>).flatMap(([key, texts]) =>
          textsOf(texts, `${file.replace(/\.ts$/, "")}.${key}`),
        ),
      ),
  );
}

/**
 * Drift in message tables this glossary does not own: reported to their owners, listed here so
 * that nothing new slips in meanwhile. Remove a line once its text is fixed (the test says when).
 */
const REPORTED_IN_MESSAGES: readonly string[] = [];

describe("the glossary", () => {
  it("gives every concept a word in both languages", () => {
    for (const term of TERMS) {
      expect(term.it.trim(), term.concept).not.toBe("");
      expect(term.en.trim(), term.concept).not.toBe("");
    }
  });

  it.each([
    ["it", "Persone e teams", ["teams"]],
    ["it", "Raccolta e uso di dati e insights", ["insights"]],
    ["it", "Il nome dell’area nell’articolo è «Persone e teams».", []],
    ["it", "Centralità del cliente trasversale alle sezioni", ["sezioni"]],
    ["it", "una cultura customer centric condivisa", ["customer centric"]],
    ["it", "la customer centricity e una cultura customer-centric", []],
    ["it", "CX Manager presso la Posta", ["Posta"]],
    ["it", "CX Manager della Posta Svizzera", []],
    ["it", "Premi «Calcola i punteggi» quando vuoi", ["vuoi", "Premi «"]],
    ["it", "Premete «Calcola i punteggi» quando volete", []],
    ["it", "collegati a premi e riconoscimenti", []],
    ["it", "fidelizzazione, retention e loyalty", ["loyalty"]],
    ["it", "una promessa sulle prestazioni", ["promessa sulle prestazioni"]],
    ["en", "A member of top management", ["top management"]],
    ["en", "a customer centric culture", ["customer centric"]],
    ["en", "customer centricity", []],
  ] as const)("flags in %s «%s»: %j", (lang, text, words) => {
    expect(driftIn(text, lang, "models").map((found) => found.word)).toEqual(words);
  });

  it("flags model-only words (a model sheet's «sezione» is a part of a sheet) only in models", () => {
    expect(driftIn("ogni sezione del foglio", "it", "everywhere")).toEqual([]);
    expect(driftIn("ogni sezione del foglio", "it", "models")).toHaveLength(1);
    expect(DRIFT.some((drift) => drift.scope === "models")).toBe(true);
  });

  it("leaves quotations as their sources wrote them", () => {
    expect(withoutQuotes('a «b c» d “e” f "g" h')).toBe('a «» d “” f "" h');
  });
});

describe("every built-in model speaks the glossary", () => {
  it.each(models.map((model) => [model.id, model] as const))(
    "%s uses no drift word in its own texts",
    (id, model) => {
      expect(findings(textsOf(model, id), "models")).toEqual([]);
    },
  );

  it("the quoted questions of cx-360-selfcheck are checked only in Bussola CX's square brackets", () => {
    const model = builtinModels["cx-360-selfcheck"] as Model;
    const q21 = textsOf(model, model.id).find(
      (text) => text.where.endsWith(".q21.text") && text.lang === "it",
    );
    expect(q21?.text).toContain("customer centric,");
    expect(q21 && ownWords(q21)).toBe("");
  });

  it("every agreement scale has the glossary's labels, the same in every model", () => {
    const agreement = models.flatMap((model) =>
      model.scales
        .filter((scale) => scale.options.some((option) => /accordo/.test(option.label.it)))
        .map((scale) => [`${model.id}.${scale.id}`, scale.options] as const),
    );
    expect(agreement.map(([where]) => where)).toEqual([
      "cx-maturity.agreement-1-5",
      "culture-6-steps.agreement-1-5",
      "beyond-silos.agreement-1-5",
    ]);
    for (const [, options] of agreement) expect(options).toEqual(AGREEMENT_OPTIONS);
  });
});

/**
 * A band or answer label without its number ("3 · ", "Livello 5 · ", "9–17 · "), lower-cased, and
 * in Italian without each word's last vowel, so «Avanzata» and «Avanzato» are one word.
 */
function labelWord(label: string, lang: Lang): string {
  const bare = label
    .replace(/^(livello|level)\s+\d+\s*·\s*/i, "")
    .replace(/^[\d–-]+\s*·\s*/, "")
    .toLowerCase()
    .trim();
  return lang === "it" ? bare.replace(/[aeiou](?=\s|$)/g, "") : bare;
}

describe("one word, one meaning across the built-in models", () => {
  /** Each label word: the places it names (model, and whether an answer or a band). */
  const uses = new Map<string, Set<string>>();
  const note = (word: string, use: string) =>
    uses.set(word, (uses.get(word) ?? new Set()).add(use));
  for (const model of models) {
    for (const lang of LANGS) {
      for (const scale of model.scales) {
        for (const option of scale.options) {
          note(`${lang}:${labelWord(option.label[lang], lang)}`, `${model.id} answer`);
        }
      }
      for (const band of [...model.bands.overall, ...model.bands.areas]) {
        note(`${lang}:${labelWord(band.label[lang], lang)}`, `${model.id} band`);
      }
    }
  }
  /** Answer labels every agreement model shares on purpose (the glossary's scale), and yes/no. */
  const shared = new Set(
    LANGS.flatMap((lang) => [
      ...AGREEMENT_OPTIONS.map((option) => `${lang}:${labelWord(option.label[lang], lang)}`),
    ]),
  );

  it("no label names an answer in one place and a band in another, nor bands of two models", () => {
    const clashes = [...uses.entries()]
      .filter(([word, places]) => places.size > 1 && !shared.has(word))
      .map(([word, places]) => `${word}: ${[...places].join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("shares only the agreement answers, and only as answers", () => {
    for (const word of shared) {
      for (const place of uses.get(word) ?? []) expect(place).toMatch(/ answer$/);
    }
  });

  it("keeps Forrester's top stage (Radicata, Embedded) to cx-maturity's overall level", () => {
    expect(uses.get("it:radicat")).toEqual(new Set(["cx-maturity band"]));
    expect(uses.get("en:embedded")).toEqual(new Set(["cx-maturity band"]));
  });
});

describe("the message tables speak the glossary", () => {
  it("hold no drift word beyond those reported to their owners", async () => {
    const found = findings(await messageTexts(), "everywhere");
    const fresh = found.filter((finding) => !REPORTED_IN_MESSAGES.includes(finding));
    expect(fresh, "new drift words in the message tables").toEqual([]);
    const fixed = REPORTED_IN_MESSAGES.filter((finding) => !found.includes(finding));
    expect(fixed, "fixed: remove these from REPORTED_IN_MESSAGES").toEqual([]);
  });

  it("are all found: every *-messages.ts file has texts", async () => {
    const texts = await messageTexts();
    const files = readdirSync(TEXTS_DIR).filter((file) => file.endsWith("-messages.ts"));
    for (const file of files) {
      const name = file.replace(/\.ts$/, "");
      expect(
        texts.some((text) => text.where.startsWith(`${name}.`)),
        file,
      ).toBe(true);
    }
  });
});
