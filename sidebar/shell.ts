/**
 * The frame around the views: title, language switch, tabs, notice, busy line; it draws the page
 * on every change and boots the sidebar from the server's state.
 */

import type { State } from "../src/core/contract/contract";
import { LANGS, LANGUAGE_NAMES } from "../src/core/texts/i18n";
import type { UiKey } from "../src/core/texts/ui-messages";
import { app, errorFor, loadState, onRender, root, say, type View } from "./app";
import { button, h, replaceChildren, select } from "./dom";
import { helpView } from "./views/help";
import { modelsView } from "./views/models";
import { newAssessmentView } from "./views/new-assessment";
import { thisFileView } from "./views/this-file";

const VIEWS: readonly { view: View; tab: UiKey; draw: (state: State) => HTMLElement }[] = [
  { view: "new", tab: "tabNew", draw: newAssessmentView },
  { view: "file", tab: "tabFile", draw: thisFileView },
  { view: "models", tab: "tabModels", draw: modelsView },
  { view: "help", tab: "tabHelp", draw: helpView },
];

function openView(view: View): void {
  app.view = view;
  app.errors = [];
  app.notice = null;
  // Answers arrive in the sheet while the sidebar is open: this view always shows fresh progress.
  if (view === "file") void loadState();
  else paint();
}

function tabs(): HTMLElement {
  return h(
    "nav",
    { class: "tabs", role: "tablist" },
    ...VIEWS.map(({ view, tab }, index) => {
      const selected = app.view === view;
      const element = button(
        say(tab),
        {
          role: "tab",
          "aria-selected": String(selected),
          // One tab stop for the tab list; arrow keys move between tabs.
          tabindex: selected ? "0" : "-1",
          "data-view": view,
          "data-key": `tab-${view}`,
        },
        () => openView(view),
      );
      element.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (step === 0) return;
        event.preventDefault();
        const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length]?.view ?? "new";
        const target = root.querySelector<HTMLElement>(`[data-key="tab-${next}"]`);
        target?.click();
        // The click redrew the tabs: focus the new element.
        root.querySelector<HTMLElement>(`[data-key="tab-${next}"]`)?.focus();
      });
      return element;
    }),
  );
}

function languageSwitch(): HTMLElement {
  return select(
    LANGS.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] })),
    app.lang,
    (lang) => {
      app.lang = lang;
      document.documentElement.lang = lang;
      paint();
    },
    { id: "ui-lang", "aria-label": say("language") },
  );
}

/** Where the keyboard focus was, by id or data-key, so a re-render can put it back. */
function focusedKey(): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
  if (active.id !== "") return `#${CSS.escape(active.id)}`;
  return active.dataset.key === undefined ? null : `[data-key="${CSS.escape(active.dataset.key)}"]`;
}

/** Draws the whole page from the current state, keeping the keyboard focus where it was. */
function paint(): void {
  const focus = focusedKey();
  const state = app.state;
  const draw = VIEWS.find(({ view }) => view === app.view)?.draw ?? helpView;
  const body =
    state === null ? h("p", { class: "secondary" }, app.busy ? say("loading") : "") : draw(state);
  replaceChildren(
    root,
    h("header", { class: "top" }, h("h1", {}, "Bussola CX"), languageSwitch()),
    tabs(),
    app.notice === null ? null : h("div", { class: "notice", role: "status" }, app.notice),
    state === null ? errorFor("") : null,
    h(
      "div",
      { class: "busy", role: "status", "aria-live": "polite" },
      app.busy && state !== null ? say("working") : "",
    ),
    h("div", { class: "view", "aria-busy": String(app.busy) }, body),
  );
  if (focus !== null) root.querySelector<HTMLElement>(focus)?.focus();
}

/** Loads the state, then opens in the spreadsheet's language, on This file if it has assessments. */
export async function start(): Promise<void> {
  onRender(paint);
  const state = await loadState();
  if (state === null) return;
  app.lang = state.lang;
  document.documentElement.lang = state.lang;
  if (state.assessments.length > 0) app.view = "file";
  paint();
}
