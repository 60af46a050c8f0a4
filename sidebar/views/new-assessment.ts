/**
 * New assessment: pick a model, name the client, list respondents (and, for a model with
 * perspectives, which perspective each group answers from), optionally set targets and the
 * Results options.
 */
import type { FieldError, ModelSummary, State } from "../../src/core/contract/contract";
import { REQUEST_LIMITS } from "../../src/core/contract/limits";
import { LANGS, type Lang } from "../../src/core/texts/i18n";
import type { UiKey } from "../../src/core/texts/ui-messages";
import {
  act,
  app,
  errorFor,
  keyOf,
  local,
  type Placement,
  render,
  say,
  showLocalErrors,
} from "../app";
import { consultantErrors, parseConsultants, teamFieldError } from "../consultants";
import { button, field, h, live, select, textArea, textInput } from "../dom";
import {
  groupPerspectivesRequest,
  groupsOf,
  type PerspectiveChoices,
  perspectiveBlock,
  perspectiveErrors,
} from "../perspectives";
import { respondentRows } from "../respondent-rows";
import {
  blankRow,
  parseRespondentList,
  type RespondentRow,
  respondentErrors,
  respondentsRequest,
} from "../respondents";
import {
  defaultResultsOptions,
  minGroupSize,
  minGroupSizeErrors,
  type ResultsOptions,
  resultsOptionsBlock,
  showScores,
} from "../results-options";
import { callServer } from "../server";

interface NewAssessmentForm {
  /** The chosen model as "id@version"; "" until one is picked, meaning the first one offered. */
  modelKey: string;
  clientName: string;
  /** The questionnaire's language; null until picked, meaning the spreadsheet's language. */
  sheetLang: Lang | null;
  respondents: RespondentRow[];
  /** The perspective chosen for each group (models with perspectives). */
  perspectives: PerspectiveChoices;
  /**
   * Targets as typed, by area id: parsed only on Create, so "1," can be typed on the way to "1,5".
   * A Map: an area id is the model's text, and a record would read "constructor" from its prototype.
   */
  targets: Map<string, string>;
  /** Whether the Targets section is open: kept, since every redraw builds it anew. */
  targetsOpen: boolean;
  pasteOpen: boolean;
  pasteText: string;
  /** Fellow consultants to add to the file's team, as typed. */
  consultants: string;
  consultantsOpen: boolean;
  results: ResultsOptions;
}

const form: NewAssessmentForm = {
  modelKey: "",
  clientName: "",
  sheetLang: null,
  respondents: [blankRow()],
  perspectives: new Map(),
  targets: new Map(),
  targetsOpen: false,
  pasteOpen: false,
  pasteText: "",
  consultants: "",
  consultantsOpen: false,
  results: defaultResultsOptions(),
};

/** Where a group's perspective is filed, as the server files it: "groupPerspectives.Clienti". */
const PERSPECTIVES_FIELD = "groupPerspectives";

function selectedModel(state: State): ModelSummary | undefined {
  return state.models.find((model) => keyOf(model) === form.modelKey) ?? state.models[0];
}

