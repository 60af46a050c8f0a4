/** Turning what a script hands over (perhaps from a node:vm realm) into plain JSON data. */

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A Date from any realm (a node:vm sandbox has its own Date constructor). */
export const isDate = (x: unknown): x is Date =>
  Object.prototype.toString.call(x) === "[object Date]";

/**
 * An object literal from any realm. `instanceof Object` and a comparison with this realm's
 * Object.prototype both fail for objects made inside a node:vm context (the workbench runs the
 * bundle there), so "plain" means: tagged Object, and its prototype is the last before null.
 */
function isPlainObject(x: object): boolean {
  if (Object.prototype.toString.call(x) !== "[object Object]") return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Dates become ISO strings; what is not data (a class instance, a function) its String. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (isDate(value)) return value.toISOString();
  if (Array.isArray(value)) return value.map((item: unknown) => toJsonValue(item));
  if (typeof value === "object" && isPlainObject(value)) {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toJsonValue(inner);
    return out;
  }
  return String(value);
}
