/** The two languages every text a person reads exists in. */
export const LANGS = ["it", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages. Models and messages carry one of these wherever a person reads. */
export type Localized = Record<Lang, string>;

/** Each language in its own words, for a language switch. */
export const LANGUAGE_NAMES: Localized = { it: "Italiano", en: "English" };

/** Picks the language from a Google locale such as "it", "it_IT" or "en-GB"; English otherwise. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === "string" && /^it\b|^it[_-]/i.test(locale) ? "it" : "en";
}

/** Fills `{name}` placeholders. Values are inserted verbatim: callers never treat the result as HTML. */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Formats a number for a person: rounding happens here and only here. */
export function formatNumber(value: number, lang: Lang, decimals = 1): string {
  const fixed = value.toFixed(decimals);
  const trimmed = decimals > 0 ? fixed.replace(/\.?0+$/, "") : fixed;
  return lang === "it" ? trimmed.replace(".", ",") : trimmed;
}

export function formatPercent(fraction: number, lang: Lang): string {
  return `${formatNumber(fraction * 100, lang, 0)}%`;
}
