/**
 * This file: each assessment in the spreadsheet with its respondents' progress, its last score,
 * and buttons to score, open the results and add respondents; then the file's consultants.
 */
import type { AssessmentSummary, State } from "../../src/core/contract/contract";
import { formatNumber } from "../../src/core/texts/i18n";
import { act, app, errorFor, fieldsUnder, local, render, say, showLocalErrors } from "../app";
import { teamSection } from "../consultants-section";
import { button, h, live } from "../dom";
import {
  groupPerspectivesRequest,
  groupsOf,
  modelOf,
  type PerspectiveChoices,
  type Perspectives,
  perspectiveBlock,
  perspectiveErrors,
} from "../perspectives";
import { respondentRows } from "../respondent-rows";
import { blankRow, type RespondentRow, respondentsRequest } from "../respondents";
import { callServer } from "../server";

/** An assessment's "Add respondents" form as typed. */
interface Addition {
  rows: RespondentRow[];
  /** The perspective of each group the assessment does not have yet (models with perspectives). */
  perspectives: PerspectiveChoices;
}

/** Each assessment's "Add respondents" form, by assessment id; absent when closed. */
const additions: Record<string, Addition> = {};

/** The groups the added rows bring that the assessment does not have yet. */
function newGroups(summary: AssessmentSummary, rows: readonly RespondentRow[]): string[] {
  const existing = new Set(
    (summary.respondents ?? []).map((respondent) => respondent.group.trim()),
  );
  return groupsOf(rows).filter((group) => !existing.has(group));
}

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
  const list = app.state?.assessments;
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
  const overall = last.overall === null ? "—" : formatNumber(last.overall, app.lang);
  return h(
    "div",
    { class: "last-score", "data-testid": "last-score" },
    h("p", { class: "secondary" }, say("lastScore", { date: last.displayDate })),
    h(
      "p",
      { class: "overall" },
      h("span", { class: "overall-label" }, `${say("overallShort")}: `),
      h("strong", { "data-testid": "overall-score" }, overall),
      ` / ${formatNumber(last.max, app.lang)}`,
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
          area.score === null ? "—" : formatNumber(area.score, app.lang),
        ),
      ),
    ),
    last.problems > 0
      ? h("p", { class: "error" }, say("problemsFound", { count: last.problems }))
      : null,
  );
}

function addRespondents(
  summary: AssessmentSummary,
  perspectives: Perspectives,
  prefix: string,
): void {
  const addition = additions[summary.id];
  if (addition === undefined || addition.rows.length === 0) {
    additions[summary.id] = { rows: [blankRow()], perspectives: new Map() };
    render();
    return;
  }
  const groups = perspectives.length === 0 ? [] : newGroups(summary, addition.rows);
  const errors = perspectiveErrors(
    groups,
    addition.perspectives,
    perspectives,
    `${prefix}.groupPerspectives`,
  );
  if (errors.length > 0) {
    showLocalErrors(errors);
    return;
  }
  // Every row goes, blank ones too: the server's errors then point at the rows shown here.
  void act(
    () =>
      callServer("addRespondents", {
        assessmentId: summary.id,
        respondents: respondentsRequest(addition.rows),
        ...(groups.length === 0
          ? {}
          : {
              groupPerspectives: groupPerspectivesRequest(
                groups,
                addition.perspectives,
                perspectives,
              ),
            }),
      }),
    (updated) => {
      replaceAssessment(updated);
      delete additions[summary.id];
    },
    fieldsUnder(prefix),
  );
}

function assessmentCard(state: State, summary: AssessmentSummary): HTMLElement {
  const id = summary.id;
  const addition = additions[id];
  const rows = addition?.rows ?? [];
  const prefix = `add.${id}`;
  const perspectives = modelOf(state, summary.model)?.perspectives ?? [];
  // The drop-downs follow the groups as they are typed, redrawn in place.
  const newPerspectives = live(() => {
    const groups = addition === undefined ? [] : newGroups(summary, addition.rows);
    return perspectives.length === 0 || groups.length === 0 || addition === undefined
      ? null
      : perspectiveBlock(
          groups,
          addition.perspectives,
          perspectives,
          `${prefix}.groupPerspectives`,
        );
  });
  const buttons = h(
    "div",
    { class: "block buttons" },
    button(
      say("scoreNow"),
      {
        class: "action score",
        "data-key": `score-${id}`,
        disabled: app.busy || summary.issue !== null,
      },
      () => act(() => callServer("scoreAssessment", { assessmentId: id }), replaceAssessment),
    ),
    button(
      say("showResults"),
      {
        class: "open-results",
        "data-key": `open-${id}`,
        disabled: app.busy || summary.resultsSheet === null,
      },
      () =>
        act(
          () => callServer("showResults", { assessmentId: id }),
          () => {},
        ),
    ),
    button(
      say("addRespondents"),
      { class: "add-respondents", "data-key": `add-${id}`, disabled: app.busy },
      () => addRespondents(summary, perspectives, prefix),
    ),
    rows.length > 0 &&
      button(say("cancel"), { class: "cancel-add", "data-key": `cancel-${id}` }, () => {
        delete additions[id];
        app.errors = [];
        render();
      }),
  );

  return h(
    "section",
    { class: "assessment", "data-assessment": id, "aria-label": summary.clientName },
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
    rows.length > 0
      ? respondentRows(rows, `${prefix}.respondents`, render, newPerspectives.refresh)
      : null,
    newPerspectives.element,
    buttons,
    lastScoreView(summary),
  );
}

export function thisFileView(state: State): HTMLElement {
  const unreadable = state.unreadable.map((message) =>
    h("p", { class: "error", role: "alert" }, message),
  );
  if (state.assessments.length === 0) {
    return h(
      "div",
      {},
      errorFor(""),
      ...unreadable,
      h("p", { class: "secondary" }, say("noAssessments")),
      teamSection(state),
    );
  }
  return h(
    "div",
    {},
    errorFor(""),
    ...unreadable,
    ...[...state.assessments].reverse().map((summary) => assessmentCard(state, summary)),
    teamSection(state),
  );
}
