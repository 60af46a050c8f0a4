/**
 * The sidebar: New assessment, This spreadsheet, Help. One server round trip per action, a visible
 * busy state, errors beside what caused them, Italian and English. User text is only ever set as
 * text (see dom.ts).
 */
import type {
  AssessmentSummary,
  FieldError,
  ModelSummary,
  Outcome,
  State,
} from "../src/core/contract/contract";
import { formatNumber, type Lang, type Localized } from "../src/core/texts/i18n";
import { ui as text, type UiKey } from "../src/core/texts/ui-messages";
import { h, replaceChildren, uniqueId } from "./dom";
import { parseRespondentList, type RespondentRow } from "./respondents";
import { callServer } from "./server";

type View = "new" | "file" | "models" | "help";

interface Ui {
  lang: Lang;
  view: View;
  state: State | null;
  busy: boolean;
  errors: FieldError[];
  notice: string | null;
  /** The chosen model as "id@version". */
  modelKey: string;
  /** JSON shown after "Export JSON", by model key. */
  exported: Record<string, string>;
  importText: string;
  clientName: string;
  sheetLang: Lang;
  respondents: RespondentRow[];
  targets: Record<string, string>;
  pasteOpen: boolean;
  pasteText: string;
  /** Rows typed in each assessment's "add respondents" form. */
  additions: Record<string, RespondentRow[]>;
}

const ui: Ui = {
  lang: document.documentElement.lang === "it" ? "it" : "en",
  view: "new",
  state: null,
  busy: true,
  errors: [],
  notice: null,
  modelKey: "",
  exported: {},
  importText: "",
  clientName: "",
  sheetLang: "it",
  respondents: [{ name: "", group: "" }],
  targets: {},
  pasteOpen: false,
  pasteText: "",
  additions: {},
};

const root = document.getElementById("app") as HTMLElement;
const say = (key: UiKey, params?: Record<string, string | number>) => text(ui.lang, key, params);
const local = (text: Localized) => text[ui.lang];

function errorFor(field: string): HTMLElement | null {
  const messages = ui.errors.filter((error) => error.field === field).map((error) => error.message);
  if (messages.length === 0) return null;
  return h("div", { class: "error", role: "alert", "data-field": field }, messages.join(" "));
}

function setBusy(busy: boolean): void {
  ui.busy = busy;
  render();
}

