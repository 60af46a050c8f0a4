/** Help: how scoring works, in a few paragraphs. */
import { say } from "../app";
import { h } from "../dom";

export function helpView(): HTMLElement {
  return h(
    "div",
    { class: "help" },
    ...(["helpIntro", "helpScoring", "helpCompleteness", "helpGroups", "helpSafety"] as const).map(
      (key) => h("p", {}, say(key)),
    ),
    h("p", { class: "secondary" }, say("helpText")),
  );
}
