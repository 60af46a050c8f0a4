/**
 * Every service object reaches scripts through a Proxy that records each method call once, then
 * runs the real method on the raw object. Internal code only ever holds raw objects, so a RangeList
 * formatting ten ranges is one call, and the workbook's own API is never logged.
 */
import type { CallLog } from "./calls";

export const API_NAME: unique symbol = Symbol("apiName");

/** Base of every object handed to scripts; `[API_NAME]` is its Apps Script class name. */
export abstract class ApiObject {
  abstract readonly [API_NAME]: string;
}

/**
 * The real class's method parameters, for `implements` checks. Return types are loosened to
 * `unknown`: our classes stand in for the real ones. (Overloads: the last signature is checked.)
 */
export type ApiShape<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

/** Narrows an argument to one of our classes, or fails like Apps Script does with a foreign object. */
export function expectInstance<T>(
  value: unknown,
  type: abstract new (...args: never[]) => T,
  what: string,
): T {
  if (value instanceof type) return value;
  throw new Error(`Invalid argument: ${what}`);
}

export type Guard = (target: string, method: string) => void;

export class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();

  constructor(
    private readonly log: CallLog,
    private readonly guard: Guard,
  ) {}

  /** Outgoing: our objects (also inside arrays) become recorded proxies. */
  wrap<T>(value: T): T {
    if (value instanceof ApiObject) return this.proxyFor(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.wrap(v)) as T;
    return value;
  }

  /** Incoming: proxies (also inside arrays) become the raw objects behind them. */
  unwrap(value: unknown): unknown {
    if (typeof value === "object" && value !== null) {
      const raw = this.raws.get(value);
      if (raw) return raw;
      if (Array.isArray(value)) return value.map((v: unknown) => this.unwrap(v));
    }
    return value;
  }

  private proxyFor(raw: ApiObject): object {
    const existing = this.proxies.get(raw);
    if (existing) return existing;
    const target = raw[API_NAME];
    const proxy: object = new Proxy(raw, {
      get: (obj, key) => {
        const member: unknown = Reflect.get(obj, key);
        if (typeof key === "symbol" || typeof member !== "function" || key in Object.prototype)
          return member;
        return (...args: unknown[]) => {
          this.log.record(target, key);
          this.guard(target, key);
          const result: unknown = member.apply(
            obj,
            args.map((a) => this.unwrap(a)),
          );
          return result === obj ? proxy : this.wrap(result);
        };
      },
    });
    this.proxies.set(raw, proxy);
    this.raws.set(proxy, raw);
    return proxy;
  }
}
