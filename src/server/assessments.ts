/**
 * A stored assessment and its questionnaire, as every server action reaches them: the record by
 * id, the questionnaire sheet by its stored id, and the answers read back with their problems.
 * Each failure is one the person can act on, in their language.
 */
import {
  DamagedQuestionnaireError,
  type ReadAnswers,
  readAnswers,
} from "../core/assessment/answers";
import type { StoredAssessment } from "../core/assessment/storage";
import type { Lang } from "../core/texts/i18n";
import { t } from "../core/texts/messages";
import { fail } from "./endpoint";
import type { Located, SheetFinder } from "./sheets";
import type { AssessmentStore } from "./store";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function loadRecord(store: AssessmentStore, id: string, lang: Lang): StoredAssessment {
  const reading = store.find(id);
  if (reading === null) fail(lang, "errNoAssessment");
  if (!reading.ok) fail(lang, "errUnreadableStore", { id });
  return reading.record;
}

export function questionnaireOf(
  sheets: SheetFinder,
  record: StoredAssessment,
  lang: Lang,
): Located {
  const located = sheets.find(record.sheets.questionnaire);
  if (located === null)
    fail(lang, "errQuestionnaireMissing", { name: record.sheets.questionnaire.name });
  return located;
}

export function readQuestionnaire(sheet: Sheet, record: StoredAssessment, lang: Lang): ReadAnswers {
  // Formulas come with the values, for the same block in one call: a formula's result reads like a
  // chosen answer in getValues, and only getFormulas shows it is not one.
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  try {
    return readAnswers(record.model, record.settings, values, formulas);
  } catch (error) {
    if (error instanceof DamagedQuestionnaireError)
      fail(lang, "errQuestionnaireDamaged", { name: sheet.getName() });
    throw error;
  }
}

/**
 * Tells the person, in a toast on the spreadsheet, that Sheets refused to restrict who edits a
 * protection the add-on made, so it only warns (see protectSheet in renderer.ts): they should know
 * that respondents can change each other's answers after a warning.
 */
export function warnWeakProtection(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): void {
  spreadsheet.toast(t(lang, "warnWeakProtection"), "Bussola CX", -1);
}
