/** Whether what a person types passes a cell's dropdown. */
import type { ValidationModel } from "./model";
import { displayValue, type ParsedInput } from "./values";

/**
 * An item matches when the cell's value reads as that very text. A typed formula never passes
 * here, since formulas are not computed (Sheets checks the formula's result): conservative.
 */
export function passesValidation(rule: ValidationModel, input: ParsedInput): boolean {
  if (input.formula !== null) return false;
  const typed = displayValue(input.value, "@", "en_US", "UTC");
  return rule.args[0].includes(typed);
}
