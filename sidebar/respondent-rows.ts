/**
 * The editable respondent list (name, group, remove; add one more), shared by New assessment and
 * each assessment's "Add respondents" form. Limits come from REQUEST_LIMITS, as on the server.
 */
import { REQUEST_LIMITS } from "../src/core/contract/limits";
import { errorFor, root, say } from "./app";
import { button, h, textInput } from "./dom";
import type { RespondentRow } from "./respondents";

/**
 * `rows` is edited in place; `fieldPrefix` is where the server's errors for these rows are filed
 * (e.g. "respondents.2.name"); `onChange` redraws after a row is added or removed.
 */
export function respondentRows(
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
      maxlength: REQUEST_LIMITS.respondentName,
    });
    const group = textInput(row.group, (value) => (row.group = value), {
      "aria-label": `${say("respondentGroup")} ${index + 1}`,
      placeholder: say("respondentGroup"),
      class: "respondent-group",
      "data-key": `${fieldPrefix}-group-${index}`,
      maxlength: REQUEST_LIMITS.group,
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
    const error =
      errorFor(`${fieldPrefix}.${index}.name`) ?? errorFor(`${fieldPrefix}.${index}.group`);
    list.append(h("div", { class: "respondent-row" }, name, group, remove), error ?? "");
  });
  // One request carries at most REQUEST_LIMITS.respondents rows: no adding past it.
  const add = button(
    `+ ${say("addRespondent")}`,
    { class: "link-button", disabled: rows.length >= REQUEST_LIMITS.respondents },
    () => {
      rows.push({ name: "", group: rows[rows.length - 1]?.group ?? "" });
      onChange();
      const inputs = root.querySelectorAll<HTMLInputElement>(".respondent-name");
      inputs[inputs.length - 1]?.focus();
    },
  );
  list.append(add, errorFor(fieldPrefix) ?? "");
  return list;
}
