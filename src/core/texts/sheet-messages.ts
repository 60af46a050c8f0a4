/**
 * The texts of the sheets the add-on writes, in Italian and English. A key's prefix says where it
 * appears: questionnaire "q", results "r", data problems listed on the results "problem", action
 * plan "p", history "history", column headers "h", model sheets "ms" (sections), "mh" (header
 * fields) and "mc" (columns), sheet names "sheet", action statuses "status", the menu "menu", the
 * server's errors "err".
 */
import type { Lang } from "./i18n";

export const SHEET_MESSAGES = {
  menuOpen: { it: "Apri Bussola CX", en: "Open Bussola CX" },
  menuScore: { it: "Calcola i punteggi", en: "Score now" },
  menuHelp: { it: "Guida", en: "Help" },

  // Model sheets
  yes: { it: "sì", en: "yes" },
  no: { it: "no", en: "no" },
  sheetModel: { it: "Modello", en: "Model" },
  msTitle: {
    it: "Bussola CX · Modello: {name} (v{version})",
    en: "Bussola CX · Model: {name} (v{version})",
  },
  msHowTo1: {
    it: "Modificate le righe di ogni sezione: potete aggiungere o togliere righe, ma lasciate le righe che iniziano con # e le intestazioni.",
    en: "Edit the rows of each section: you may add or remove rows, but keep the rows starting with # and the headers.",
  },
  msHowTo2: {
    it: "Ogni testo va scritto in italiano e in inglese. Le fasce di un punteggio devono coprire tutto l'intervallo, senza buchi né sovrapposizioni: ogni fascia va dal suo minimo (incluso) al suo massimo (escluso, tranne l'ultima).",
    en: "Every text needs Italian and English. A score's bands must cover its whole range, with no gaps or overlaps: each band runs from its minimum (included) to its maximum (excluded, except the last).",
  },
  msHowTo3: {
    it: "Poi premete «Verifica il modello» nella barra laterale: gli errori compaiono lì e come note sulle celle. Se cambiate un modello già usato, alzate la versione.",
    en: "Then press “Check model” in the sidebar: errors appear there and as notes on the cells. If you change a model already in use, raise its version.",
  },
  msChoose: { it: "Scegliete dall'elenco.", en: "Choose from the list." },
  msMissingSection: {
    it: "Manca la sezione {section}: ripristinate la riga che inizia con {section}.",
    en: "The {section} section is missing: restore the row starting with {section}.",
  },
  msRepeatedSection: {
    it: "La sezione {section} compare due volte: lasciatene una sola.",
    en: "The {section} section appears twice: keep only one.",
  },
  msRepeatedField: {
    it: "Il campo «{field}» compare due volte nell'intestazione: lasciatene uno solo.",
    en: "The field “{field}” appears twice in the header: keep only one.",
  },
  msUnknownOptionScale: {
    it: "Questa opzione appartiene alla scala «{scale}», che non è nella sezione #scales.",
    en: "This option belongs to scale “{scale}”, which is not in the #scales section.",
  },
  msUnknownBandScope: {
    it: "Ambito «{scope}» sconosciuto: scrivete overall, areas oppure l'ID di un'area.",
    en: "Unknown scope “{scope}”: write overall, areas or an area's ID.",
  },
  msModel: { it: "Intestazione del modello", en: "Model header" },
  msScales: { it: "Scale di risposta", en: "Answer scales" },
  msOptions: { it: "Opzioni delle scale", en: "Scale options" },
  msAreas: { it: "Aree", en: "Areas" },
  msQuestions: { it: "Domande", en: "Questions" },
  msBands: {
    it: "Fasce (ambito: overall = punteggio complessivo, areas = tutte le aree, oppure l'ID di un'area)",
    en: "Bands (scope: overall = overall score, areas = every area, or one area's ID)",
  },
  msRecommendations: {
    it: "Raccomandazioni per area e fascia",
    en: "Recommendations per area and band",
  },
  msPerspectives: {
    it: "Prospettive (facoltative, almeno due: chi risponde, ad esempio l'azienda e i suoi clienti)",
    en: "Perspectives (optional, at least two: who answers, e.g. the company and its customers)",
  },
  msWordings: {
    it: "Formulazioni per prospettiva (facoltative: la domanda con le parole di una prospettiva, ad esempio in prima persona per i clienti)",
    en: "Wordings per perspective (optional: the question in a perspective's own words, e.g. in the first person for customers)",
  },
  msUnknownWordingQuestion: {
    it: "Questa formulazione appartiene alla domanda «{question}», che non è nella sezione #questions.",
    en: "This wording belongs to question “{question}”, which is not in the #questions section.",
  },
  msRepeatedWording: {
    it: "La domanda «{question}» ha già una formulazione per la prospettiva «{perspective}»: lasciatene una sola.",
    en: "Question “{question}” already has a wording for perspective “{perspective}”: keep only one.",
  },
  msWordingNoPerspective: {
    it: "Scrivete l'ID della prospettiva a cui è rivolta questa formulazione.",
    en: "Write the ID of the perspective this wording is for.",
  },
  mcField: { it: "Campo", en: "Field" },
  mcValueIt: { it: "Valore / italiano", en: "Value / Italian" },
  mcValueEn: { it: "Inglese", en: "English" },
  mcHint: { it: "Note", en: "Notes" },
  mcId: { it: "ID", en: "ID" },
  mcNameIt: { it: "Nome (it)", en: "Name (it)" },
  mcNameEn: { it: "Nome (en)", en: "Name (en)" },
  mcAllowNA: { it: "Ammette N/A", en: "Allows N/A" },
  mcAllowDontKnow: { it: "Ammette «Non so»", en: "Allows “Don't know”" },
  mcPerspectives: {
    it: "Prospettive (ID separati da virgole; vuoto = tutte)",
    en: "Perspectives (IDs separated by commas; empty = all)",
  },
  mcQuestion: { it: "Domanda", en: "Question" },
  mcPerspective: { it: "Prospettiva", en: "Perspective" },
  mcScale: { it: "Scala", en: "Scale" },
  mcValue: { it: "Valore", en: "Value" },
  mcLabelIt: { it: "Etichetta (it)", en: "Label (it)" },
  mcLabelEn: { it: "Etichetta (en)", en: "Label (en)" },
  mcDescriptionIt: { it: "Descrizione (it)", en: "Description (it)" },
  mcDescriptionEn: { it: "Descrizione (en)", en: "Description (en)" },
  mcWeight: { it: "Peso", en: "Weight" },
  mcMin: { it: "Minimo", en: "Minimum" },
  mcMax: { it: "Massimo", en: "Maximum" },
  mcArea: { it: "Area", en: "Area" },
  mcTextIt: { it: "Testo (it)", en: "Text (it)" },
  mcTextEn: { it: "Testo (en)", en: "Text (en)" },
  mcReverse: { it: "Inversa", en: "Reverse" },
  mcThemeIt: { it: "Tema (it)", en: "Theme (it)" },
  mcThemeEn: { it: "Tema (en)", en: "Theme (en)" },
  mcScope: { it: "Ambito", en: "Scope" },
  mcBand: { it: "Fascia", en: "Band" },
  mcColor: { it: "Colore", en: "Colour" },
  mhId: {
    it: "Lettere minuscole, cifre, '.', '_' o '-'.",
    en: "Lower-case letters, digits, '.', '_' or '-'.",
  },
  mhVersion: {
    it: "Forma 1.0.0; alzatela quando cambiate il modello.",
    en: "Form 1.0.0; raise it when you change the model.",
  },
  mhName: {
    it: "Nome mostrato ai consulenti e sui fogli.",
    en: "Name shown to consultants and on the sheets.",
  },
  mhDescription: {
    it: "A chi serve e che cosa misura.",
    en: "Who it is for and what it measures.",
  },
  mhCitation: {
    it: "La fonte citata sul questionario.",
    en: "The source cited on the questionnaire.",
  },
  mhAuthorsNote: {
    it: "Facoltativo: le scelte vostre dove la fonte non dà numeri.",
    en: "Optional: your own choices where the source gives no numbers.",
  },
  mhMinutes: { it: "Minuti stimati per rispondere.", en: "Estimated minutes to answer." },
  mhOverall: {
    it: "weightedMean = media pesata delle aree (modelli a livelli); sum = somma delle aree (modelli a punti).",
    en: "weightedMean = weighted mean of areas (level models); sum = sum of areas (point models).",
  },
  mhMinCompleteness: {
    it: "Quota minima di risposte (0–1) sotto la quale un'area non riceve una fascia.",
    en: "Minimum share of answers (0–1) below which an area gets no band.",
  },

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
    it: "Rispondete nella vostra colonna scegliendo dal menu a tendina di ogni cella. Le celle gialle sono ancora senza risposta. Potete scrivere commenti nella vostra colonna di note, a destra delle risposte. Il resto del foglio è protetto.",
    en: "Answer in your own column by choosing from each cell's dropdown. Yellow cells are still unanswered. You may write comments in your own notes column, to the right of the answers. The rest of the sheet is protected.",
  },
  qScale: { it: "Scala «{scale}»: {options}", en: "Scale “{scale}”: {options}" },
  naLabel: { it: "N/A", en: "N/A" },
  qNotApplicable: { it: "N/A = non applicabile", en: "N/A = not applicable" },
  dkLabel: { it: "Non so", en: "Don't know" },
  qNotAsked: { it: "—", en: "—" },
  qNotAskedLegend: {
    it: "{mark} = domanda non rivolta a voi (è per altri rispondenti): lasciate la cella così com'è.",
    en: "{mark} = a question not asked of you (it is for other respondents): leave the cell as it is.",
  },
  qWording: { it: "{perspective}: {text}", en: "{perspective}: {text}" },
  qHeaderId: { it: "ID", en: "ID" },
  qHeaderArea: { it: "Area", en: "Area" },
  qHeaderQuestion: { it: "Domanda", en: "Question" },
  qHeaderNotes: { it: "Note", en: "Notes" },
  qHeaderNotesOf: { it: "Note · {name}", en: "Notes · {name}" },
  qGroupRow: { it: "Gruppo", en: "Group" },
  qProgressRow: { it: "Risposte date (su {total})", en: "Answers given (of {total})" },
  qProgressRowPerspectives: {
    it: "Risposte date (domande poste: {counts})",
    en: "Answers given (questions asked: {counts})",
  },
  qRespondentIdRow: { it: "ID rispondente", en: "Respondent ID" },
  qValidationHelp: {
    it: "Scegliete una risposta dall'elenco.",
    en: "Choose an answer from the list.",
  },
  qProtection: {
    it: "Bussola CX: struttura del questionario",
    en: "Bussola CX: questionnaire structure",
  },
  qAnswersProtection: {
    it: "Bussola CX: risposte di {name} ({id})",
    en: "Bussola CX: answers of {name} ({id})",
  },
  qNotesProtection: {
    it: "Bussola CX: note di {name} ({id})",
    en: "Bussola CX: notes of {name} ({id})",
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
  problemUnreadable: {
    it: "Risposta non valida «{value}»: sceglietela dal menu a tendina.",
    en: "Invalid answer “{value}”: choose it from the dropdown.",
  },
  problemFormula: {
    it: "La cella contiene una formula ({formula}), non una risposta: scegliete la risposta dal menu a tendina.",
    en: "The cell holds a formula ({formula}), not an answer: choose the answer from the dropdown.",
  },
  problemMissingRow: {
    it: "La riga di questa domanda è stata cancellata: la domanda non viene conteggiata.",
    en: "This question's row was deleted: the question is not counted.",
  },
  problemDuplicateRow: {
    it: "Riga duplicata: vale solo la prima riga con questo ID.",
    en: "Duplicated row: only the first row with this ID counts.",
  },
  problemCopiedColumn: {
    it: "La colonna di questo rispondente è stata copiata: le copie sono uguali e le risposte contano una volta sola. Cancellate le copie.",
    en: "This respondent's column was copied: the copies are identical and the answers count once. Delete the copies.",
  },
  problemConflictingColumns: {
    it: "La colonna di questo rispondente è stata copiata e le copie hanno risposte diverse: nessuna viene conteggiata finché non cancellate quelle sbagliate.",
    en: "This respondent's column was copied and the copies hold different answers: none counts until you delete the wrong ones.",
  },
  problemMissingColumn: {
    it: "La colonna di questo rispondente è stata cancellata: le sue risposte non vengono conteggiate.",
    en: "This respondent's column was deleted: their answers are not counted.",
  },
  problemNotAsked: {
    it: "Questa domanda non è posta a questo rispondente, ma la cella contiene «{value}»: non viene conteggiata. Rimettete «{mark}» nella cella.",
    en: "This question is not asked of this respondent, yet the cell holds “{value}”: it is not counted. Put “{mark}” back in the cell.",
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
    it: "Le aree sono in ordine di priorità. Compilate responsabile, scadenza e stato; potete aggiungere righe e colonne vostre. Ogni nuovo calcolo dei punteggi riordina le aree e conserva quello che scrivete, comprese le colonne che aggiungete.",
    en: "Areas are in order of priority. Fill in owner, due date and status; you can add rows and columns of your own. Every new scoring run reorders the areas and keeps what you write, including the columns you add.",
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
  pProtection: { it: "Bussola CX: piano d'azione", en: "Bussola CX: action plan" },
  pNoteHeader: { it: "Nota di Bussola CX", en: "Bussola CX note" },
  pNoLongerInPlan: {
    it: "Non più nel piano dal {date}",
    en: "No longer in the plan since {date}",
  },
  pHeaderMissing: {
    it: "Il piano d'azione «{name}» non si può leggere: manca la riga delle intestazioni (Area, Azione raccomandata, Responsabile, Scadenza, Stato), quindi quello che avete scritto non si può ricollegare alle aree. Non è stato modificato nulla: ripristinatela con Modifica → Annulla o da File → Cronologia versioni, oppure riscrivete Responsabile, Scadenza e Stato in cima alle rispettive colonne, poi calcolate di nuovo i punteggi.",
    en: "The action plan “{name}” cannot be read: its row of headings (Area, Recommended action, Owner, Due date, Status) is missing, so what you typed cannot be matched to the areas. Nothing was changed: restore it with Edit → Undo or from File → Version history, or type Owner, Due date and Status back at the top of their columns, then score again.",
  },
  pKeyColumnMissing: {
    it: "Il piano d'azione «{name}» non si può leggere: manca la colonna con i codici delle aree (come {example}, sotto l'intestazione #area-id), che lega ogni riga alla sua area. Non è stato modificato nulla: ripristinatela con Modifica → Annulla o da File → Cronologia versioni, poi calcolate di nuovo i punteggi.",
    en: "The action plan “{name}” cannot be read: the column with the areas' codes (such as {example}, under the heading #area-id), which ties each row to its area, is missing. Nothing was changed: restore it with Edit → Undo or from File → Version history, then score again.",
  },

  // History
  historyTitle: { it: "Bussola CX · Storico — {client}", en: "Bussola CX · History — {client}" },
  hDate: { it: "Data", en: "Date" },
  hModel: { it: "Modello", en: "Model" },
  hVersion: { it: "Versione", en: "Version" },
  hRespondents: { it: "Rispondenti", en: "Respondents" },

  // Server outcomes
  errBusy: {
    it: "Un'altra operazione di Bussola CX è in corso su questo file. Riprovate tra qualche secondo.",
    en: "Another Bussola CX operation is running on this file. Try again in a few seconds.",
  },
  errNoAssessment: {
    it: "Questa valutazione non esiste più in questo file.",
    en: "This assessment no longer exists in this file.",
  },
  errNoAssessments: {
    it: "In questo file non c'è ancora nessuna valutazione: createne una dalla barra laterale.",
    en: "There is no assessment in this file yet: create one from the sidebar.",
  },
  errQuestionnaireMissing: {
    it: "Il foglio del questionario «{name}» è stato cancellato: le risposte non si possono leggere.",
    en: "The questionnaire sheet “{name}” was deleted: its answers cannot be read.",
  },
  errQuestionnaireDamaged: {
    it: "Il questionario «{name}» è danneggiato (manca la riga nascosta degli ID dei rispondenti). Ripristinate una versione precedente da File → Cronologia versioni.",
    en: "The questionnaire “{name}” is damaged (its hidden respondent-ID row is missing). Restore an earlier version from File → Version history.",
  },
  errNotConsultant: {
    it: "Solo i consulenti di questo file possono {action}: voi ({user}) non siete tra loro. Chiedete al proprietario del file o a un consulente ({consultants}) di aggiungervi in Bussola CX → Questo file → Consulenti.",
    en: "Only this file's consultants can {action}: you ({user}) are not one of them. Ask the file's owner or a consultant ({consultants}) to add you under Bussola CX → This file → Consultants.",
  },
  errNotConsultantNoTeam: {
    it: "Solo i consulenti di questo file possono {action}: voi ({user}) non siete tra loro. Chiedete al proprietario del file, o a chi ha creato la valutazione, di aggiungervi in Bussola CX → Questo file → Consulenti.",
    en: "Only this file's consultants can {action}: you ({user}) are not one of them. Ask the file's owner, or whoever created the assessment, to add you under Bussola CX → This file → Consultants.",
  },
  errRemoveYourself: {
    it: "Non potete togliere voi stessi ({user}) dai consulenti: Google Fogli lascia sempre a chi esegue la modifica i permessi che ha. Chiedete a un altro consulente o al proprietario del file di togliervi.",
    en: "You cannot remove yourself ({user}) from the consultants: Google Sheets always leaves the person making the change the rights they have. Ask another consultant or the file's owner to remove you.",
  },
  actionCreate: { it: "creare valutazioni", en: "create assessments" },
  actionScore: { it: "aggiornare i risultati", en: "update the results" },
  actionAddRespondents: { it: "aggiungere rispondenti", en: "add respondents" },
  actionTeam: { it: "cambiare i consulenti", en: "change the consultants" },
  warnWeakProtection: {
    it: "Google Fogli non ha permesso di limitare chi modifica le parti protette: ora chiedono solo una conferma. I rispondenti possono quindi cambiare anche le risposte degli altri, dopo un avviso. Di solito accade quando l'accesso al file passa da un gruppo Google o se il file non appartiene a un dominio Google Workspace.",
    en: "Google Sheets did not allow limiting who edits the protected parts: they now only ask for a confirmation. Respondents can therefore change others' answers too, after a warning. This usually happens when access to the file comes through a Google group or when the file does not belong to a Google Workspace domain.",
  },
  errUnreadableStore: {
    it: "I dati salvati della valutazione «{id}» non sono leggibili.",
    en: "The saved data of assessment “{id}” cannot be read.",
  },
  errColumnsMoved: {
    it: "Le colonne dei rispondenti in «{name}» non sono più una accanto all'altra nel loro ordine: sono state spostate, oppure è stata inserita, copiata o cancellata una colonna tra di esse. Prima di aggiungere rispondenti rimettetele come erano: spostate dopo le note le colonne inserite (o cancellatele) e recuperate una colonna cancellata da File → Cronologia versioni.",
    en: "The respondent columns in “{name}” are no longer side by side in their order: they were moved, or a column was inserted, copied or deleted among them. Before adding respondents, put them back as they were: move inserted columns after the notes (or delete them), and bring back a deleted column from File → Version history.",
  },
  errTooManyRespondents: {
    it: "Il questionario «{name}» può accogliere ancora al massimo {max} rispondenti e ne state aggiungendo {count}: {limit} Aggiungetene al massimo {max}, oppure create un'altra valutazione per gli altri.",
    en: "The questionnaire “{name}” can take at most {max} more respondents and you are adding {count}: {limit} Add at most {max}, or create another assessment for the others.",
  },
  errTooManyRespondentsOne: {
    it: "Il questionario «{name}» può accogliere ancora un solo rispondente e ne state aggiungendo {count}: {limit} Aggiungetene uno solo, oppure create un'altra valutazione per gli altri.",
    en: "The questionnaire “{name}” can take only one more respondent and you are adding {count}: {limit} Add just one, or create another assessment for the others.",
  },
  errLimitColumns: {
    it: "Google Fogli ammette al massimo {columns} colonne per foglio.",
    en: "Google Sheets allows at most {columns} columns per sheet.",
  },
  errLimitCells: {
    it: "Google Fogli ammette al massimo {millions} milioni di celle per file.",
    en: "Google Sheets allows at most {millions} million cells per file.",
  },
  errSheetFull: {
    it: "Il questionario «{name}» non può accogliere altri rispondenti: Google Fogli ammette al massimo {columns} colonne per foglio e {millions} milioni di celle per file. Create un'altra valutazione per i nuovi rispondenti.",
    en: "The questionnaire “{name}” cannot take any more respondents: Google Sheets allows at most {columns} columns per sheet and {millions} million cells per file. Create another assessment for the new respondents.",
  },
  errUnreadableModel: {
    it: "Il modello salvato «{model}» non è più leggibile: importatelo di nuovo da JSON.",
    en: "The saved model “{model}” can no longer be read: import it again from JSON.",
  },
  errModelSheetMissing: {
    it: "Il foglio di questo modello non esiste più: copiate di nuovo il modello per modificarlo.",
    en: "This model's sheet no longer exists: copy the model again to edit it.",
  },
  errVersionTaken: {
    it: "Il modello «{id}» versione {version} esiste già con un contenuto diverso: alzate la versione (ad esempio {next}), così i questionari già creati continuano a usare quella vecchia.",
    en: "Model “{id}” version {version} already exists with different content: raise the version (for example {next}), so questionnaires already created keep using the old one.",
  },
  errBuiltinId: {
    it: "«{id}» è l'ID di un modello integrato: per salvare la vostra versione dategli un ID vostro, ad esempio {suggestion}.",
    en: "“{id}” is a built-in model's ID: to save your own version give it an ID of your own, for example {suggestion}.",
  },
  errJsonSyntax: {
    it: "Il testo non è un JSON valido: {detail}",
    en: "The text is not valid JSON: {detail}",
  },
  scored: {
    it: "Punteggi calcolati per «{client}»: complessivo {score}.",
    en: "Scores computed for “{client}”: overall {score}.",
  },
  helpTitle: { it: "Bussola CX · Guida", en: "Bussola CX · Help" },
} as const satisfies Record<string, Record<Lang, string>>;
