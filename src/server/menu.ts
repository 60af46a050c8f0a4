/** The add-on menu and what its items do. */
import type { StoredAssessment } from "../core/assessment/storage";
import { formatNumber } from "../core/texts/i18n";
import { both, type MessageKey, t } from "../core/texts/messages";
import { scoreRecord } from "./api";
import { guarded, userLang } from "./endpoint";
import { AssessmentStore } from "./store";

/**
 * Builds the add-on menu. Runs in every auth mode, including NONE (add-on installed but not yet
 * used in this file), where only the menu may be built: no spreadsheet, properties or user access.
 * There the reader's language cannot be read, so items show both languages.
 */
export function onOpen(event?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const authorised = event?.authMode !== undefined && event.authMode !== ScriptApp.AuthMode.NONE;
  const lang = authorised ? userLang() : null;
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
