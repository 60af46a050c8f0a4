/** The add-on menu and what its items do. */
import type { StoredAssessment } from "../core/assessment/storage";
import { formatNumber, type Lang, langFromLocale } from "../core/texts/i18n";
import { both, type MessageKey, t } from "../core/texts/messages";
import { scoreRecord } from "./api";
import { guarded, userLang } from "./endpoint";
import { AssessmentStore } from "./store";

/**
 * The menu's language: the user's locale, which Google lets an editor add-on read in every auth
 * mode, AuthMode.NONE included ("Access to user data: Locale only", editor add-on authorization
 * guide). Null only if reading it fails: the menu must appear whatever happens, and a menu in both
 * languages is still usable, so that one call's failure is not passed on. Nothing else is in the
 * try, so no other failure is hidden.
 */
function menuLang(): Lang | null {
  let locale: string;
  try {
    locale = Session.getActiveUserLocale();
  } catch {
    return null;
  }
  return langFromLocale(locale);
}

/**
 * Builds the add-on menu. Runs in every auth mode, including NONE (add-on installed but not yet
 * used in this file), where it may build the menu and read the user's locale, nothing else: no
 * spreadsheet, properties or other user data. So it reads the same two things in every mode, and
 * the event (whose authMode tells the modes apart) is not needed.
 */
export function onOpen(_event?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const lang = menuLang();
  const label = (key: MessageKey) => (lang === null ? both(key) : t(lang, key));
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(label("menuOpen"), "openSidebar")
    .addItem(label("menuScore"), "scoreFromMenu")
    .addSeparator()
    .addItem(label("menuHelp"), "showHelp")
    .addToUi();
}

export function onInstall(event?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(event);
}

export function openSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Bussola CX");
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Menu item: scores the assessment whose sheet is active, else the most recent one. */
export function scoreFromMenu(): void {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const records = AssessmentStore.open(spreadsheet).records();
  const ui = SpreadsheetApp.getUi();
  if (records.length === 0) {
    ui.alert(t(lang, "errNoAssessments"));
    return;
  }
  const activeId = spreadsheet.getActiveSheet().getSheetId();
  const record =
    records.find((candidate) =>
      Object.values(candidate.sheets).some((ref) => ref !== null && ref.id === activeId),
    ) ?? (records[records.length - 1] as StoredAssessment);
  const outcome = guarded(lang, () => scoreRecord(record.id, lang));
  if (outcome.ok) {
    const overall = outcome.value.lastScore?.overall;
    const shown = overall === null || overall === undefined ? "—" : formatNumber(overall, lang);
    spreadsheet.toast(
      t(lang, "scored", { client: record.settings.clientName, score: shown }),
      "Bussola CX",
    );
  } else {
    ui.alert(outcome.errors.map((error) => error.message).join("\n"));
  }
}

export function showHelp(): void {
  const lang = userLang();
  SpreadsheetApp.getUi().alert(
    t(lang, "helpTitle"),
    t(lang, "helpText"),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
