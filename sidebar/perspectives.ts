/**
 * Which perspective each respondent group answers from, for a model with perspectives (e.g.
 * management and staff, customers): the groups typed, the consultant's choice for each, the check
 * made before sending, and the block of drop-downs New assessment and "Add respondents" share.
 */
import type { FieldError, ModelSummary, State } from "../src/core/contract/contract";
import { LANGS } from "../src/core/texts/i18n";
import { errorFor, local, say } from "./app";
import { h, select } from "./dom";
import type { RespondentRow } from "./respondents";

export type Perspectives = ModelSummary["perspectives"];

/**
 * The perspective chosen for each group, by group name as the server reads it (trimmed; "" for
 * respondents without a group). A Map: a group is typed text, and a record would read
 * "constructor" from its prototype. A chosen "" means "not chosen", and overrides a guess.
 */
export type PerspectiveChoices = Map<string, string>;

/** The groups of these rows as the server reads them (trimmed), each once, in the order typed. */
export function groupsOf(rows: readonly RespondentRow[]): string[] {
  return [...new Set(rows.map((row) => row.group.trim()))];
}

/** The model an assessment was made from, as this file offers it (absent if no longer offered). */
export function modelOf(
  state: State,
  made: { id: string; version: string },
): ModelSummary | undefined {
  return state.models.find((model) => model.id === made.id && model.version === made.version);
}

/**
 * The consultant's choice, or else the perspective whose id or name is exactly the group's
 * ("Clienti", "Customers"): nothing looser, since a wrong guess silently changes which questions
 * a group is asked.
 */
export function perspectiveFor(
  group: string,
  choices: PerspectiveChoices,
  perspectives: Perspectives,
): string | undefined {
  const known = (id: string | undefined) => perspectives.find((p) => p.id === id)?.id;
  if (choices.has(group)) return known(choices.get(group));
  const name = group.toLowerCase();
  return perspectives.find((perspective) =>
    [perspective.id, ...LANGS.map((lang) => perspective.name[lang])].some(
      (candidate) => candidate.toLowerCase() === name,
    ),
  )?.id;
}

/**
 * An error beside each group's drop-down that has no perspective, `field` as in perspectiveBlock;
 * none for a model without perspectives, where nobody is mapped.
 */
export function perspectiveErrors(
  groups: readonly string[],
  choices: PerspectiveChoices,
  perspectives: Perspectives,
  field: string,
): FieldError[] {
  if (perspectives.length === 0) return [];
  return groups
    .filter((group) => perspectiveFor(group, choices, perspectives) === undefined)
    .map((group) => ({ field: `${field}.${group}`, message: say("perspectiveMissing") }));
}

/** The request's groupPerspectives for these groups. */
export function groupPerspectivesRequest(
  groups: readonly string[],
  choices: PerspectiveChoices,
  perspectives: Perspectives,
): Record<string, string> {
  // fromEntries defines own properties, so a group named "__proto__" is sent as typed.
  return Object.fromEntries(
    groups.flatMap((group) => {
      const id = perspectiveFor(group, choices, perspectives);
      return id === undefined ? [] : [[group, id]];
    }),
  );
}

/**
 * One drop-down per group. `field` is where the errors for these groups are filed, as the server
 * names them: "groupPerspectives.Clienti" beside the Clienti row.
 */
export function perspectiveBlock(
  groups: readonly string[],
  choices: PerspectiveChoices,
  perspectives: Perspectives,
  field: string,
): HTMLElement {
  const choicesOffered = [
    { value: "", label: say("choosePerspective") },
    ...perspectives.map((perspective) => ({
      value: perspective.id,
      label: local(perspective.name),
    })),
  ];
  const rows = groups.flatMap((group, index) => {
    const id = `${field}-${index}`;
    const control = select(
      choicesOffered,
      perspectiveFor(group, choices, perspectives) ?? "",
      (value) => choices.set(group, value),
      { id, class: "perspective", "data-group": group },
    );
    const error = errorFor(`${field}.${group}`);
    if (error !== null) {
      error.id = `${id}-error`;
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", error.id);
    }
    const name = group === "" ? say("noGroup") : group;
    return [h("div", { class: "perspective-row" }, h("label", { for: id }, name), control), error];
  });
  return h(
    "fieldset",
    { class: "perspectives" },
    h("legend", {}, say("perspectivesTitle")),
    h("div", { class: "secondary hint" }, say("perspectivesHint")),
    ...rows,
    errorFor(field),
  );
}
