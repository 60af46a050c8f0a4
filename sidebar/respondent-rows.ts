/**
 * The editable respondent list (name, group, optional email, remove; add one more), shared by New
 * assessment and each assessment's "Add respondents" form. Limits come from REQUEST_LIMITS, as on
 * the server.
 */
import { REQUEST_LIMITS } from "../src/core/contract/limits";
import { errorFor, root, say } from "./app";
import { button, h, textInput } from "./dom";
import { blankRow, type RespondentRow } from "./respondents";

/** Whether "what an email does" is open: kept, since every redraw builds it anew. */
let emailHelpOpen = false;

/** One line on what an email adds, opening onto who may then edit the person's columns. */
function emailHelp(): HTMLElement {
  const details = h(
    "details",
    { class: "hint email-help", open: emailHelpOpen },
    h("summary", {}, say("emailHint")),
    h("p", {}, say("emailMore")),
  );
  details.addEventListener("toggle", () => (emailHelpOpen = details.open));
  return details;
}

/** A row's input, tied to its error message (if the last action reported one) for screen readers. */
function withError(input: HTMLInputElement, field: string): HTMLElement | null {
  const error = errorFor(field);
  if (error !== null) {
    error.id = `${input.dataset.key}-error`;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", error.id);
  }
  return error;
}

/**
 * `rows` is edited in place; `fieldPrefix` is where the server's errors for these rows are filed
 * (e.g. "respondents.2.name"); `onChange` redraws after a row is added or removed, and
 * `onGroupInput` after each keystroke in a group (for what follows the groups typed).
 */
export function respondentRows(
  rows: RespondentRow[],
  fieldPrefix: string,
  onChange: () => void,
  onGroupInput: () => void = () => {},
): HTMLElement {
  const list = h("div", { class: "respondents" }, emailHelp());
  rows.forEach((row, index) => {
    const name = textInput(row.name, (value) => (row.name = value), {
      "aria-label": `${say("respondentName")} ${index + 1}`,
      placeholder: say("respondentName"),
      class: "respondent-name",
      "data-key": `${fieldPrefix}-name-${index}`,
      maxlength: REQUEST_LIMITS.respondentName,
    });
    const group = textInput(
      row.group,
      (value) => {
        row.group = value;
        onGroupInput();
      },
      {
        "aria-label": `${say("respondentGroup")} ${index + 1}`,
        placeholder: say("respondentGroup"),
        class: "respondent-group",
        "data-key": `${fieldPrefix}-group-${index}`,
        maxlength: REQUEST_LIMITS.group,
      },
    );
    const email = textInput(row.email, (value) => (row.email = value), {
      type: "email",
      autocomplete: "off",
      spellcheck: "false",
      "aria-label": `${say("respondentEmail")} ${index + 1}`,
      placeholder: say("respondentEmail"),
      class: "respondent-email",
      "data-key": `${fieldPrefix}-email-${index}`,
      maxlength: REQUEST_LIMITS.email,
    });
    const remove = button(
      "×",
      {
        class: "remove",
        "aria-label": say("removeRespondent", { name: row.name || String(index + 1) }),
        disabled: rows.length === 1,
      },
      () => {
        rows.splice(index, 1);
        onChange();
      },
    );
    const field = `${fieldPrefix}.${index}`;
    const errors = [
      withError(name, `${field}.name`),
      withError(group, `${field}.group`),
      withError(email, `${field}.email`),
    ];
    list.append(
      h("div", { class: "respondent-row" }, name, group, remove, email),
      ...errors.filter((error) => error !== null),
    );
  });
  // One request carries at most REQUEST_LIMITS.respondents rows: no adding past it.
  const add = button(
    `+ ${say("addRespondent")}`,
    { class: "link-button", disabled: rows.length >= REQUEST_LIMITS.respondents },
    () => {
      rows.push(blankRow(rows[rows.length - 1]?.group));
      onChange();
      const inputs = root.querySelectorAll<HTMLInputElement>(".respondent-name");
      inputs[inputs.length - 1]?.focus();
    },
  );
  list.append(add, errorFor(fieldPrefix) ?? "");
  return list;
}
