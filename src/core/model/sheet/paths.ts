/**
 * Model paths ("range.min", "source.citation") as the spec names them. One dotted path both gets a
 * value when the sheet is written and sets it when the sheet is read, and is the path the schema's
 * errors carry, so the cell an error points at is found from the same words.
 */

/**
 * Dotted paths into T whose value is a V: in an area, "range.min" is a number and "name" a text in
 * every language. Lists are not entered (their items are rows of their own). `unknown` gives any
 * path, for the code that only walks them.
 */
export type PathTo<T, V> = unknown extends T
  ? string
  : {
      [K in keyof T & string]-?: NonNullable<T[K]> extends V
        ? K
        : NonNullable<T[K]> extends readonly unknown[]
          ? never
          : NonNullable<T[K]> extends object
            ? `${K}.${PathTo<NonNullable<T[K]>, V>}`
            : never;
    }[keyof T & string];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object";
}

/** The value at a path, or undefined where the path leaves the object (an absent optional text). */
export function valueAt(item: unknown, path: string): unknown {
  let current = item;
  for (const key of path.split(".")) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * Puts a value at a path, making the objects on the way: a range whose two cells are empty still
 * becomes `{ min: undefined, max: undefined }`, so the schema names both cells rather than the range.
 */
export function setAt(item: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() ?? path;
  let current = item;
  for (const key of keys) {
    const next = current[key];
    const child: Record<string, unknown> = isRecord(next) ? next : {};
    current[key] = child;
    current = child;
  }
  current[last] = value;
}

/** "a.b.c" → ["a.b", "a"]: the paths that hold this one, innermost first. */
export function ancestorsOf(path: string): string[] {
  const found: string[] = [];
  for (let end = path.lastIndexOf("."); end > 0; end = path.lastIndexOf(".", end - 1)) {
    found.push(path.slice(0, end));
  }
  return found;
}
