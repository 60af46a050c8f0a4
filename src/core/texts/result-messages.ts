/**
 * The texts of the Results sheet that explain its figures: their n, statistics, agreement, count
 * models, hidden groups and the rule behind each list, in Italian and English. The sheets' other
 * texts are in sheet-messages.ts; a key is defined once across all the tables.
 */
import type { Lang } from "./i18n";

export const RESULT_MESSAGES = {
  rScoreFailed: {
    it: "Il calcolo dei punteggi del {date} non è riuscito, e questi risultati sono stati tolti per non mostrare dati incompleti. Premete di nuovo «Calcola i punteggi».",
    en: "Scoring on {date} did not complete, so these results were removed rather than show incomplete figures. Press “Score now” again.",
  },
  rThemes: { it: "Punteggi per tema", en: "Scores by theme" },
  hTheme: { it: "Tema", en: "Theme" },
  rThemeRulePercent: {
    it: "I temi attraversano le aree: il punteggio di un tema è la media pesata delle risposte alle sue domande, in percentuale del massimo (0–100), per chi ha dato una risposta con un valore ad almeno il {minimum} di esse.",
    en: "Themes cut across areas: a theme's score is the weighted mean of the answers to its questions, as a percentage of the maximum (0–100), for those who answered at least {minimum} of them with a value.",
  },
  rThemeRule: {
    it: "I temi attraversano le aree: il punteggio di un tema è la media pesata delle risposte alle sue domande, sulla stessa scala delle aree ({range}), per chi ha dato una risposta con un valore ad almeno il {minimum} di esse.",
    en: "Themes cut across areas: a theme's score is the weighted mean of the answers to its questions, on the areas' scale ({range}), for those who answered at least {minimum} of them with a value.",
  },
  rOverallOf: { it: "Punteggio complessivo · {perspective}", en: "Overall score · {perspective}" },
  rNotAsked: { it: "Non chiesto a questa prospettiva", en: "Not asked of this perspective" },
  rOverallIncompleteWhy: {
    it: "Nessun punteggio complessivo: in almeno un'area le risposte con un valore sono meno del {minimum}, e il complessivo richiede tutte le aree.",
    en: "No overall score: in at least one area fewer than {minimum} of the answers have a value, and the overall needs every area.",
  },
  rPerspectiveHidden: {
    it: "«{perspective}»: meno di {minimum} rispondenti, quindi nessun punteggio e nessun divario (mostrerebbero le risposte di singole persone).",
    en: "“{perspective}”: fewer than {minimum} respondents, so no scores and no gap (they would show individual people's answers).",
  },
  rNotAskedAreasSum: {
    it: "Prospettiva «{perspective}»: nessuna domanda su {areas}; il suo punteggio complessivo non esiste, perché una somma richiede tutte le aree.",
    en: "Perspective “{perspective}”: no questions about {areas}; it has no overall score, since a sum needs every area.",
  },
  hPerspective: { it: "Prospettiva", en: "Perspective" },
  rNoAnswersFrom: {
    it: "Ancora nessuna risposta da {perspective}: nessun confronto finché non arrivano.",
    en: "No answers from {perspective} yet: no comparison until they arrive.",
  },
  rNotAskedAreas: {
    it: "Prospettiva «{perspective}»: nessuna domanda su {areas}; il suo punteggio complessivo è la media delle altre aree.",
    en: "Perspective “{perspective}”: no questions about {areas}; its overall is the mean of the other areas.",
  },
  rPerceptionGaps: { it: "Divario di percezione per area", en: "Perception gap by area" },
  hPerceptionGap: { it: "Divario", en: "Gap" },
  hReading: { it: "Come leggerlo", en: "How to read it" },
  rGapAbove: {
    it: "«{from}»: {gap} punti sopra «{to}»",
    en: "“{from}”: {gap} points above “{to}”",
  },
  rGapBelow: {
    it: "«{from}»: {gap} punti sotto «{to}»",
    en: "“{from}”: {gap} points below “{to}”",
  },
  rGapNone: { it: "Stessa valutazione", en: "Same view" },
  rPerceptionRule: {
    it: "Divario = «{from}» − «{to}», area per area, sui punteggi come sono mostrati: sopra zero, «{from}» valuta l'area meglio di «{to}». Nessun dato qui mescola le due prospettive; fasce, obiettivi, priorità e piano d'azione usano i punteggi di «{from}».",
    en: "Gap = “{from}” − “{to}”, area by area, on the scores as shown: above zero, “{from}” rates the area higher than “{to}” does. No figure here pools the two perspectives; bands, targets, priorities and the action plan use the scores of “{from}”.",
  },
  rAreasOf: {
    it: "Punteggi, fasce, obiettivi e priorità sono quelli della prospettiva «{perspective}»; le colonne dei gruppi mostrano ciascun gruppo, di qualunque prospettiva.",
    en: "Scores, bands, targets and priorities are those of the perspective “{perspective}”; the group columns show each group, whatever its perspective.",
  },
  chartPerceptionGap: { it: "Divario di percezione per area", en: "Perception gap by area" },
  hN: { it: "n", en: "n" },
  hCi: { it: "± IC 95%", en: "± 95% CI" },
  hAgreement: { it: "Accordo (r_wg)", en: "Agreement (r_wg)" },
  hFigureNote: { it: "Nota", en: "Note" },
  hSet: { it: "Rispondenti", en: "Respondents" },
  hMeanCount: { it: "Media (numero di sì)", en: "Mean (number of yes)" },
  hGapGroups: { it: "Quali gruppi", en: "Which groups" },
  rOverallBySet: { it: "Complessivo per gruppo", en: "Overall by group" },
  rByGroup: { it: "Punteggi per area e gruppo", en: "Scores by area and group" },
  rDiverge: {
    it: "opinioni divergenti: parlatene prima di agire",
    en: "opinions diverge — discuss before acting",
  },
  rNotApplicable: {
    it: "Risposte applicabili insufficienti",
    en: "Not enough applicable answers",
  },
  rNotApplicableWhy: {
    it: "Troppe risposte N/A o «non so»: meno del {minimum} delle domande ha una risposta con un valore, quindi nessun punteggio.",
    en: "Too many N/A or don't know answers: fewer than {minimum} of the questions have an answer with a value, so there is no score.",
  },
  rCountMean: {
    it: "media: vedere i rispondenti per fascia",
    en: "mean: see respondents per band",
  },
  rCountRule: {
    it: "Il punteggio di ciascun rispondente è il suo numero di risposte sì. Per un gruppo si mostra la media, con un decimale, e quanti rispondenti cadono in ciascuna fascia; la media ha una fascia solo se tutti i rispondenti sono in quella fascia.",
    en: "Each respondent's score is their number of yes answers. For a group the Results show the mean, with one decimal, and how many respondents fall in each band; the mean gets a band only when all its respondents are in that band.",
  },
  rSetRule: {
    it: "n = rispondenti conteggiati: in un'area, chi ha risposto con un valore ad almeno il {minimum} delle sue domande (N/A e «non so» non contano); nel complessivo, chi lo ha fatto in ogni area. Il complessivo di un gruppo è la media dei loro complessivi.",
    en: "n = respondents in the figure: for an area, those who answered at least {minimum} of its questions with a value (N/A and don't know do not count); for the overall, those who did so in every area. A group's overall is the mean of their overall scores.",
  },
  rStatsRule: {
    it: "± IC 95%: metà dell'intervallo di confidenza al 95% della media (t di Student). Deviazione standard campionaria (n − 1). Entrambe solo con almeno 2 rispondenti.",
    en: "± 95% CI: half the 95% confidence interval of the mean (Student's t). Sample standard deviation (n − 1). Both only with at least 2 respondents.",
  },
  rAgreementRule: {
    it: "Accordo r_wg (James, Demaree e Wolf, 1984), da 0 a 1: sotto 0,70 le opinioni divergono. Non calcolato con meno di 2 rispondenti (cella vuota).",
    en: "Agreement r_wg (James, Demaree & Wolf, 1984), 0 to 1: below 0.70 opinions diverge. Not computed with fewer than 2 respondents (blank cell).",
  },
  rWeakestRule: {
    it: "Le {count} aree con il punteggio più basso rispetto alla propria scala: (punteggio − min) ÷ (max − min).",
    en: "The {count} areas with the lowest score relative to their range: (score − min) ÷ (max − min).",
  },
  rPlanByPriority: {
    it: "Il piano d'azione ordina invece le aree per priorità (peso dell'area × distanza dall'obiettivo), poi dalla più debole.",
    en: "The action plan orders areas by priority instead (area weight × gap to target), then weakest first.",
  },
  rPlanByWeakest: {
    it: "Senza obiettivi, il piano d'azione segue lo stesso ordine.",
    en: "With no targets, the action plan follows the same order.",
  },
  rGroupTooSmall: {
    it: "Gruppo «{group}» nascosto: meno di {minimum} rispondenti.",
    en: "Group “{group}” hidden: fewer than {minimum} respondents.",
  },
  rGroupRevealsSmaller: {
    it: "Gruppo «{group}» nascosto anch'esso: insieme a «{set}» permetterebbe di ricavare i dati di meno di {minimum} rispondenti.",
    en: "Group “{group}” hidden too: together with “{set}” it would reveal the figures of fewer than {minimum} respondents.",
  },
  rRespondentsHidden: {
    it: "Non mostrati: ci sono gruppi, e i punteggi dei singoli sarebbero visibili a chiunque apra il file (impostazione «mostra i punteggi per rispondente»).",
    en: "Not shown: there are groups, and individual scores would be visible to everyone who opens the file (setting “show scores by respondent”).",
  },
} as const satisfies Record<string, Record<Lang, string>>;
