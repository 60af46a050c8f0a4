/**
 * What every view shares: the state loaded from the server, the language, the busy state, the
 * errors and notice of the last action, and the one way to run a server action. Each view keeps
 * its own form state; this holds only what crosses views.
 */
import type { FieldError, Outcome, State } from "../src/core/contract/contract";
import { type Lang, type Localized, langFromLocale } from "../src/core/texts/i18n";
import { ui as text, type UiKey } from "../src/core/texts/ui-messages";
import { h } from "./dom";
import { callServer } from "./server";

export type View = "new" | "file" | "models" | "help";

export interface Shared {
  lang: Lang;
  view: View;
  state: State | null;
  busy: boolean;
  errors: FieldError[];
  notice: string | null;
}

export const app: Shared = {
  lang: langFromLocale(document.documentElement.lang),
  view: "new",
  state: null,
  busy: true,
  errors: [],
  notice: null,
};

export const root = document.getElementById("app") as HTMLElement;

export const say = (key: UiKey, params?: Record<string, string | number>): string =>
  text(app.lang, key, params);
export const local = (localized: Localized): string => localized[app.lang];

/** A model's key in pickers and data attributes: "id@version". */
export const keyOf = (model: { id: string; version: string }): string =>
  `${model.id}@${model.version}`;

// The shell draws the page; views only ask for a redraw. Registered at boot so that views need not
// import the shell (which imports them).
let draw: () => void = () => {};

export function onRender(paint: () => void): void {
  draw = paint;
}

export function render(): void {
  draw();
}

/** The error message shown beside `field`, if the last action reported one there. */
export function errorFor(field: string): HTMLElement | null {
  const messages = app.errors
    .filter((error) => error.field === field)
    .map((error) => error.message);
  if (messages.length === 0) return null;
  return h("div", { class: "error", role: "alert", "data-field": field }, messages.join(" "));
}

/** Shows errors found before any round trip, and moves the keyboard to the first field at fault. */
export function showLocalErrors(errors: FieldError[]): void {
  app.errors = errors;
  render();
  root.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
}

function unexpected(error: unknown): FieldError {
  const detail = error instanceof Error ? error.message : String(error);
  return { field: "", message: say("errUnexpected", { detail }) };
}

function setBusy(busy: boolean): void {
  app.busy = busy;
  render();
}

/** Where a server error is shown in the sidebar: by default, beside the field it names. */
export type Placement = (error: FieldError) => FieldError;

/**
 * Files "respondents…" and "groupPerspectives…" errors under `prefix` ("add.as-1.respondents.0.name"),
 * for a form other than New assessment's.
 */
export const fieldsUnder =
  (prefix: string): Placement =>
  (error) => ({
    ...error,
    field: error.field.replace(/^(respondents|groupPerspectives)(?=\.|$)/, `${prefix}.$1`),
  });

/** Runs one server action with the busy state on, and shows its errors where they belong. */
export async function act<T>(
  run: () => Promise<Outcome<T>>,
  onSuccess: (value: T) => void,
  place: Placement = (error) => error,
): Promise<void> {
  app.errors = [];
  app.notice = null;
  setBusy(true);
  try {
    const outcome = await run();
    if (outcome.ok) onSuccess(outcome.value);
    else app.errors = outcome.errors.map(place);
  } catch (error) {
    app.errors = [place(unexpected(error))];
  } finally {
    setBusy(false);
  }
}

/** Reads the spreadsheet's assessments, models and drafts afresh. */
export async function loadState(): Promise<State | null> {
  setBusy(true);
  try {
    app.state = await callServer("getState");
  } catch (error) {
    app.errors = [unexpected(error)];
  } finally {
    setBusy(false);
  }
  return app.state;
}
