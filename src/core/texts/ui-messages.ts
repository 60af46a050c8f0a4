/**
 * The texts the sidebar shows, Italian and English. Kept apart from the sheets' texts so the
 * sidebar page carries only what it shows; the server sees both through messages.ts.
 */
import { fill, type Lang } from "./i18n";

export const UI_MESSAGES = {
  tabNew: { it: "Nuova", en: "New" },
  tabFile: { it: "Questo file", en: "This file" },
  tabHelp: { it: "Guida", en: "Help" },
  tabModels: { it: "Modelli", en: "Models" },
  cancel: { it: "Annulla", en: "Cancel" },
  newTitle: { it: "Nuova valutazione", en: "New assessment" },
  modelsIntro: {
    it: "Copiate un modello in un foglio per adattarlo, poi verificatelo: se è valido compare in «Nuova valutazione». Potete anche esportarlo o importarlo in JSON.",
    en: "Copy a model into a sheet to adapt it, then check it: when valid it appears in “New assessment”. You can also export or import it as JSON.",
  },
  modelsTitle: { it: "Modelli disponibili", en: "Available models" },
  originBuiltin: { it: "integrato", en: "built-in" },
  originLibrary: { it: "di questo file", en: "this file's" },
  copyModel: { it: "Copia per modificare", en: "Copy to edit" },
  copied: {
    it: "Creato il foglio «{sheet}»: modificatelo, poi premete «Verifica il modello».",
    en: "Created the sheet “{sheet}”: edit it, then press “Check model”.",
  },
  exportJson: { it: "Esporta JSON", en: "Export JSON" },
  exportedJson: { it: "JSON del modello", en: "Model JSON" },
  draftsTitle: { it: "Modelli in modifica", en: "Models being edited" },
  noDrafts: { it: "Nessun foglio modello in questo file.", en: "No model sheet in this file." },
  checkModel: { it: "Verifica il modello", en: "Check model" },
  modelReady: {
    it: "«{name}» v{version} è disponibile in «Nuova valutazione».",
    en: "“{name}” v{version} is available in “New assessment”.",
  },
  importTitle: { it: "Importa da JSON", en: "Import from JSON" },
  importJson: { it: "Incollate qui il JSON del modello", en: "Paste the model's JSON here" },
  importModel: { it: "Importa", en: "Import" },
  language: { it: "Lingua", en: "Language" },
  loading: { it: "Caricamento…", en: "Loading…" },
  working: { it: "Operazione in corso…", en: "Working…" },
  fieldModel: { it: "Modello", en: "Model" },
  modelFacts: {
    it: "{questions} domande · circa {minutes} minuti · versione {version}",
    en: "{questions} questions · about {minutes} minutes · version {version}",
  },
  modelSource: { it: "Fonte: {citation}", en: "Source: {citation}" },
  fieldClient: { it: "Nome del cliente", en: "Client name" },
  fieldSheetLang: { it: "Lingua del questionario", en: "Questionnaire language" },
  langIt: { it: "Italiano", en: "Italian" },
  langEn: { it: "Inglese", en: "English" },
  fieldRespondents: { it: "Rispondenti", en: "Respondents" },
  respondentName: { it: "Nome", en: "Name" },
  respondentGroup: { it: "Gruppo", en: "Group" },
  groupHint: {
    it: "es. Direzione, Front line, Clienti",
    en: "e.g. Management, Front line, Customers",
  },
  addRespondent: { it: "Aggiungi rispondente", en: "Add respondent" },
  removeRespondent: { it: "Rimuovi {name}", en: "Remove {name}" },
  pasteList: { it: "Incolla un elenco", en: "Paste a list" },
  pasteHint: {
    it: "Una persona per riga: «Nome; Gruppo; email» (anche con tabulazione o virgola; gruppo ed email facoltativi).",
    en: "One person per line: “Name; Group; email” (tab or comma work too; group and email are optional).",
  },
  respondentEmail: { it: "Email (facoltativa)", en: "Email (optional)" },
  emailHint: {
    it: "L'email protegge la colonna di ciascuno",
    en: "An email protects each person's column",
  },
  emailMore: {
    it: "Con l'indirizzo dell'account Google di un rispondente, la sua colonna di risposte e la sua colonna di note possono essere modificate solo da quella persona, dal proprietario del file e dai consulenti: agli altri rispondenti Fogli rifiuta la modifica. Senza email, chiunque possa modificare il file può modificare quelle colonne.",
    en: "With a respondent's Google account address, their answer column and their notes column can be edited only by them, the file's owner and the consultants: Sheets turns other respondents away. Without an email, anyone who can edit the file can edit those columns.",
  },
  fieldConsultants: {
    it: "Consulenti colleghi (facoltativi)",
    en: "Fellow consultants (optional)",
  },
  consultantsEmails: { it: "Email degli account Google", en: "Google account emails" },
  emailsPerLine: {
    it: "Un'email per riga, o separate da virgole.",
    en: "One email per line, or separated by commas.",
  },
  consultantsJoin: {
    it: "Si aggiungono ai consulenti del file: potranno calcolare i punteggi, aggiungere rispondenti e cambiare i consulenti.",
    en: "They join the file's consultants: they can score, add respondents and change the consultants.",
  },
  consultantsAlready: {
    it: "Già consulenti: {emails}.",
    en: "Already consultants: {emails}.",
  },
  pasteApply: { it: "Aggiungi dall'elenco", en: "Add from list" },
  fieldTargets: { it: "Obiettivi per area (facoltativi)", en: "Targets per area (optional)" },
  targetRange: { it: "da {min} a {max}", en: "{min} to {max}" },
  perspectivesTitle: {
    it: "Chi risponde da quale prospettiva",
    en: "Who answers from which perspective",
  },
  perspectivesHint: {
    it: "Ogni gruppo risponde solo alle domande della sua prospettiva; i risultati le confrontano (es. come l'azienda si vede e come la vedono i clienti).",
    en: "Each group answers only its perspective's questions; the Results compare the perspectives (e.g. the company's self-image with what customers perceive).",
  },
  noGroup: { it: "(senza gruppo)", en: "(no group)" },
  choosePerspective: { it: "Scegliete…", en: "Choose…" },
  perspectiveMissing: {
    it: "Scegliete da quale prospettiva risponde questo gruppo.",
    en: "Choose the perspective this group answers from.",
  },
  resultsOptions: { it: "Opzioni dei risultati", en: "Results options" },
  fieldMinGroupSize: { it: "Dimensione minima di un gruppo", en: "Minimum group size" },
  minGroupSizeHint: {
    it: "Un gruppo più piccolo non compare da solo nei risultati: potrebbe rivelare le risposte dei singoli.",
    en: "A smaller group is not shown by itself in the Results: it could reveal individual answers.",
  },
  fieldShowScores: {
    it: "Mostra i punteggi per rispondente",
    en: "Show scores by respondent",
  },
  respondentScoresHidden: {
    it: "I risultati sono visibili a chiunque possa aprire il file: i punteggi dei singoli restano nascosti.",
    en: "Results are visible to everyone who can open the file; individual scores stay hidden.",
  },
  create: { it: "Crea il questionario", en: "Create questionnaire" },
  created: {
    it: "Creato il foglio «{sheet}». Condividete il file con il cliente.",
    en: "Created the sheet “{sheet}”. Share the file with the client.",
  },
  noAssessments: {
    it: "Ancora nessuna valutazione in questo file.",
    en: "No assessment in this file yet.",
  },
  progress: { it: "{answered} di {total}", en: "{answered} of {total}" },
  scoreNow: { it: "Calcola i punteggi", en: "Score now" },
  showResults: { it: "Apri i risultati", en: "Open results" },
  addRespondents: { it: "Aggiungi rispondenti", en: "Add respondents" },
  teamTitle: { it: "Consulenti", en: "Consultants" },
  teamIntro: {
    it: "Oltre al proprietario del file, questi consulenti possono modificare tutto ciò che Bussola CX protegge: calcolare i punteggi, aggiungere rispondenti e cambiare questo elenco. Chiunque altro prema «Calcola i punteggi» riceve un messaggio con i nomi di chi può aggiungerlo.",
    en: "Besides the file's owner, these consultants can edit everything Bussola CX protects: score, add respondents and change this list. Anyone else who presses “Score now” is told who can add them.",
  },
  teamEmpty: {
    it: "Nessuno oltre al proprietario del file.",
    en: "Nobody besides the file's owner.",
  },
  teamEdit: { it: "Modifica l'elenco", en: "Edit the list" },
  teamSave: { it: "Salva", en: "Save" },
  teamSaved: { it: "Elenco dei consulenti salvato.", en: "Consultants saved." },
  lastScore: { it: "Ultimo calcolo: {date}", en: "Last scored: {date}" },
  neverScored: { it: "Punteggi non ancora calcolati.", en: "Not scored yet." },
  overallShort: { it: "Complessivo", en: "Overall" },
  problemsFound: {
    it: "{count} problemi nei dati: vedi il foglio dei risultati.",
    en: "{count} data problems: see the results sheet.",
  },
  // Field errors: shown beside the field, whether the sidebar or the server found them.
  required: { it: "Campo obbligatorio.", en: "Required." },
  tooLong: { it: "Al massimo {max} caratteri.", en: "At most {max} characters." },
  tooFewRespondents: {
    it: "Aggiungete almeno un rispondente.",
    en: "Add at least one respondent.",
  },
  tooManyRespondents: { it: "Al massimo {max} rispondenti.", en: "At most {max} respondents." },
  invalid: { it: "Valore non valido.", en: "Invalid value." },
  unknownModel: { it: "Modello sconosciuto: «{id}».", en: "Unknown model: “{id}”." },
  duplicateRespondent: {
    it: "«{name}» compare più volte: i nomi dei rispondenti devono essere diversi.",
    en: "“{name}” appears more than once: respondent names must differ.",
  },
  invalidEmail: {
    it: "Non sembra un indirizzo email (nome@dominio.it).",
    en: "This does not look like an email address (name@domain.com).",
  },
  duplicateEmail: {
    it: "{email} è già l'email di un altro rispondente: ogni persona risponde in una sola colonna.",
    en: "{email} is already another respondent's email: each person answers in one column only.",
  },
  groupWithoutPerspective: {
    it: "Dite da quale prospettiva risponde il gruppo «{group}» ({options}).",
    en: "Say which perspective the group “{group}” answers from ({options}).",
  },
  noGroupWithoutPerspective: {
    it: "Dite da quale prospettiva rispondono i rispondenti senza gruppo ({options}).",
    en: "Say which perspective respondents without a group answer from ({options}).",
  },
  groupPerspectiveFixed: {
    it: "Il gruppo «{group}» risponde già dalla prospettiva «{perspective}»: non si può cambiare, perché le risposte date verrebbero lette come di un'altra prospettiva.",
    en: "The group “{group}” already answers from the perspective “{perspective}”: it cannot change, since the answers given would be read as another perspective's.",
  },
  unknownPerspective: {
    it: "Prospettiva sconosciuta: «{id}».",
    en: "Unknown perspective: “{id}”.",
  },
  wholeNumber: { it: "Inserite un numero intero.", en: "Enter a whole number." },
  atLeast: { it: "Almeno {min}.", en: "At least {min}." },
  atMost: { it: "Al massimo {max}.", en: "At most {max}." },
  tooManyConsultants: { it: "Al massimo {max} consulenti.", en: "At most {max} consultants." },
  unknownArea: { it: "Area sconosciuta: «{id}».", en: "Unknown area: “{id}”." },
  targetOutOfRange: {
    it: "L'obiettivo deve essere tra {min} e {max}.",
    en: "The target must be between {min} and {max}.",
  },
  targetInvalid: {
    it: "Inserite un numero da {min} a {max}.",
    en: "Enter a number from {min} to {max}.",
  },
  helpIntro: {
    it: "Bussola CX misura quanto un'azienda è orientata al cliente, con modelli tratti da articoli di riferimento.",
    en: "Bussola CX measures how customer-centric a company is, with models drawn from reference articles.",
  },
  helpScoring: {
    it: "Ogni risposta vale la sua posizione sulla scala (le domande inverse si ribaltano; N/A non conta). Il punteggio di un'area è la media pesata riportata sull'intervallo dell'area; il complessivo è la somma delle aree (modelli a punti) o la loro media pesata (modelli a livelli).",
    en: "Each answer counts by its position on the scale (reverse questions flip; N/A does not count). An area's score is the weighted mean placed on the area's range; the overall is the sum of areas (point models) or their weighted mean (level models).",
  },
  helpCompleteness: {
    it: "Se un'area ha meno risposte del minimo richiesto dal modello, non riceve una fascia: «Risposte insufficienti», mai un punteggio basso per errore.",
    en: "If an area has fewer answers than the model's minimum, it gets no band: “Insufficient answers”, never a silently low score.",
  },
  helpGroups: {
    it: "Con più rispondenti vedete la media, il minimo, il massimo e la deviazione standard, e il divario tra gruppi (es. Direzione contro Clienti).",
    en: "With several respondents you see the mean, minimum, maximum and standard deviation, and the gap between groups (e.g. Management versus Customers).",
  },
  helpSafety: {
    it: "Il calcolo non modifica mai le risposte. Il piano d'azione conserva responsabile, scadenza e stato a ogni nuovo calcolo.",
    en: "Scoring never changes an answer. The action plan keeps owner, due date and status on every new scoring run.",
  },
  rInsufficient: { it: "Risposte insufficienti", en: "Insufficient answers" },
  errUnexpected: {
    it: "Qualcosa è andato storto: {detail}",
    en: "Something went wrong: {detail}",
  },
  helpText: {
    it: "1. Aprite Bussola CX, scegliete un modello, scrivete il nome del cliente e i rispondenti, premete Crea. 2. Condividete il file con il cliente: ognuno risponde nella propria colonna. 3. Premete «Calcola i punteggi» quando volete: risultati, grafici, piano d'azione e storico si aggiornano, le risposte non vengono mai modificate.",
    en: "1. Open Bussola CX, choose a model, type the client's name and the respondents, press Create. 2. Share the file with the client: everyone answers in their own column. 3. Press “Score now” whenever you like: results, charts, action plan and history are updated; answers are never changed.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI_MESSAGES;

export function ui(lang: Lang, key: UiKey, params?: Record<string, string | number>): string {
  return fill(UI_MESSAGES[key][lang], params);
}
