/**
 * Bussola CX's glossary: one word for each concept, in Italian and in English, used by every
 * built-in model, the sheets and the sidebar; and the drift words known to creep in for the same
 * concept (from the source articles' calques, or from several hands writing the texts).
 * test/core/glossary.test.ts holds every built-in model's texts and every message table
 * (src/core/texts/*-messages.ts) to it.
 *
 * A quotation keeps its source's words: text inside “…”, «…» or "…" is not checked, and the
 * test names the model fields that quote a source word for word.
 */
import type { Lang, Localized } from "./i18n";

/** A concept and the word for it in each language. */
export interface Term {
  /** What the word means, in a line. */
  concept: string;
  it: string;
  en: string;
  /** Why this word and not another, where it is not obvious. */
  note?: string;
}

export const TERMS: readonly Term[] = [
  {
    concept: "a unit of the organisation: marketing, sales, customer service, logistics",
    it: "reparto / reparti",
    en: "department / departments",
    note: "«sezione» is the Swiss article's calque (seed 002); «funzioni» stays only where a source says it (“le funzioni e i ruoli”).",
  },
  {
    concept: "the people who lead the company",
    it: "direzione",
    en: "senior management",
    note: "«comitato di direzione» / “executive committee” only for that body; «leader» for anyone who leads people.",
  },
  {
    concept: "customers staying with the company because of their experience",
    it: "fidelizzazione",
    en: "loyalty",
    note: "Seed 004 says «fidelizzazione»; seed 003's «loyalty» stays in quotes only.",
  },
  {
    concept: "what the company promises its customers they will experience",
    it: "promessa al cliente",
    en: "customer promise",
    note: "Seed 002's «promessa sulle prestazioni» is a calque.",
  },
  {
    concept: "putting the customer at the centre (adjective / noun)",
    it: "customer-centric / customer centricity",
    en: "customer-centric / customer centricity",
    note: "The adjective always takes its hyphen; seed 004 writes it without, in quotes only.",
  },
  {
    concept: "English nouns used in Italian",
    it: "team, insight, touchpoint, feedback, customer journey, leader, manager",
    en: "teams, insights, touchpoints, feedback, customer journeys, leaders, managers",
    note: "In Italian a borrowed noun takes no plural -s: «i team», «gli insight».",
  },
  {
    concept: "addressing the reader in Italian",
    it: "voi (premete, scegliete, potete)",
    en: "you",
    note: "The sheets, the sidebar and the help speak to the consultant and to respondents alike: always «voi», never «tu».",
  },
  {
    concept: "an answer for someone who cannot judge the statement",
    it: "Non so",
    en: "Don't know",
    note: "Not «N/A»: N/A says the question does not apply, «Non so» that the person cannot tell.",
  },
  {
    concept: "the employer of seed 002's author",
    it: "la Posta Svizzera",
    en: "Swiss Post",
  },
];

/** Where a drift word is wrong: everywhere, or only in models (where a word may mean something else in the add-on's own texts, e.g. a model sheet's «sezione»). */
export type DriftScope = "everywhere" | "models";

/** A word known to stand for a concept that has another word in the glossary. */
export interface Drift {
  lang: Lang;
  /** The drift words, matched case-insensitively as whole words, or a pattern where a word needs context. */
  words: readonly (string | RegExp)[];
  /** What to write instead. */
  use: string;
  scope: DriftScope;
}

