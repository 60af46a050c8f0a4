/**
 * The built dist/Sidebar.html alone in Chromium, with google.script.run replaced by a scripted fake
 * server: each test sets the state and the answers it needs and reads back the requests sent. Every
 * request outside the page (Google's add-on stylesheet) is refused, so no test needs the network.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { AssessmentSummary, ModelSummary, State } from "../../src/core/contract/contract";

const SIDEBAR = join(import.meta.dirname, "../../dist/Sidebar.html");
const ORIGIN = "http://sidebar.test/";

/** What the fake server answers, by function name; unlisted functions answer `{ ok: true, value: null }`. */
export type Answers = Record<string, unknown>;

export interface SidebarPage {
  page: Page;
  /** The requests the sidebar sent, in order. */
  calls(): Promise<{ name: string; args: unknown[] }[]>;
}

export async function openSidebar(
  browser: Browser,
  state: State,
  answers: Answers = {},
): Promise<SidebarPage> {
  const page = await browser.newPage();
  await page.route("**/*", (route) =>
    route.request().url() === ORIGIN
      ? route.fulfill({ contentType: "text/html", body: readFileSync(SIDEBAR, "utf8") })
      : route.abort(),
  );
  // A string, not a function: what vitest compiles a function into may not run in the page.
  await page.addInitScript({
    content: `(() => {
      const state = ${JSON.stringify(state)};
      const answers = ${JSON.stringify({ getState: state, ...answers })};
      window.__calls = [];
      const run = {
        withSuccessHandler(onSuccess) {
          return {
            withFailureHandler() {
              return new Proxy({}, {
                get: (_target, name) => (...args) => {
                  window.__calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
                  const answer = name in answers ? answers[name] : { ok: true, value: null };
                  setTimeout(() => onSuccess(JSON.parse(JSON.stringify(answer))), 0);
                },
              });
            },
          };
        },
      };
      window.google = { script: { run } };
    })();`,
  });
  await page.goto(ORIGIN);
  await page.locator(".view[aria-busy=false]").waitFor();
  return {
    page,
    calls: () =>
      page.evaluate(
        () => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls,
      ),
  };
}

export const model: ModelSummary = {
  id: "demo",
  version: "1.0.0",
  origin: "builtin",
  name: { it: "Modello demo", en: "Demo model" },
  description: { it: "Descrizione", en: "Description" },
  citation: { it: "Fonte", en: "Source" },
  authorsNote: null,
  questions: 4,
  estimatedMinutes: 5,
  areas: [
    { id: "a1", name: { it: "Area uno", en: "Area one" }, min: 1, max: 5 },
    { id: "a2", name: { it: "Area due", en: "Area two" }, min: 1, max: 5 },
  ],
  perspectives: [],
};

/**
 * A model with perspectives, as beyond-silos: the company's own people answer every question,
 * customers only what a customer can see.
 */
export const perspectivesModel: ModelSummary = {
  ...model,
  id: "silos",
  name: { it: "Oltre i silos", en: "Beyond silos" },
  perspectives: [
    {
      id: "internal",
      name: { it: "Interna (direzione e collaboratori)", en: "Internal (management and staff)" },
      description: { it: "Chi lavora nell'azienda.", en: "The company's own people." },
    },
    {
      id: "customer",
      name: { it: "Clienti", en: "Customers" },
      description: null,
    },
  ],
};

/** Text that would run script if it were ever parsed as HTML. */
export const HOSTILE = `<img src=x onerror="window.__pwned=1">`;

export function assessment(overrides: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id: "as-1",
    clientName: "Rossi S.p.A.",
    lang: "it",
    createdAt: "2025-01-01T00:00:00.000Z",
    model: { id: model.id, version: model.version, name: model.name },
    questionnaireSheet: "Questionario · Rossi",
    resultsSheet: null,
    respondents: [{ id: "r1", name: "Anna", group: "Direzione", answered: 2, total: 4 }],
    lastScore: null,
    issue: null,
    ...overrides,
  };
}

export function state(overrides: Partial<State> = {}): State {
  return {
    lang: "it",
    models: [model],
    assessments: [],
    drafts: [],
    unreadable: [],
    consultants: [],
    ...overrides,
  };
}
