/**
 * Every interface text a person reads, in Italian and English, in one table (models carry their
 * own texts). Placeholders like `{name}` are filled by `fill`, always as plain text.
 */
import { fill, type Lang } from "./i18n";

export const MESSAGES = {
  menuOpen: { it: "Apri Bussola CX", en: "Open Bussola CX" },
  menuScore: { it: "Calcola i punteggi", en: "Score now" },
  menuHelp: { it: "Guida", en: "Help" },

  // Sheet names (a client name follows)
  sheetQuestionnaire: { it: "Questionario", en: "Questionnaire" },
  sheetResults: { it: "Risultati", en: "Results" },
  sheetPlan: { it: "Piano d'azione", en: "Action plan" },
  sheetHistory: { it: "Storico", en: "History" },

  // Questionnaire
  qTitle: { it: "Bussola CX · {model} — {client}", en: "Bussola CX · {model} — {client}" },
  qSource: { it: "Fonte: {citation}", en: "Source: {citation}" },
  qAuthorsNote: { it: "Scelte di Bussola CX: {note}", en: "Bussola CX's own choices: {note}" },
  qInstructions: {
    it: "Rispondete nella vostra colonna scegliendo dal menu a tendina di ogni cella. Le celle gialle sono ancora senza risposta. Potete scrivere commenti nella colonna Note. Il resto del foglio è protetto.",
    en: "Answer in your own column by choosing from each cell's dropdown. Yellow cells are still unanswered. You may write comments in the Notes column. The rest of the sheet is protected.",
  },
  qScale: { it: "Scala «{scale}»: {options}", en: "Scale “{scale}”: {options}" },
  naLabel: { it: "N/A", en: "N/A" },
  qNotApplicable: { it: "N/A = non applicabile", en: "N/A = not applicable" },
  qHeaderId: { it: "ID", en: "ID" },
  qHeaderArea: { it: "Area", en: "Area" },
  qHeaderQuestion: { it: "Domanda", en: "Question" },
  qHeaderNotes: { it: "Note", en: "Notes" },
  qGroupRow: { it: "Gruppo", en: "Group" },
  qProgressRow: { it: "Risposte date (su {total})", en: "Answers given (of {total})" },
  qRespondentIdRow: { it: "ID rispondente", en: "Respondent ID" },
  qValidationHelp: {
    it: "Scegliete una risposta dall'elenco.",
    en: "Choose an answer from the list.",
  },
  qProtection: {
    it: "Bussola CX: struttura del questionario",
    en: "Bussola CX: questionnaire structure",
  },

  // Results
  rTitle: { it: "Bussola CX · Risultati — {client}", en: "Bussola CX · Results — {client}" },
  rModel: {
    it: "Modello: {model} (v{version}) · {citation}",
    en: "Model: {model} (v{version}) · {citation}",
  },
  rRun: {
    it: "Calcolato il {date} · {respondents} rispondenti · completezza {completeness}",
    en: "Scored on {date} · {respondents} respondents · completeness {completeness}",
  },
  rOverall: { it: "Punteggio complessivo", en: "Overall score" },
  rRange: { it: "su {min}–{max}", en: "of {min}–{max}" },
  rInsufficient: { it: "Risposte insufficienti", en: "Insufficient answers" },
  rInsufficientWhy: {
    it: "Meno del {minimum} delle risposte attese: nessuna fascia finché non arrivano altre risposte.",
    en: "Fewer than {minimum} of the expected answers: no band until more answers arrive.",
  },
  rAreas: { it: "Punteggi per area", en: "Scores by area" },
  hArea: { it: "Area", en: "Area" },
  hScore: { it: "Punteggio", en: "Score" },
  hMin: { it: "Min", en: "Min" },
  hMax: { it: "Max", en: "Max" },
  hBand: { it: "Fascia", en: "Band" },
  hCompleteness: { it: "Completezza", en: "Completeness" },
  hTarget: { it: "Obiettivo", en: "Target" },
  hGap: { it: "Scarto", en: "Gap" },
  hPriority: { it: "Priorità", en: "Priority" },
  hLowest: { it: "Minimo tra i rispondenti", en: "Lowest respondent" },
  hHighest: { it: "Massimo tra i rispondenti", en: "Highest respondent" },
  hSd: { it: "Deviazione standard", en: "Standard deviation" },
  hGroupGap: { it: "Divario tra gruppi", en: "Gap between groups" },
  groupGapText: {
    it: "{gap} ({high} sopra {low})",
    en: "{gap} ({high} above {low})",
  },
  rRecommendations: {
    it: "Raccomandazioni per le aree più deboli",
    en: "Recommendations for the weakest areas",
  },
  hRecommendation: { it: "Raccomandazione", en: "Recommendation" },
  rNoRecommendations: {
    it: "Nessuna area ha ancora risposte sufficienti.",
    en: "No area has enough answers yet.",
  },
  rRespondents: { it: "Punteggi per rispondente", en: "Scores by respondent" },
  hRespondent: { it: "Rispondente", en: "Respondent" },
  hGroup: { it: "Gruppo", en: "Group" },
  hOverall: { it: "Complessivo", en: "Overall" },
  rProblems: { it: "Problemi nei dati", en: "Data problems" },
  hCell: { it: "Cella", en: "Cell" },
  hQuestion: { it: "Domanda", en: "Question" },
  hProblem: { it: "Problema", en: "Problem" },
  rNoProblems: { it: "Nessun problema trovato.", en: "No problems found." },
  pUnreadable: {
    it: "Risposta non valida «{value}»: sceglietela dal menu a tendina.",
    en: "Invalid answer “{value}”: choose it from the dropdown.",
  },
  pMissingRow: {
    it: "La riga di questa domanda è stata cancellata: la domanda non viene conteggiata.",
    en: "This question's row was deleted: the question is not counted.",
  },
  pDuplicateRow: {
    it: "Riga duplicata: vale solo la prima riga con questo ID.",
    en: "Duplicated row: only the first row with this ID counts.",
  },
  pMissingColumn: {
    it: "La colonna di questo rispondente è stata cancellata: le sue risposte non vengono conteggiate.",
    en: "This respondent's column was deleted: their answers are not counted.",
  },
  rChartData: { it: "Dati dei grafici", en: "Chart data" },
  everyone: { it: "Tutti", en: "Everyone" },
  chartRadar: { it: "Profilo per area", en: "Profile by area" },
  chartColumn: { it: "Punteggi per area", en: "Scores by area" },

  // Action plan
  pTitle: {
    it: "Bussola CX · Piano d'azione — {client}",
    en: "Bussola CX · Action plan — {client}",
  },
  pInstructions: {
    it: "Le aree sono in ordine di priorità. Compilate responsabile, scadenza e stato: ogni nuovo calcolo dei punteggi conserva quello che scrivete.",
    en: "Areas are in order of priority. Fill in owner, due date and status: every new scoring run keeps what you write.",
  },
  hRank: { it: "N.", en: "No." },
  hAction: { it: "Azione raccomandata", en: "Recommended action" },
  hOwner: { it: "Responsabile", en: "Owner" },
  hDue: { it: "Scadenza", en: "Due date" },
  hStatus: { it: "Stato", en: "Status" },
  statusTodo: { it: "Da fare", en: "To do" },
  statusDoing: { it: "In corso", en: "In progress" },
  statusDone: { it: "Fatto", en: "Done" },
  statusBlocked: { it: "Bloccato", en: "Blocked" },
  pKept: {
    it: "Riga conservata da un calcolo precedente",
    en: "Row kept from an earlier scoring run",
  },
  pProtection: { it: "Bussola CX: piano d'azione", en: "Bussola CX: action plan" },
  rProtection: { it: "Bussola CX: risultati", en: "Bussola CX: results" },

  // History
  hTitle: { it: "Bussola CX · Storico — {client}", en: "Bussola CX · History — {client}" },
  hDate: { it: "Data", en: "Date" },
  hModel: { it: "Modello", en: "Model" },
  hVersion: { it: "Versione", en: "Version" },
  hRespondents: { it: "Rispondenti", en: "Respondents" },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return fill(MESSAGES[key][lang], params);
}

/** Both languages at once, for places where the reader's language cannot be known yet. */
export function both(key: MessageKey): string {
  const { it, en } = MESSAGES[key];
  return it === en ? en : `${en} · ${it}`;
}