export const DRIFT: readonly Drift[] = [
  { lang: "it", words: ["sezione", "sezioni"], use: "reparto / reparti", scope: "models" },
  {
    lang: "it",
    words: ["vertice", "vertici", "top management"],
    use: "direzione",
    scope: "everywhere",
  },
  {
    lang: "en",
    words: ["top management", "leadership team"],
    use: "senior management",
    scope: "everywhere",
  },
  { lang: "it", words: ["loyalty"], use: "fidelizzazione", scope: "everywhere" },
  {
    lang: "it",
    words: ["promessa sulle prestazioni"],
    use: "promessa al cliente",
    scope: "everywhere",
  },
  { lang: "en", words: ["service promise"], use: "customer promise", scope: "everywhere" },
  { lang: "it", words: ["customer centric"], use: "customer-centric", scope: "everywhere" },
  { lang: "en", words: ["customer centric"], use: "customer-centric", scope: "everywhere" },
  {
    lang: "it",
    words: ["teams", "insights", "touchpoints", "feedbacks", "journeys", "leaders", "managers"],
    use: "the noun without -s (team, insight, touchpoint, feedback, journey, leader, manager)",
    scope: "everywhere",
  },
  {
    lang: "it",
    // Unambiguous «tu» forms only: «premi» is also a noun (prizes), «verifica» a noun and a «lei».
    words: [
      "puoi",
      "devi",
      "vuoi",
      "hai",
      "tuo",
      "tua",
      "tuoi",
      "tue",
      "ti",
      "scegli",
      "scrivi",
      "condividi",
      "clicca",
      "inserisci",
      "seleziona",
      "compila",
      "premi Crea",
      "premi «",
    ],
    use: "the «voi» form (potete, scegliete, premete…)",
    scope: "everywhere",
  },
  {
    lang: "it",
    words: [/(?<!\p{L})Posta(?!\s+Svizzera)(?!\p{L})/u],
    use: "la Posta Svizzera",
    scope: "models",
  },
];

/**
 * Answer scales every built-in model that asks for agreement shares, word for word, so a «2» means
 * the same in every model and in both languages («In disaccordo» is “Disagree”, not «Poco
 * d’accordo»).
 */
export const AGREEMENT_OPTIONS: readonly { value: number; label: Localized }[] = [
  { value: 1, label: { it: "1 · Del tutto in disaccordo", en: "1 · Strongly disagree" } },
  { value: 2, label: { it: "2 · In disaccordo", en: "2 · Disagree" } },
  {
    value: 3,
    label: { it: "3 · Né d’accordo né in disaccordo", en: "3 · Neither agree nor disagree" },
  },
  { value: 4, label: { it: "4 · D’accordo", en: "4 · Agree" } },
  { value: 5, label: { it: "5 · Del tutto d’accordo", en: "5 · Strongly agree" } },
];

/**
 * The text with every quotation (“…”, «…», "…") emptied: a quote keeps its source's words. The
 * marks stay, so «premete «Crea»» still reads as a verb before a quoted button.
 */
export function withoutQuotes(text: string): string {
  return text
    .replace(/“[^”]*”/g, "“”")
    .replace(/«[^»]*»/g, "«»")
    .replace(/"[^"]*"/g, '""');
}

/** Letters of any alphabet, so «è» or «ò» is never taken for a word boundary. */
const LETTER = "\\p{L}";

function wordPattern(word: string | RegExp): RegExp {
  if (word instanceof RegExp) return new RegExp(word.source, `${word.flags.replace("i", "")}i`);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`(?<!${LETTER})${escaped}(?!${LETTER}|-)`, "iu");
}

/** A drift word found in a text, with the word the glossary uses instead. */
export interface DriftFound {
  word: string;
  use: string;
}

/**
 * The drift words in a text of one language, quotations left out. In "models" scope every rule
 * applies; elsewhere only the rules that hold everywhere.
 */
export function driftIn(text: string, lang: Lang, scope: DriftScope): DriftFound[] {
  const unquoted = withoutQuotes(text);
  const found: DriftFound[] = [];
  for (const drift of DRIFT) {
    if (drift.lang !== lang || (drift.scope === "models" && scope !== "models")) continue;
    for (const word of drift.words) {
      const match = wordPattern(word).exec(unquoted);
      if (match) found.push({ word: match[0], use: drift.use });
    }
  }
  return found;
}
