/**
 * New assessment → Results options: the minimum group size, and whether the Results list each
 * respondent's scores. The Results sit in a spreadsheet every respondent can open, so individual
 * scores are off by default as soon as any respondent has a group, until the consultant decides.
 */
import type { FieldError } from "../src/core/contract/contract";
import { DEFAULT_MIN_GROUP_SIZE, REQUEST_LIMITS } from "../src/core/contract/limits";
import { app, errorFor, render, say } from "./app";
import { field, h, textInput } from "./dom";

export interface ResultsOptions {
  /** As typed: checked on Create. */
  minGroupSize: string;
  /** The consultant's choice; null until they touch it, meaning the default for the groups typed. */
  showScores: boolean | null;
  /** Whether the section is open: kept, since every redraw builds it anew. */
  open: boolean;
}

export const defaultResultsOptions = (): ResultsOptions => ({
  minGroupSize: String(DEFAULT_MIN_GROUP_SIZE),
  showScores: null,
  open: false,
});

/** Whether the Results will list each respondent's scores, given the groups typed. */
export function showScores(options: ResultsOptions, groups: readonly string[]): boolean {
  return options.showScores ?? groups.every((group) => group === "");
}

/** The minimum group size as typed, as the request sends it (once minGroupSizeErrors is empty). */
export const minGroupSize = (options: ResultsOptions): number =>
  Number(options.minGroupSize.trim());

/** The server's checks on the minimum group size: a whole number from 1 to REQUEST_LIMITS.minGroupSize. */
export function minGroupSizeErrors(options: ResultsOptions): FieldError[] {
  const value = minGroupSize(options);
  const problem =
    options.minGroupSize.trim() === ""
      ? say("required")
      : !Number.isInteger(value)
        ? say("wholeNumber")
        : value < 1
          ? say("atLeast", { min: 1 })
          : value > REQUEST_LIMITS.minGroupSize
            ? say("atMost", { max: REQUEST_LIMITS.minGroupSize })
            : null;
  return problem === null ? [] : [{ field: "minGroupSize", message: problem }];
}

export function resultsOptionsBlock(
  options: ResultsOptions,
  groups: readonly string[],
): HTMLElement {
  const size = textInput(options.minGroupSize, (value) => (options.minGroupSize = value), {
    type: "number",
    id: "min-group-size",
    min: 1,
    max: REQUEST_LIMITS.minGroupSize,
    step: 1,
    inputmode: "numeric",
  });
  const shown = showScores(options, groups);
  const checkbox = h("input", { type: "checkbox", id: "show-scores" });
  checkbox.checked = shown;
  checkbox.addEventListener("change", () => {
    options.showScores = checkbox.checked;
    render();
  });
  const scoresError = errorFor("showRespondentScores");
  // An error inside opens the section, or it would be hidden.
  const open =
    options.open ||
    app.errors.some((error) => /^(minGroupSize|showRespondentScores)$/.test(error.field));
  const details = h(
    "details",
    { open, class: "results-options" },
    h("summary", {}, say("resultsOptions")),
    field(say("fieldMinGroupSize"), size, {
      hint: say("minGroupSizeHint"),
      error: errorFor("minGroupSize"),
    }),
    h(
      "div",
      { class: "block" },
      h("label", { class: "checkbox" }, checkbox, say("fieldShowScores")),
      shown
        ? null
        : h(
            "div",
            { class: "secondary hint", "data-testid": "scores-hidden" },
            say("respondentScoresHidden"),
          ),
      scoresError,
    ),
  );
  details.addEventListener("toggle", () => (options.open = details.open));
  return details;
}