function modelPicker(state: State): HTMLElement {
  const model = selectedModel(state);
  const picker = select(
    state.models.map((candidate) => ({
      value: keyOf(candidate),
      label: `${local(candidate.name)} (v${candidate.version})`,
    })),
    model === undefined ? "" : keyOf(model),
    (key) => {
      form.modelKey = key;
      form.targets = new Map();
      form.perspectives = new Map();
      render();
    },
    { id: "model", name: "model" },
  );
  return h(
    "div",
    {},
    field(say("fieldModel"), picker, { error: errorFor("modelId") }),
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

function pastePanel(): HTMLElement {
  const toggle = button(
    say("pasteList"),
    { class: "link-button", "aria-expanded": String(form.pasteOpen) },
    () => {
      form.pasteOpen = !form.pasteOpen;
      render();
    },
  );
  if (!form.pasteOpen) return h("div", {}, toggle);
  const area = textArea(form.pasteText, (value) => (form.pasteText = value), {
    rows: 4,
    "aria-label": say("pasteList"),
    id: "paste",
  });
  const apply = button(say("pasteApply"), {}, () => {
    const rows = parseRespondentList(form.pasteText);
    form.respondents = [...form.respondents.filter((row) => row.name.trim() !== ""), ...rows];
    if (form.respondents.length === 0) form.respondents = [blankRow()];
    form.pasteText = "";
    form.pasteOpen = false;
    render();
  });
  return h("div", {}, toggle, h("div", { class: "secondary hint" }, say("pasteHint")), area, apply);
}

function targetInputs(model: ModelSummary): HTMLElement {
  const fields = model.areas.map((area) =>
    field(
      local(area.name),
      // Text, not type=number: a number input drops an Italian decimal comma ("1,5" would read 15).
      textInput(form.targets.get(area.id) ?? "", (value) => form.targets.set(area.id, value), {
        inputmode: "decimal",
        class: "target",
        "data-area": area.id,
      }),
      {
        hint: say("targetRange", { min: area.min, max: area.max }),
        error: errorFor(`targets.${area.id}`),
      },
    ),
  );
  // A target with an error opens the section, or the error would be hidden inside it.
  const open = form.targetsOpen || app.errors.some((error) => error.field.startsWith("targets."));
  const details = h(
    "details",
    { open, class: "targets" },
    h("summary", {}, say("fieldTargets")),
    ...fields,
  );
  details.addEventListener("toggle", () => (form.targetsOpen = details.open));
  return details;
}

/**
 * Fellow consultants, folded away like Targets: most files have one consultant. Named here, they
 * join the file's team (This file → Consultants), which the hint lists.
 */
function consultantsInput(state: State): HTMLElement {
  const error = errorFor("consultants");
  const area = textArea(form.consultants, (value) => (form.consultants = value), {
    id: "consultants",
    rows: 2,
    autocomplete: "off",
    spellcheck: "false",
  });
  const team =
    state.consultants.length === 0
      ? ""
      : ` ${say("consultantsAlready", { emails: state.consultants.join(", ") })}`;
  const open = form.consultantsOpen || error !== null;
  const details = h(
    "details",
    { open, class: "consultants" },
    h("summary", {}, say("fieldConsultants")),
    field(say("consultantsEmails"), area, {
      hint: `${say("emailsPerLine")} ${say("consultantsJoin")}${team}`,
      error,
    }),
  );
  details.addEventListener("toggle", () => (form.consultantsOpen = details.open));
  return details;
}

/** A typed target as a number ("1,5" and "1.5" alike); null when left empty. */
function targetValue(areaId: string): number | null {
  const raw = (form.targets.get(areaId) ?? "").trim();
  return raw === "" ? null : Number(raw.replace(",", "."));
}

/** Checks what can be checked here, so a round trip is spent only on a plausible request. */
function localErrors(model: ModelSummary | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (form.clientName.trim() === "") errors.push({ field: "clientName", message: say("required") });
  errors.push(...respondentErrors(form.respondents, app.lang));
  errors.push(
    ...perspectiveErrors(
      groupsOf(form.respondents),
      form.perspectives,
      model?.perspectives ?? [],
      PERSPECTIVES_FIELD,
    ),
  );
  errors.push(...consultantErrors(parseConsultants(form.consultants), app.lang));
  for (const area of model?.areas ?? []) {
    const value = targetValue(area.id);
    if (value === null) continue;
    if (!Number.isFinite(value) || value < area.min || value > area.max) {
      errors.push({
        field: `targets.${area.id}`,
        message: say("targetInvalid", { min: area.min, max: area.max }),
      });
    }
  }
  errors.push(...minGroupSizeErrors(form.results));
  return errors;
}

function create(state: State): void {
  const model = selectedModel(state);
  const errors = localErrors(model);
  if (errors.length > 0 || model === undefined) {
    showLocalErrors(errors);
    return;
  }
  // fromEntries defines own properties, so an area id such as "__proto__" is sent as a target.
  const targets: Record<string, number> = Object.fromEntries(
    model.areas.flatMap((area) => {
      const value = targetValue(area.id);
      return value === null ? [] : [[area.id, value]];
    }),
  );
  const consultants = parseConsultants(form.consultants);
  const groups = groupsOf(form.respondents);
  // The team's errors go beside its one text box, naming the address at fault.
  const place: Placement = (error) =>
    /^consultants(\.|$)/.test(error.field)
      ? teamFieldError(error, consultants, "consultants")
      : error;
  void act(
    () =>
      callServer("createAssessment", {
        modelId: model.id,
        modelVersion: model.version,
        clientName: form.clientName,
        lang: form.sheetLang ?? state.lang,
        respondents: respondentsRequest(form.respondents),
        targets,
        ...(consultants.length === 0 ? {} : { consultants }),
        ...(model.perspectives.length === 0
          ? {}
          : {
              groupPerspectives: groupPerspectivesRequest(
                groups,
                form.perspectives,
                model.perspectives,
              ),
            }),
        minGroupSize: minGroupSize(form.results),
        showRespondentScores: showScores(form.results, groups),
      }),
    (summary) => {
      app.state?.assessments.push(summary);
      // The server added them to the team, keeping those already in it.
      if (app.state !== null)
        app.state.consultants = [...new Set([...app.state.consultants, ...consultants])];
      app.notice = say("created", { sheet: summary.questionnaireSheet });
      form.clientName = "";
      form.respondents = [blankRow()];
      form.perspectives = new Map();
      form.targets = new Map();
      form.targetsOpen = false;
      form.consultants = "";
      form.consultantsOpen = false;
      form.results = defaultResultsOptions();
      app.view = "file";
    },
    place,
  );
}

/** The name of each language of the sheets, in the sidebar's language. */
const SHEET_LANGUAGE: Record<Lang, UiKey> = { it: "langIt", en: "langEn" };

export function newAssessmentView(state: State): HTMLElement {
  const client = textInput(form.clientName, (value) => (form.clientName = value), {
    id: "client",
    maxlength: REQUEST_LIMITS.clientName,
  });
  const sheetLang = select(
    LANGS.map((lang) => ({ value: lang, label: say(SHEET_LANGUAGE[lang]) })),
    form.sheetLang ?? state.lang,
    (lang) => (form.sheetLang = lang),
    { id: "sheet-lang" },
  );
  const model = selectedModel(state);
  // Both follow the groups as they are typed, redrawn in place.
  const perspectives = live(() =>
    model === undefined || model.perspectives.length === 0
      ? null
      : perspectiveBlock(
          groupsOf(form.respondents),
          form.perspectives,
          model.perspectives,
          PERSPECTIVES_FIELD,
        ),
  );
  const results = live(() => resultsOptionsBlock(form.results, groupsOf(form.respondents)));
  const groupsTyped = () => {
    perspectives.refresh();
    results.refresh();
  };
  return h(
    "form",
    { "aria-label": say("newTitle"), novalidate: true },
    modelPicker(state),
    field(say("fieldClient"), client, { error: errorFor("clientName") }),
    field(say("fieldSheetLang"), sheetLang, { error: errorFor("lang") }),
    h(
      "fieldset",
      {},
      h("legend", {}, say("fieldRespondents")),
      h("div", { class: "secondary hint" }, say("groupHint")),
      respondentRows(form.respondents, "respondents", render, groupsTyped),
      pastePanel(),
    ),
    perspectives.element,
    model === undefined ? null : targetInputs(model),
    results.element,
    consultantsInput(state),
    errorFor(""),
    h(
      "div",
      { class: "block" },
      button(say("create"), { class: "create", id: "create", disabled: app.busy }, () =>
        create(state),
      ),
    ),
  );
}
