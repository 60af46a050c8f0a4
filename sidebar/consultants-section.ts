/**
 * This file → Consultants: the file's team (besides its owner), who may score, add respondents
 * and change the team, and the one place to change it. Saving makes the list the team and updates
 * every protection Bussola CX made.
 */
import type { State } from "../src/core/contract/contract";
import { act, app, errorFor, render, say, showLocalErrors } from "./app";
import { consultantErrors, consultantsText, parseConsultants, teamFieldError } from "./consultants";
import { button, type Child, field, h, textArea } from "./dom";
import { callServer } from "./server";

/** Every error of a save goes beside the one text box, the server's refusal included. */
const TEAM_FIELD = "team";

interface TeamForm {
  /** The addresses being typed; null while the team is only shown. */
  text: string | null;
  /**
   * The state the last save was made in: "saved" shows until the view is opened again (which
   * loads a new state) or editing starts.
   */
  savedIn: State | null;
}

const form: TeamForm = { text: null, savedIn: null };

function save(text: string): void {
  const consultants = parseConsultants(text);
  const errors = consultantErrors(consultants, app.lang, TEAM_FIELD);
  if (errors.length > 0) {
    showLocalErrors(errors);
    return;
  }
  void act(
    () => callServer("setConsultants", { consultants }),
    (team) => {
      if (app.state !== null) app.state.consultants = team;
      form.text = null;
      form.savedIn = app.state;
    },
    (error) => teamFieldError(error, consultants, TEAM_FIELD),
  );
}

function editor(state: State, text: string): Child[] {
  const area = textArea(text, (value) => (form.text = value), {
    id: "team",
    rows: Math.min(8, Math.max(3, state.consultants.length + 1)),
    autocomplete: "off",
    spellcheck: "false",
  });
  return [
    field(say("consultantsEmails"), area, {
      hint: say("emailsPerLine"),
      error: errorFor(TEAM_FIELD),
    }),
    h(
      "div",
      { class: "buttons" },
      button(say("teamSave"), { class: "action", id: "team-save", disabled: app.busy }, () =>
        save(form.text ?? ""),
      ),
      button(say("cancel"), { id: "team-cancel" }, () => {
        form.text = null;
        app.errors = [];
        render();
      }),
    ),
  ];
}

function shown(state: State): Child[] {
  return [
    state.consultants.length === 0
      ? h("p", { class: "secondary", "data-testid": "team-empty" }, say("teamEmpty"))
      : h(
          "ul",
          { class: "team-list", "data-testid": "team-list" },
          ...state.consultants.map((email) => h("li", {}, email)),
        ),
    form.savedIn === state ? h("p", { class: "saved", role: "status" }, say("teamSaved")) : null,
    button(say("teamEdit"), { id: "team-edit", disabled: app.busy }, () => {
      form.text = consultantsText(state.consultants);
      form.savedIn = null;
      render();
      document.getElementById("team")?.focus();
    }),
  ];
}

export function teamSection(state: State): HTMLElement {
  return h(
    "section",
    { class: "team", "aria-labelledby": "team-title" },
    h("h2", { id: "team-title" }, say("teamTitle")),
    h("p", { class: "secondary hint" }, say("teamIntro")),
    ...(form.text === null ? shown(state) : editor(state, form.text)),
  );
}
