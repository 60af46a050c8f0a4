/**
 * Every text a person reads, in Italian and English (models carry their own texts). Three tables,
 * so the sidebar page carries only its own: the sidebar's, the sheets', and the model check's.
 * A key is defined once across all three (a test holds it). Placeholders like `{name}` are filled
 * by `fill`, always as plain text.
 */
import { fill, type Lang } from "./i18n";
import { MODEL_MESSAGES } from "./model-messages";
import { RESULT_MESSAGES } from "./result-messages";
import { SHEET_MESSAGES } from "./sheet-messages";
import { UI_MESSAGES } from "./ui-messages";

export const MESSAGE_TABLES = {
  ui: UI_MESSAGES,
  sheets: SHEET_MESSAGES,
  results: RESULT_MESSAGES,
  model: MODEL_MESSAGES,
};

export const MESSAGES = {
  ...UI_MESSAGES,
  ...SHEET_MESSAGES,
  ...RESULT_MESSAGES,
  ...MODEL_MESSAGES,
};

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(text: string): text is MessageKey {
  // Own keys only: "constructor" or "toString" are not messages.
  return Object.keys(MESSAGES).includes(text);
}

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return fill(MESSAGES[key][lang], params);
}

/** Both languages at once, for places where the reader's language cannot be known yet. */
export function both(key: MessageKey): string {
  const { it, en } = MESSAGES[key];
  return it === en ? en : `${en} · ${it}`;
}
