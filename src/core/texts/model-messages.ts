/**
 * What a model check says about a model that is not valid, in Italian and English: fragments that
 * follow the field they are about ("questions.3.area unknown area 'x'"). Prefix "schema".
 */
import type { Lang } from "./i18n";

export const MODEL_MESSAGES = {
  schemaRequired: { en: "is required", it: "è obbligatorio" },
  schemaType: { en: "must be {expected}", it: "deve essere {expected}" },
  schemaTooFew: { en: "needs at least {min}", it: "ne servono almeno {min}" },
  schemaEmptyText: { en: "must not be empty", it: "non può essere vuoto" },
  schemaBadId: {
    en: "must be lower-case letters, digits, '.', '_' or '-'",
    it: "deve contenere solo lettere minuscole, cifre, '.', '_' o '-'",
  },
  schemaBadVersion: { en: "must look like 1.0.0", it: "deve avere la forma 1.0.0" },
  schemaBadColor: { en: "must be a colour like #1a73e8", it: "deve essere un colore come #1a73e8" },
  schemaOutOfBounds: { en: "must be between 0 and 1", it: "deve essere tra 0 e 1" },
  schemaNotPositive: { en: "must be greater than 0", it: "deve essere maggiore di 0" },
  schemaBadEnum: { en: "must be one of: {options}", it: "deve essere uno tra: {options}" },
  schemaInvalid: { en: "is not valid", it: "non è valido" },
  schemaUnknownKeys: { en: "unknown field(s): {keys}", it: "campo/i sconosciuto/i: {keys}" },
  schemaReservedId: {
    en: "'{id}' names the overall and shared bands on model sheets: choose another area id",
    it: "'{id}' indica le fasce complessive e comuni nei fogli modello: scegliete un altro id di area",
  },
  schemaNotFinite: { en: "must be a finite number", it: "deve essere un numero finito" },
  schemaDuplicateId: { en: "duplicate id '{id}'", it: "id '{id}' duplicato" },
  schemaDuplicateValue: {
    en: "duplicate option value {value}",
    it: "valore di opzione {value} duplicato",
  },
  schemaDuplicateLabel: {
    en: "two options are labelled '{label}': respondents could not tell them apart",
    it: "due opzioni hanno l'etichetta '{label}': chi risponde non potrebbe distinguerle",
  },
  schemaCrossLanguageLabel: {
    en: "'{label}' is also the label of the option with value {value} in the other language: an answer typed as '{label}' could count as either option; choose another label",
    it: "'{label}' è anche l'etichetta dell'opzione con valore {value} nell'altra lingua: una risposta scritta '{label}' potrebbe valere per l'una o per l'altra; scegliete un'altra etichetta",
  },
  schemaLabelIsNA: {
    en: "'{label}' reads as the answer N/A (not applicable) that this scale offers: respondents could not tell them apart; choose another label",
    it: "'{label}' si legge come la risposta N/A (non applicabile) che questa scala offre: chi risponde non potrebbe distinguerle; scegliete un'altra etichetta",
  },
  schemaLabelIsDontKnow: {
    en: "'{label}' reads as the answer “Don't know” (“Non so”) that this scale offers: respondents could not tell them apart; choose another label",
    it: "'{label}' si legge come la risposta «Non so» («Don't know») che questa scala offre: chi risponde non potrebbe distinguerle; scegliete un'altra etichetta",
  },
  schemaUnknownPerspective: {
    en: "unknown perspective '{id}'",
    it: "prospettiva '{id}' inesistente",
  },
  schemaNoPerspectives: {
    en: "the model declares no perspectives: list them under perspectives first, or leave this out",
    it: "il modello non dichiara prospettive: elencatele prima in perspectives, oppure togliete questo campo",
  },
  schemaWordingNotAsked: {
    en: "this question is not asked of perspective '{id}': add '{id}' to its perspectives, or remove this wording",
    it: "questa domanda non è posta alla prospettiva '{id}': aggiungete '{id}' alle sue prospettive, oppure togliete questa formulazione",
  },
  schemaPerspectiveNotAsked: {
    en: "no question is asked of perspective '{id}'",
    it: "nessuna domanda è posta alla prospettiva '{id}'",
  },
  schemaUnknownArea: { en: "unknown area '{id}'", it: "area '{id}' inesistente" },
  schemaUnknownScale: { en: "unknown scale '{id}'", it: "scala '{id}' inesistente" },
  schemaUnknownBand: {
    en: "unknown band '{id}' for area '{area}'",
    it: "fascia '{id}' inesistente per l'area '{area}'",
  },
  schemaEmptyArea: { en: "area '{id}' has no questions", it: "l'area '{id}' non ha domande" },
  schemaBadRange: {
    en: "range minimum must be below its maximum",
    it: "il minimo dell'intervallo deve essere inferiore al massimo",
  },
  schemaBandOrder: {
    en: "band minimum must be below its maximum",
    it: "il minimo della fascia deve essere inferiore al massimo",
  },
  schemaBandStart: {
    en: "the first band must start at the score minimum {min}",
    it: "la prima fascia deve iniziare dal punteggio minimo {min}",
  },
  schemaBandEnd: {
    en: "the last band must end at the score maximum {max}",
    it: "l'ultima fascia deve terminare al punteggio massimo {max}",
  },
  schemaBandGap: {
    en: "gap between bands: {prev} ends at {end} but {next} starts at {start}",
    it: "buco tra le fasce: {prev} finisce a {end} ma {next} inizia a {start}",
  },
  schemaBandOverlap: {
    en: "bands overlap: {prev} ends at {end} but {next} starts at {start}",
    it: "fasce sovrapposte: {prev} finisce a {end} ma {next} inizia a {start}",
  },
  schemaMeanNeedsSameRange: {
    en: "with a weighted-mean overall every area needs the same range as the first area",
    it: "con la media ponderata ogni area deve avere lo stesso intervallo della prima",
  },
  schemaTypeText: { en: "a text", it: "un testo" },
  schemaTypeNumber: { en: "a number", it: "un numero" },
  schemaTypeBoolean: { en: "true or false", it: "vero o falso" },
  schemaTypeObject: { en: "an object", it: "un oggetto" },
  schemaTypeList: { en: "a list", it: "un elenco" },
} as const satisfies Record<string, Record<Lang, string>>;
