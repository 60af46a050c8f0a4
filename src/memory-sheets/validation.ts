/** Whether a value typed by a person passes a cell's data validation rule. */
import { RangeRef, type ValidationModel } from "./model";
import { type CellValue, displayValue, isDate, type ParsedInput } from "./values";

export interface RangeReader {
  valuesAt(ref: RangeRef): CellValue[];
}

const asText = (value: CellValue): string => displayValue(value, "@", "en_US", "UTC");
const num = (x: unknown): number => Number(x);
const argText = (x: unknown): string =>
  typeof x === "string" || typeof x === "number" || typeof x === "boolean" ? asText(x) : String(x);

/**
 * Criteria this cannot evaluate (custom formulas) pass. A formula typed by a person never passes a
 * list or number rule here, since formulas are not computed: conservative.
 */
export function passesValidation(
  rule: ValidationModel,
  input: ParsedInput,
  ranges: RangeReader,
): boolean {
  if (rule.criteria === "CUSTOM_FORMULA") return true;
  if (input.formula !== null) return false;
  const value = input.value;
  const [a, b] = rule.args;
  const n = typeof value === "number" ? value : Number.NaN;
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
      return Array.isArray(a) && a.some((item) => String(item) === asText(value));
    case "VALUE_IN_RANGE":
      return (
        a instanceof RangeRef &&
        ranges.valuesAt(a).some((item) => item !== null && asText(item) === asText(value))
      );
    case "NUMBER_BETWEEN":
      return n >= num(a) && n <= num(b);
    case "NUMBER_NOT_BETWEEN":
      return !Number.isNaN(n) && (n < num(a) || n > num(b));
    case "NUMBER_EQUAL_TO":
      return n === num(a);
    case "NUMBER_NOT_EQUAL_TO":
      return !Number.isNaN(n) && n !== num(a);
    case "NUMBER_GREATER_THAN":
      return n > num(a);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n >= num(a);
    case "NUMBER_LESS_THAN":
      return n < num(a);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n <= num(a);
    case "CHECKBOX":
      return rule.args.length === 0
        ? typeof value === "boolean"
        : rule.args.some((x) => argText(x) === asText(value));
    case "TEXT_CONTAINS":
      return asText(value).includes(String(a));
    case "TEXT_DOES_NOT_CONTAIN":
      return !asText(value).includes(String(a));
    case "TEXT_EQUAL_TO":
      return asText(value) === String(a);
    case "TEXT_IS_VALID_EMAIL":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(asText(value));
    case "TEXT_IS_VALID_URL":
      return /^https?:\/\/\S+$/.test(asText(value));
    default:
      // Date criteria: accept any date (comparisons are not modelled).
      return criteriaIsDate(rule.criteria) ? isDate(value) : true;
  }
}

const criteriaIsDate = (criteria: string): boolean => criteria.startsWith("DATE_");
