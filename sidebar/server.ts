/**
 * A typed wrapper over google.script.run, keyed on the server's contract: a misspelled function,
 * a wrong argument or one google.script.run cannot carry (a Date, a function) fails to compile.
 * Every call has a failure handler, and resolves to a promise.
 */
import type { ServerApi } from "../src/core/contract/contract";

/** What google.script.run can carry: primitives, null, and plain arrays/objects of those. */
type Carried =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly Carried[]
  | { readonly [key: string]: Carried };

type CarriedArgs<Args extends unknown[]> = Args extends Carried[] ? Args : never;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRunner } };
  }
}

export class ServerUnavailableError extends Error {}

export function callServer<K extends keyof ServerApi>(
  name: K,
  ...args: CarriedArgs<Parameters<ServerApi[K]>>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (run === undefined) {
      reject(new ServerUnavailableError("google.script.run is not available"));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error));
    const method = runner[name];
    if (typeof method !== "function") {
      reject(new ServerUnavailableError(`server function ${name} is missing`));
      return;
    }
    method.apply(runner, args);
  });
}
