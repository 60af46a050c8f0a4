/** The add-on menu and what its items open. */
import { type Lang, langFromLocale } from "../core/texts/i18n";
import { both, type MessageKey, t } from "../core/texts/messages";

/** The language of the person using the add-on now. Needs an authorised mode (not NONE). */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

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