/** Runs one server action with the busy state on, and shows its errors where they belong. */
async function act<T>(
  run: () => Promise<Outcome<T>>,
  onSuccess: (value: T) => void,
  /** Where "respondents.…" errors belong when the form is not the New assessment one. */
  respondentsField = "respondents",
): Promise<void> {
  ui.errors = [];
  ui.notice = null;
  setBusy(true);
  try {
    const outcome = await run();
    if (outcome.ok) onSuccess(outcome.value);
    else
      ui.errors = outcome.errors.map((error) => ({
        ...error,
        field: error.field.replace(/^respondents(?=\.|$)/, respondentsField),
      }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    ui.errors = [{ field: "", message: say("errUnexpected", { detail }) }];
  } finally {
    setBusy(false);
  }
}

const keyOf = (model: { id: string; version: string }) => `${model.id}@${model.version}`;

function selectedModel(): ModelSummary | undefined {
  return ui.state?.models.find((model) => keyOf(model) === ui.modelKey);
}

// ——— New assessment ———

function labelled(label: string, control: HTMLElement, field: string, hint?: string): HTMLElement {
  const id = control.id || uniqueId("field");
  control.id = id;
  const error = errorFor(field);
  if (error !== null) {
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", `${id}-error`);
    error.id = `${id}-error`;
  }
  return h(
    "div",
    { class: "block form-group" },
    h("label", { for: id }, label),
    control,
    hint === undefined ? null : h("div", { class: "secondary hint" }, hint),
    error,
  );
}

function modelPicker(models: ModelSummary[]): HTMLElement {
  const select = h("select", { id: "model", name: "model" });
  for (const model of models) {
    const option = h("option", { value: keyOf(model) }, `${local(model.name)} (v${model.version})`);
    option.selected = keyOf(model) === ui.modelKey;
    select.append(option);
  }
  select.addEventListener("change", () => {
    ui.modelKey = select.value;
    ui.targets = {};
    render();
  });
  const model = selectedModel();
  return h(
    "div",
    {},
    labelled(say("fieldModel"), select, "modelId"),
    model === undefined
      ? null
      : h(
          "div",
          { class: "model-card", "data-testid": "model-card" },
          h("p", {}, local(model.description)),
          h(
            "p",
            { class: "secondary" },
            say("modelFacts", {
              questions: model.questions,
              minutes: model.estimatedMinutes,
              version: model.version,
            }),
          ),
          h("p", { class: "secondary" }, say("modelSource", { citation: local(model.citation) })),
          model.authorsNote === null
            ? null
            : h("p", { class: "secondary" }, local(model.authorsNote)),
        ),
  );
}

function textInput(
  value: string,
  onInput: (value: string) => void,
  attributes: Record<string, string> = {},
) {
  const input = h("input", { type: "text", ...attributes });
  input.value = value;
  input.addEventListener("input", () => onInput(input.value));
  return input;
}

function respondentRows(
  rows: RespondentRow[],
  fieldPrefix: string,
  onChange: () => void,
): HTMLElement {
  const list = h("div", { class: "respondents" });
  rows.forEach((row, index) => {
    const name = textInput(row.name, (value) => (row.name = value), {
      "aria-label": `${say("respondentName")} ${index + 1}`,
      placeholder: say("respondentName"),
      class: "respondent-name",
      "data-key": `${fieldPrefix}-name-${index}`,
      maxlength: "60",
    });
    const group = textInput(row.group, (value) => (row.group = value), {
      "aria-label": `${say("respondentGroup")} ${index + 1}`,
      placeholder: say("respondentGroup"),
      class: "respondent-group",
      "data-key": `${fieldPrefix}-group-${index}`,
      maxlength: "40",
    });
    const remove = h(
      "button",
      {
        type: "button",
        class: "remove",
        "aria-label": say("removeRespondent", { name: row.name || String(index + 1) }),
      },
      "×",
    );
    remove.disabled = rows.length === 1;
    remove.addEventListener("click", () => {
      rows.splice(index, 1);
      onChange();
    });
    const error =
      errorFor(`${fieldPrefix}.${index}.name`) ?? errorFor(`${fieldPrefix}.${index}.group`);
    list.append(h("div", { class: "respondent-row" }, name, group, remove), error ?? "");
  });
  const add = h("button", { type: "button", class: "link-button" }, `+ ${say("addRespondent")}`);
  add.addEventListener("click", () => {
    rows.push({ name: "", group: rows[rows.length - 1]?.group ?? "" });
    onChange();
    const inputs = root.querySelectorAll<HTMLInputElement>(".respondent-name");
    inputs[inputs.length - 1]?.focus();
  });
  list.append(add, errorFor(fieldPrefix) ?? "");
  return list;
}

function pastePanel(): HTMLElement {
  const toggle = h(
    "button",
    { type: "button", class: "link-button", "aria-expanded": String(ui.pasteOpen) },
    say("pasteList"),
  );
  toggle.addEventListener("click", () => {
    ui.pasteOpen = !ui.pasteOpen;
    render();
  });
  if (!ui.pasteOpen) return h("div", {}, toggle);
  const area = h("textarea", { rows: 4, "aria-label": say("pasteList"), id: "paste" });
  area.value = ui.pasteText;
  area.addEventListener("input", () => (ui.pasteText = area.value));
  const apply = h("button", { type: "button" }, say("pasteApply"));
  apply.addEventListener("click", () => {
    const rows = parseRespondentList(ui.pasteText);
    ui.respondents = [...ui.respondents.filter((row) => row.name.trim() !== ""), ...rows];
    if (ui.respondents.length === 0) ui.respondents = [{ name: "", group: "" }];
    ui.pasteText = "";
    ui.pasteOpen = false;
    render();
  });
  return h("div", {}, toggle, h("div", { class: "secondary hint" }, say("pasteHint")), area, apply);
}

function targetInputs(model: ModelSummary): HTMLElement {
  const fields = model.areas.map((area) => {
    // Text, not type=number: a number input drops an Italian decimal comma ("1,5" would read 15).
    const input = h("input", {
      type: "text",
      inputmode: "decimal",
      class: "target",
      "data-area": area.id,
    });
    input.value = ui.targets[area.id] ?? "";
    input.addEventListener("input", () => (ui.targets[area.id] = input.value));
    return labelled(
      local(area.name),
      input,
      `targets.${area.id}`,
      say("targetRange", { min: area.min, max: area.max }),
    );
  });
  return h("details", {}, h("summary", {}, say("fieldTargets")), ...fields);
}

/** Checks what can be checked here, so a round trip is spent only on a plausible request. */
function localErrors(model: ModelSummary | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (ui.clientName.trim() === "") errors.push({ field: "clientName", message: say("required") });
  ui.respondents.forEach((row, index) => {
    if (row.name.trim() === "")
      errors.push({ field: `respondents.${index}.name`, message: say("required") });
  });
  for (const area of model?.areas ?? []) {
    const raw = (ui.targets[area.id] ?? "").trim();
    if (raw === "") continue;
    const value = Number(raw.replace(",", "."));
    if (!Number.isFinite(value) || value < area.min || value > area.max) {
      errors.push({
        field: `targets.${area.id}`,
        message: say("targetInvalid", { min: area.min, max: area.max }),
      });
    }
  }
  return errors;
}

function create(): void {
  const model = selectedModel();
  ui.errors = localErrors(model);
  if (ui.errors.length > 0 || model === undefined) {
    render();
    root.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    return;
  }
  const targets: Record<string, number> = {};
  for (const area of model.areas) {
    const raw = (ui.targets[area.id] ?? "").trim();
    if (raw !== "") targets[area.id] = Number(raw.replace(",", "."));
  }
  void act(
    () =>
      callServer("createAssessment", {
        modelId: model.id,
        modelVersion: model.version,
        clientName: ui.clientName,
        lang: ui.sheetLang,
        respondents: ui.respondents.map((row) => ({ name: row.name, group: row.group })),
        targets,
      }),
    (summary) => {
      ui.state?.assessments.push(summary);
      ui.notice = say("created", { sheet: summary.questionnaireSheet });
      ui.clientName = "";
      ui.respondents = [{ name: "", group: "" }];
      ui.targets = {};
      ui.view = "file";
    },
  );
}

function newAssessmentView(state: State): HTMLElement {
  const client = textInput(ui.clientName, (value) => (ui.clientName = value), {
    id: "client",
    maxlength: "80",
  });
  const sheetLang = h("select", { id: "sheet-lang" });
  for (const lang of ["it", "en"] as const) {
    const option = h("option", { value: lang }, say(lang === "it" ? "langIt" : "langEn"));
    option.selected = lang === ui.sheetLang;
    sheetLang.append(option);
  }
  sheetLang.addEventListener(
    "change",
    () => (ui.sheetLang = sheetLang.value === "en" ? "en" : "it"),
  );
  const model = selectedModel();
  const button = h("button", { type: "button", class: "create", id: "create" }, say("create"));
  button.disabled = ui.busy;
  button.addEventListener("click", create);
  return h(
    "form",
    { "aria-label": say("newTitle"), novalidate: true },
    modelPicker(state.models),
    labelled(say("fieldClient"), client, "clientName"),
    labelled(say("fieldSheetLang"), sheetLang, "lang"),
    h(
      "fieldset",
      {},
      h("legend", {}, say("fieldRespondents")),
      h("div", { class: "secondary hint" }, say("groupHint")),
      respondentRows(ui.respondents, "respondents", render),
      pastePanel(),
    ),
    model === undefined ? null : targetInputs(model),
    errorFor(""),
    h("div", { class: "block" }, button),
  );
}

// ——— This spreadsheet ———

function progressBar(label: string, value: number, max: number, color?: string): HTMLElement {
  const fraction = max <= 0 ? 0 : Math.min(1, Math.max(0, value / max));
  const bar = h("div", { class: "bar-fill" });
  bar.style.width = `${Math.round(fraction * 100)}%`;
  if (color !== undefined) bar.style.background = color;
  return h(
    "div",
    {
      class: "bar",
      role: "progressbar",
      "aria-label": label,
      "aria-valuemin": 0,
      "aria-valuemax": max,
      "aria-valuenow": value,
    },
    bar,
  );
}

function replaceAssessment(summary: AssessmentSummary): void {
  const list = ui.state?.assessments;
  if (list === undefined) return;
  const index = list.findIndex((candidate) => candidate.id === summary.id);
  if (index >= 0) list[index] = summary;
  else list.push(summary);
}

/** A band's label on its colour; the colour is set as a style property, never as markup. */
function bandChip(label: string, color: string): HTMLElement {
  const chip = h("span", { class: "chip", "data-testid": "overall-band" }, label);
  chip.style.background = color;
  return chip;
}

function lastScoreView(summary: AssessmentSummary): HTMLElement {
  const last = summary.lastScore;
  if (last === null) return h("p", { class: "secondary" }, say("neverScored"));
  const overall = last.overall === null ? "—" : formatNumber(last.overall, ui.lang);
  return h(
    "div",
    { class: "last-score", "data-testid": "last-score" },
    h("p", { class: "secondary" }, say("lastScore", { date: last.displayDate })),
    h(
      "p",
      { class: "overall" },
      h("span", { class: "overall-label" }, `${say("overallShort")}: `),
      h("strong", { "data-testid": "overall-score" }, overall),
      ` / ${formatNumber(last.max, ui.lang)}`,
      last.band === null
        ? h("span", { class: "chip muted" }, say("rInsufficient"))
        : bandChip(local(last.band.label), last.band.color),
    ),
    ...last.areas.map((area) =>
      h(
        "div",
        { class: "area-row" },
        h("span", { class: "area-name" }, local(area.name)),
        progressBar(
          local(area.name),
          (area.score ?? area.min) - area.min,
          area.max - area.min,
          area.color ?? "#9aa0a6",
        ),
        h(
          "span",
          { class: "area-score" },
          area.score === null ? "—" : formatNumber(area.score, ui.lang),
        ),
      ),
    ),
    last.problems > 0
      ? h("p", { class: "error" }, say("problemsFound", { count: last.problems }))
      : null,
  );
}

function assessmentCard(summary: AssessmentSummary): HTMLElement {
  const score = h(
    "button",
    { type: "button", class: "action score", "data-key": `score-${summary.id}` },
    say("scoreNow"),
  );
  score.disabled = ui.busy || summary.issue !== null;
  score.addEventListener("click", () =>
    act(() => callServer("scoreAssessment", { assessmentId: summary.id }), replaceAssessment),
  );
  const open = h(
    "button",
    { type: "button", class: "open-results", "data-key": `open-${summary.id}` },
    say("showResults"),
  );
  open.disabled = ui.busy || summary.resultsSheet === null;
  open.addEventListener("click", () =>
    act(
      () => callServer("showResults", { assessmentId: summary.id }),
      () => {},
    ),
  );

  const additions = ui.additions[summary.id] ?? [];
  const prefix = `add.${summary.id}.respondents`;
  const addButton = h(
    "button",
    { type: "button", class: "add-respondents", "data-key": `add-${summary.id}` },
    say("addRespondents"),
  );
  addButton.disabled = ui.busy;
  addButton.addEventListener("click", () => {
    if (additions.length === 0) {
      ui.additions[summary.id] = [{ name: "", group: "" }];
      render();
      return;
    }
    // Every row goes, blank ones too: the server's errors then point at the rows shown here.
    void act(
      () => callServer("addRespondents", { assessmentId: summary.id, respondents: additions }),
      (updated) => {
        replaceAssessment(updated);
        delete ui.additions[summary.id];
      },
      prefix,
    );
  });
  const cancel = h(
    "button",
    { type: "button", class: "cancel-add", "data-key": `cancel-${summary.id}` },
    say("cancel"),
  );
  cancel.addEventListener("click", () => {
    delete ui.additions[summary.id];
    ui.errors = [];
    render();
  });

  return h(
    "section",
    { class: "assessment", "data-assessment": summary.id, "aria-label": summary.clientName },
    h("h2", {}, summary.clientName),
    h(
      "p",
      { class: "secondary" },
      `${local(summary.model.name)} · v${summary.model.version} · ${summary.questionnaireSheet}`,
    ),
    summary.issue === null ? null : h("p", { class: "error", role: "alert" }, summary.issue),
    ...(summary.respondents ?? []).map((respondent) =>
      h(
        "div",
        { class: "respondent-progress" },
        h(
          "span",
          {},
          respondent.group === "" ? respondent.name : `${respondent.name} · ${respondent.group}`,
        ),
        progressBar(respondent.name, respondent.answered, respondent.total),
        h(
          "span",
          { class: "secondary" },
          say("progress", { answered: respondent.answered, total: respondent.total }),
        ),
      ),
    ),
    additions.length > 0 ? respondentRows(additions, prefix, render) : null,
    h(
      "div",
      { class: "block buttons" },
      score,
      open,
      addButton,
      additions.length > 0 ? cancel : null,
    ),
    lastScoreView(summary),
  );
}

function fileView(state: State): HTMLElement {
  const unreadable = state.unreadable.map((message) =>
    h("p", { class: "error", role: "alert" }, message),
  );
  if (state.assessments.length === 0) {
    return h("div", {}, ...unreadable, h("p", { class: "secondary" }, say("noAssessments")));
  }
  return h(
    "div",
    {},
    errorFor(""),
    ...unreadable,
    ...[...state.assessments].reverse().map(assessmentCard),
  );
}

function helpView(): HTMLElement {
  return h(
    "div",
    { class: "help" },
    ...(["helpIntro", "helpScoring", "helpCompleteness", "helpGroups", "helpSafety"] as const).map(
      (key) => h("p", {}, say(key)),
    ),
    h("p", { class: "secondary" }, say("helpText")),
  );
}

// ——— Models ———

/** Errors that name a cell or a JSON path, listed with it. */
function errorList(): HTMLElement | null {
  if (ui.errors.length === 0) return null;
  return h(
    "ul",
    { class: "error-list", role: "alert" },
    ...ui.errors.map((error) =>
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

function modelRow(model: ModelSummary): HTMLElement {
  const key = keyOf(model);
  const copy = h(
    "button",
    { type: "button", class: "copy-model", "data-key": `copy-${key}` },
    say("copyModel"),
  );
  copy.disabled = ui.busy;
  copy.addEventListener("click", () =>
    act(
      () => callServer("copyModel", { modelId: model.id, version: model.version }),
      (draft) => {
        ui.state?.drafts.push(draft);
        ui.notice = say("copied", { sheet: draft.sheetName });
      },
    ),
  );
  const exportButton = h(
    "button",
    { type: "button", class: "export-model", "data-key": `export-${key}` },
    say("exportJson"),
  );
  exportButton.disabled = ui.busy;
  exportButton.addEventListener("click", () =>
    act(
      () => callServer("exportModel", { modelId: model.id, version: model.version }),
      ({ json }) => {
        ui.exported = { [key]: json };
      },
    ),
  );
  const json = ui.exported[key];
  const output =
    json === undefined
      ? null
      : h("textarea", {
          class: "json-output",
          rows: 6,
          readonly: true,
          "aria-label": say("exportedJson"),
        });
  if (output !== null && json !== undefined) {
    output.value = json;
    output.addEventListener("focus", () => output.select());
  }
  return h(
    "div",
    { class: "model-row", "data-model": key },
    h("strong", {}, local(model.name)),
    h(
      "span",
      { class: "secondary" },
      ` v${model.version} · ${say(model.origin === "builtin" ? "originBuiltin" : "originLibrary")}`,
    ),
    h("div", { class: "buttons" }, copy, exportButton),
    output,
  );
}

/** A model the server accepted: offered in New assessment (once), and said so. */
function modelReady(model: ModelSummary): void {
  const list = ui.state?.models;
  if (list !== undefined && !list.some((known) => keyOf(known) === keyOf(model))) list.push(model);
  ui.notice = say("modelReady", { name: local(model.name), version: model.version });
}

function modelsView(state: State): HTMLElement {
  const drafts = state.drafts.map((draft) => {
    const check = h(
      "button",
      { type: "button", class: "action check-model", "data-key": `check-${draft.sheetId}` },
      say("checkModel"),
    );
    check.disabled = ui.busy;
    check.addEventListener("click", () =>
      act(() => callServer("checkModel", { sheetId: draft.sheetId }), modelReady),
    );
    return h(
      "div",
      { class: "draft", "data-sheet": draft.sheetName },
      h("span", {}, draft.sheetName),
      check,
    );
  });
  const area = h("textarea", { id: "import-json", rows: 5, "aria-label": say("importJson") });
  area.value = ui.importText;
  area.addEventListener("input", () => (ui.importText = area.value));
  const importButton = h("button", { type: "button", id: "import-model" }, say("importModel"));
  importButton.disabled = ui.busy;
  importButton.addEventListener("click", () =>
    act(
      () => callServer("importModel", { json: ui.importText }),
      (model) => {
        ui.importText = "";
        modelReady(model);
      },
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
    area,
    h("div", { class: "block" }, importButton),
  );
}

// ——— Shell ———

function tabs(): HTMLElement {
  const views: [View, UiKey][] = [
    ["new", "tabNew"],
    ["file", "tabFile"],
    ["models", "tabModels"],
    ["help", "tabHelp"],
  ];
  return h(
    "nav",
    { class: "tabs", role: "tablist" },
    ...views.map(([view, key]) => {
      const tab = h(
        "button",
        {
          type: "button",
          role: "tab",
          "aria-selected": String(ui.view === view),
          // One tab stop for the tab list; arrow keys move between tabs.
          tabindex: ui.view === view ? "0" : "-1",
          "data-view": view,
          "data-key": `tab-${view}`,
        },
        say(key),
      );
      tab.addEventListener("click", () => {
        ui.view = view;
        ui.errors = [];
        ui.notice = null;
        // Answers arrive in the sheet while the sidebar is open: this view always shows fresh progress.
        if (view === "file") void loadState();
        else render();
      });
      tab.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (step === 0) return;
        event.preventDefault();
        const index = views.findIndex(([candidate]) => candidate === view);
        const [next] = views[(index + step + views.length) % views.length] ?? views[0] ?? ["new"];
        root.querySelector<HTMLElement>(`[data-key="tab-${next}"]`)?.click();
        root.querySelector<HTMLElement>(`[data-key="tab-${next}"]`)?.focus();
      });
      return tab;
    }),
  );
}

function languageSwitch(): HTMLElement {
  const select = h("select", { id: "ui-lang", "aria-label": say("language") });
  for (const lang of ["it", "en"] as const) {
    const option = h("option", { value: lang }, lang === "it" ? "Italiano" : "English");
    option.selected = lang === ui.lang;
    select.append(option);
  }
  select.addEventListener("change", () => {
    ui.lang = select.value === "en" ? "en" : "it";
    document.documentElement.lang = ui.lang;
    render();
  });
  return select;
}

/** Where the keyboard focus was, by id or data-key, so a re-render can put it back. */
function focusedKey(): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
  if (active.id !== "") return `#${CSS.escape(active.id)}`;
  return active.dataset.key === undefined ? null : `[data-key="${CSS.escape(active.dataset.key)}"]`;
}

export function render(): void {
  const focus = focusedKey();
  const state = ui.state;
  const body =
    state === null
      ? h("p", { class: "secondary" }, ui.busy ? say("loading") : "")
      : ui.view === "new"
        ? newAssessmentView(state)
        : ui.view === "file"
          ? fileView(state)
          : ui.view === "models"
            ? modelsView(state)
            : helpView();
  replaceChildren(
    root,
    h("header", { class: "top" }, h("h1", {}, "Bussola CX"), languageSwitch()),
    tabs(),
    ui.notice === null ? null : h("div", { class: "notice", role: "status" }, ui.notice),
    state === null ? errorFor("") : null,
    h(
      "div",
      { class: "busy", role: "status", "aria-live": "polite" },
      ui.busy && state !== null ? say("working") : "",
    ),
    h("div", { class: "view", "aria-busy": String(ui.busy) }, body),
  );
  if (focus !== null) root.querySelector<HTMLElement>(focus)?.focus();
}

async function loadState(): Promise<State | null> {
  setBusy(true);
  try {
    ui.state = await callServer("getState");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    ui.errors = [{ field: "", message: say("errUnexpected", { detail }) }];
  } finally {
    setBusy(false);
  }
  return ui.state;
}

async function start(): Promise<void> {
  const state = await loadState();
  if (state === null) return;
  ui.lang = state.lang;
  ui.sheetLang = state.lang;
  document.documentElement.lang = state.lang;
  ui.modelKey = state.models[0] === undefined ? "" : keyOf(state.models[0]);
  if (state.assessments.length > 0) ui.view = "file";
  render();
}

void start();
