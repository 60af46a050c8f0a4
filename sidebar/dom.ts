/**
 * Builds elements from data. Text goes in through textContent and values through properties only:
 * nothing is parsed as HTML, so a client's or respondent's name can never become markup.
 */

export type Attributes = Record<string, string | number | boolean | undefined>;
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let nextId = 0;
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * A `type="button"` button (never a form submit, which would reload the sidebar). `disabled: true`
 * in the attributes disables it, `false` leaves it enabled.
 */
export function button(
  label: Child,
  attributes: Attributes,
  onClick: (event: MouseEvent) => void,
): HTMLButtonElement {
  const element = h("button", { type: "button", ...attributes }, label);
  element.addEventListener("click", onClick);
  return element;
}

/**
 * A one-line text input bound to a piece of state: starts at `value`, reports every edit. The value
 * is set as a property, so whatever was typed or pasted stays text.
 */
export function textInput(
  value: string,
  onInput: (value: string) => void,
  attributes: Attributes = {},
): HTMLInputElement {
  const input = h("input", { type: "text", ...attributes });
  input.value = value;
  input.addEventListener("input", () => onInput(input.value));
  return input;
}

/** A multi-line text area bound to a piece of state, like textInput. */
export function textArea(
  value: string,
  onInput: (value: string) => void,
  attributes: Attributes = {},
): HTMLTextAreaElement {
  const area = h("textarea", attributes);
  area.value = value;
  area.addEventListener("input", () => onInput(area.value));
  return area;
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** A drop-down of `choices` with `selected` chosen; reports the chosen value on change. */
export function select<V extends string>(
  choices: readonly Choice<V>[],
  selected: string,
  onChange: (value: V) => void,
  attributes: Attributes = {},
): HTMLSelectElement {
  const element = h("select", attributes);
  for (const choice of choices) {
    const option = h("option", { value: choice.value }, choice.label);
    // The property, not the attribute: a re-rendered select shows the current choice.
    option.selected = choice.value === selected;
    element.append(option);
  }
  element.addEventListener("change", () => {
    const chosen = choices.find((choice) => choice.value === element.value);
    if (chosen !== undefined) onChange(chosen.value);
  });
  return element;
}

export interface FieldExtras {
  /** A short line under the control, e.g. the allowed range. */
  hint?: string;
  /** The field's error message element, if any: tied to the control for screen readers. */
  error?: HTMLElement | null;
}

/**
 * A labelled form field: label, control, optional hint and error. The control gets an id if it has
 * none, so the label points at it; an error marks the control invalid and describes it.
 */
export function field(label: string, control: HTMLElement, extras: FieldExtras = {}): HTMLElement {
  const id = control.id || uniqueId("field");
  control.id = id;
  const error = extras.error ?? null;
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
    extras.hint === undefined ? null : h("div", { class: "secondary hint" }, extras.hint),
    error,
  );
}

/**
 * A part of the page that `refresh` draws anew in place: for what follows a field typed in
 * elsewhere (redrawing the whole page at each keystroke would move the caret and break IME input).
 */
export function live(draw: () => Child): { element: HTMLElement; refresh: () => void } {
  const element = h("div", { class: "live" });
  const refresh = () => replaceChildren(element, draw());
  refresh();
  return { element, refresh };
}
