/**
 * Models: copy a model into a sheet to edit, check an edited sheet, export a model as JSON, import
 * one from JSON. Errors name a cell or a JSON path and are listed together.
 */
import type { ModelSummary, State } from "../../src/core/contract/contract";
import { REQUEST_LIMITS } from "../../src/core/contract/limits";
import { act, app, keyOf, local, say, showLocalErrors } from "../app";
import { button, h, textArea } from "../dom";
import { callServer } from "../server";

/** JSON shown after "Export JSON", by model key (one at a time), and the JSON being pasted. */
const form: { exported: Record<string, string>; importText: string } = {
  exported: {},
  importText: "",
};

/** Errors that name a cell or a JSON path, listed with it. */
function errorList(): HTMLElement | null {
  if (app.errors.length === 0) return null;
  return h(
    "ul",
    { class: "error-list", role: "alert" },
    ...app.errors.map((error) =>
      h(
        "li",
        {},
        error.field === "" ? null : h("code", {}, error.field),
        error.field === "" ? "" : " ",
        error.message,
      ),
    ),
  );
}

/** A model the server accepted: offered in New assessment (once), and said so. */
function modelReady(model: ModelSummary): void {
  const list = app.state?.models;
  if (list !== undefined && !list.some((known) => keyOf(known) === keyOf(model))) list.push(model);
  app.notice = say("modelReady", { name: local(model.name), version: model.version });
}

function exportedJson(json: string): HTMLTextAreaElement {
  const output = textArea(json, () => {}, {
    class: "json-output",
    rows: 6,
    readonly: true,
    "aria-label": say("exportedJson"),
  });
  // One click selects it all, ready to copy.
  output.addEventListener("focus", () => output.select());
  return output;
}

function modelRow(model: ModelSummary): HTMLElement {
  const key = keyOf(model);
  const request = { modelId: model.id, version: model.version };
  const json = form.exported[key];
  return h(
    "div",
    { class: "model-row", "data-model": key },
    h("strong", {}, local(model.name)),
    h(
      "span",
      { class: "secondary" },
      ` v${model.version} · ${say(model.origin === "builtin" ? "originBuiltin" : "originLibrary")}`,
    ),
    h(
      "div",
      { class: "buttons" },
      button(
        say("copyModel"),
        { class: "copy-model", "data-key": `copy-${key}`, disabled: app.busy },
        () =>
          act(
            () => callServer("copyModel", request),
            (draft) => {
              app.state?.drafts.push(draft);
              app.notice = say("copied", { sheet: draft.sheetName });
            },
          ),
      ),
      button(
        say("exportJson"),
        { class: "export-model", "data-key": `export-${key}`, disabled: app.busy },
        () =>
          act(
            () => callServer("exportModel", request),
            (exported) => {
              form.exported = { [key]: exported.json };
            },
          ),
      ),
    ),
    json === undefined ? null : exportedJson(json),
  );
}

function importModel(): void {
  // Past the limit the server would refuse it anyway: say so without sending megabytes.
  if (form.importText.length > REQUEST_LIMITS.modelJson) {
    showLocalErrors([
      { field: "json", message: say("tooLong", { max: REQUEST_LIMITS.modelJson }) },
    ]);
    return;
  }
  void act(
    () => callServer("importModel", { json: form.importText }),
    (model) => {
      form.importText = "";
      modelReady(model);
    },
  );
}

export function modelsView(state: State): HTMLElement {
  const drafts = state.drafts.map((draft) =>
    h(
      "div",
      { class: "draft", "data-sheet": draft.sheetName },
      h("span", {}, draft.sheetName),
      button(
        say("checkModel"),
        { class: "action check-model", "data-key": `check-${draft.sheetId}`, disabled: app.busy },
        () => act(() => callServer("checkModel", { sheetId: draft.sheetId }), modelReady),
      ),
    ),
  );
  return h(
    "div",
    { class: "models" },
    h("p", { class: "secondary" }, say("modelsIntro")),
    ...state.unreadable.map((message) => h("p", { class: "error", role: "alert" }, message)),
    errorList(),
    h("h2", {}, say("draftsTitle")),
    drafts.length === 0 ? h("p", { class: "secondary" }, say("noDrafts")) : h("div", {}, ...drafts),
    h("h2", {}, say("modelsTitle")),
    ...state.models.map(modelRow),
    h("h2", {}, say("importTitle")),
    h("label", { for: "import-json" }, say("importJson")),
    textArea(form.importText, (value) => (form.importText = value), {
      id: "import-json",
      rows: 5,
      "aria-label": say("importJson"),
    }),
    h(
      "div",
      { class: "block" },
      button(say("importModel"), { id: "import-model", disabled: app.busy }, importModel),
    ),
  );
}
