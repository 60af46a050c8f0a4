/**
 * The built sidebar page in Chromium against a scripted fake server: request limits come from
 * REQUEST_LIMITS, user text never becomes markup, every view draws and sends what it should, and
 * respondents' emails and the file's consultants reach the server and come back as errors beside
 * their fields. Screenshots of the email and consultants screens, at the sidebar's 300 px, go to
 * test/artifacts/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_LIMITS } from "../../src/core/contract/limits";
import { launchChromium } from "../browser/chromium";
import { assessment, HOSTILE, model, openSidebar, state } from "./harness";

let browser: Browser;

const artifacts = join(import.meta.dirname, "../artifacts");
mkdirSync(artifacts, { recursive: true });

/** The page as the add-on's sidebar shows it, 300 px wide. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 300, height: 800 });
  await page.locator("#app").screenshot({ path: join(artifacts, name) });
}

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** `count` lines "Name n; Group" for the paste box. */
const pasteList = (count: number, name = (n: number) => `Persona ${n}`) =>
  Array.from({ length: count }, (_, n) => `${name(n)}; Gruppo`).join("\n");

describe("the sidebar page", () => {
  it("takes its field limits from REQUEST_LIMITS", async () => {
    const { page } = await openSidebar(browser, state());
    expect(await page.locator("#client").getAttribute("maxlength")).toBe(
      String(REQUEST_LIMITS.clientName),
    );
    expect(await page.locator(".respondent-name").getAttribute("maxlength")).toBe(
      String(REQUEST_LIMITS.respondentName),
    );
    expect(await page.locator(".respondent-group").getAttribute("maxlength")).toBe(
      String(REQUEST_LIMITS.group),
    );
    await page.close();
  });

  it("stops adding rows at REQUEST_LIMITS.respondents and refuses a longer pasted list", async () => {
    const { page, calls } = await openSidebar(browser, state());
    await page.locator("#client").fill("Rossi");
    const addRow = page.getByRole("button", { name: /Aggiungi rispondente/ });
    const paste = async (text: string) => {
      await page.getByRole("button", { name: /Incolla/ }).click();
      await page.locator("#paste").fill(text);
      await page.locator("#paste ~ button").click();
    };
    await paste(pasteList(REQUEST_LIMITS.respondents));
    await expect
      .poll(() => page.locator(".respondent-name").count())
      .toBe(REQUEST_LIMITS.respondents);
    expect(await addRow.isDisabled()).toBe(true);

    await paste("Uno di troppo; Gruppo");
    await page.locator("#create").click();
    await expect
      .poll(() => page.locator('[data-field="respondents"]').textContent())
      .toBe(`Al massimo ${REQUEST_LIMITS.respondents} rispondenti.`);
    expect((await calls()).map((call) => call.name)).toEqual(["getState"]);
    await page.close();
  });

  it("checks pasted names against the length limits before sending", async () => {
    const { page, calls } = await openSidebar(browser, state());
    await page.locator("#client").fill("Rossi");
    await page.getByRole("button", { name: /Incolla/ }).click();
    await page.locator("#paste").fill(`${"x".repeat(REQUEST_LIMITS.respondentName + 1)}; Gruppo`);
    await page.locator("#paste ~ button").click();
    await page.locator("#create").click();
    await expect
      .poll(() => page.locator('[data-field="respondents.0.name"]').textContent())
      .toBe(`Al massimo ${REQUEST_LIMITS.respondentName} caratteri.`);
    expect((await calls()).map((call) => call.name)).toEqual(["getState"]);
    await page.close();
  });

  it("shows names from the spreadsheet as text, never as markup", async () => {
    const hostile = assessment({
      clientName: HOSTILE,
      respondents: [{ id: "r1", name: HOSTILE, group: HOSTILE, answered: 1, total: 4 }],
      issue: null,
    });
    const { page } = await openSidebar(browser, state({ assessments: [hostile] }), {
      getState: state({ assessments: [hostile], unreadable: [HOSTILE] }),
    });
    await page.locator("section.assessment h2").waitFor();
    expect(await page.locator("section.assessment h2").textContent()).toBe(HOSTILE);
    expect(await page.locator(".respondent-progress span").first().textContent()).toBe(
      `${HOSTILE} · ${HOSTILE}`,
    );
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    await page.close();
  });

  it("creates an assessment with what was typed and opens This file", async () => {
    const created = assessment({ clientName: "Bianchi" });
    const { page, calls } = await openSidebar(browser, state(), {
      createAssessment: { ok: true, value: created },
    });
    await page.locator("#client").fill("Bianchi");
    await page.locator(".respondent-name").fill("Anna");
    await page.locator(".respondent-group").fill("Direzione");
    await page.locator("#sheet-lang").selectOption("en");
    await page.locator("details.targets summary").click();
    await page.locator('input.target[data-area="a1"]').fill("3,5");
    await page.locator("#create").click();
    await page.locator(".notice").waitFor();
    expect((await calls())[1]).toEqual({
      name: "createAssessment",
      args: [
        {
          modelId: model.id,
          modelVersion: model.version,
          clientName: "Bianchi",
          lang: "en",
          respondents: [{ name: "Anna", group: "Direzione" }],
          targets: { a1: 3.5 },
          minGroupSize: 3,
          showRespondentScores: false,
        },
      ],
    });
    expect(await page.locator('[data-view="file"]').getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("section.assessment h2").textContent()).toBe("Bianchi");
    await page.close();
  });

  it("reads an area id such as constructor as the model's text, not as a property of every object", async () => {
    const odd = {
      ...model,
      areas: [
        {
          id: "constructor",
          name: { it: "Area costruttore", en: "Constructor area" },
          min: 1,
          max: 5,
        },
        ...model.areas,
      ],
    };
    const created = assessment({ clientName: "Verdi" });
    const { page, calls } = await openSidebar(browser, state({ models: [odd] }), {
      createAssessment: { ok: true, value: created },
    });
    await page.locator("#client").fill("Verdi");
    await page.locator(".respondent-name").fill("Anna");
    await page.locator("details.targets summary").click();
    const target = page.locator('input.target[data-area="constructor"]');
    expect(await target.inputValue()).toBe("");
    await page.locator('input.target[data-area="a1"]').fill("2");
    await page.locator("#create").click();
    await page.locator(".notice").waitFor();
    expect((await calls())[1]?.args).toEqual([
      expect.objectContaining({ clientName: "Verdi", targets: { a1: 2 } }),
    ]);
    await page.close();
  });

  it("keeps Targets open across redraws, and opens it on a target's error", async () => {
    const { page, calls } = await openSidebar(browser, state());
    await page.locator("details.targets summary").click();
    await page.locator('input.target[data-area="a1"]').fill("9");
    await page.locator("#create").click();
    const error = page.locator('[data-field="targets.a1"]');
    await expect.poll(() => error.textContent()).toBe("Inserite un numero da 1 a 5.");
    expect(await error.isVisible()).toBe(true);
    expect((await calls()).map((call) => call.name)).toEqual(["getState"]);
    // Closed by hand, it stays closed while the error is fixed elsewhere…
    await page.locator('input.target[data-area="a1"]').fill("4");
    await page.locator("details.targets summary").click();
    await page.locator("#client").fill("Rossi");
    await page.locator(".respondent-name").fill("Anna");
    await page.locator('[data-view="help"]').click();
    await page.locator('[data-view="new"]').click();
    // …until it is opened again, then it stays open when the view is drawn anew.
    expect(await page.locator("details.targets").getAttribute("open")).toBe(null);
    await page.locator("details.targets summary").click();
    await page.locator('[data-view="help"]').click();
    await page.locator('[data-view="new"]').click();
    expect(await page.locator('input.target[data-area="a1"]').inputValue()).toBe("4");
    expect(await page.locator('input.target[data-area="a1"]').isVisible()).toBe(true);
    await page.close();
  });

  it("puts the server's errors for added respondents beside the rows typed", async () => {
    const existing = assessment();
    const { page, calls } = await openSidebar(browser, state({ assessments: [existing] }), {
      addRespondents: { ok: false, errors: [{ field: "respondents.0.name", message: "Doppio." }] },
    });
    await page.locator('[data-key="add-as-1"]').click();
    const name = page.locator('[data-key="add.as-1.respondents-name-0"]');
    expect(await name.getAttribute("maxlength")).toBe(String(REQUEST_LIMITS.respondentName));
    await name.fill("Anna");
    await page.locator('[data-key="add-as-1"]').click();
    await expect
      .poll(() => page.locator('[data-field="add.as-1.respondents.0.name"]').textContent())
      .toBe("Doppio.");
    expect((await calls()).slice(-1)).toEqual([
      {
        name: "addRespondents",
        args: [{ assessmentId: "as-1", respondents: [{ name: "Anna", group: "" }] }],
      },
    ]);
    await page.locator('[data-key="cancel-as-1"]').click();
    expect(await page.locator(".respondent-name").count()).toBe(0);
    await page.close();
  });

  it("refuses model JSON past REQUEST_LIMITS.modelJson without sending it", async () => {
    const { page, calls } = await openSidebar(browser, state());
    await page.locator('[data-view="models"]').click();
    // Typed in the page: sending 2 MB through fill() costs seconds and tests nothing more.
    await page.locator("#import-json").evaluate((area: HTMLTextAreaElement, length: number) => {
      area.value = "x".repeat(length);
      area.dispatchEvent(new Event("input"));
    }, REQUEST_LIMITS.modelJson + 1);
    await page.locator("#import-model").click();
    await expect
      .poll(() => page.locator(".error-list").textContent())
      .toBe(`json Al massimo ${REQUEST_LIMITS.modelJson} caratteri.`);
    expect((await calls()).map((call) => call.name)).toEqual(["getState"]);
    await page.close();
  });

  it("draws every tab, in both languages", async () => {
    const { page } = await openSidebar(browser, state());
    for (const [view, marker] of [
      ["file", "p.secondary"],
      ["models", '[data-model="demo@1.0.0"]'],
      ["help", ".help p"],
      ["new", "#create"],
    ] as const) {
      await page.locator(`[data-view="${view}"]`).click();
      await page.locator(`.view[aria-busy=false] ${marker}`).first().waitFor();
      expect(await page.locator(`[data-view="${view}"]`).getAttribute("aria-selected")).toBe(
        "true",
      );
    }
    await page.locator("#ui-lang").selectOption("en");
    await expect.poll(() => page.locator('label[for="client"]').textContent()).toBe("Client name");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.close();
  });
});

describe("respondents' emails and the file's consultants", () => {
  it("sends each respondent's email and the fellow consultants with the new assessment", async () => {
    const created = assessment({ clientName: "Bianchi" });
    const { page, calls } = await openSidebar(browser, state({ consultants: ["bea@studio.it"] }), {
      createAssessment: { ok: true, value: created },
    });
    expect(await page.locator(".respondent-email").getAttribute("type")).toBe("email");
    expect(await page.locator(".respondent-email").getAttribute("autocomplete")).toBe("off");
    expect(await page.locator(".respondent-email").getAttribute("maxlength")).toBe(
      String(REQUEST_LIMITS.email),
    );
    await page.locator("#client").fill("Bianchi");
    await page.locator(".respondent-name").fill("Anna Rossi");
    await page.locator(".respondent-group").fill("Direzione");
    await page.locator(".respondent-email").fill("Anna.Rossi@Bianchi.it");
    await page.getByRole("button", { name: /Aggiungi rispondente/ }).click();
    await page.locator(".respondent-name").nth(1).fill("Bruno Verdi");
    await page.locator(".respondents summary").click();
    await page.locator("details.consultants summary").click();
    expect(await page.locator("details.consultants .hint").textContent()).toContain(
      "Già consulenti: bea@studio.it.",
    );
    await page.locator("#consultants").fill("carlo@studio.it,\nDario@Studio.it");
    await screenshot(page, "sidebar-new-emails.png");
    await page.locator("#create").click();
    await page.locator(".notice").waitFor();
    expect((await calls())[1]?.args).toEqual([
      expect.objectContaining({
        respondents: [
          { name: "Anna Rossi", group: "Direzione", email: "Anna.Rossi@Bianchi.it" },
          { name: "Bruno Verdi", group: "Direzione" },
        ],
        consultants: ["carlo@studio.it", "dario@studio.it"],
      }),
    ]);
    // The server added them to the team, which This file now shows.
    expect(await page.locator('[data-testid="team-list"] li').allTextContents()).toEqual([
      "bea@studio.it",
      "carlo@studio.it",
      "dario@studio.it",
    ]);
    await page.close();
  });

  it("shows a malformed or repeated email beside that row's email, without calling the server", async () => {
    const { page, calls } = await openSidebar(browser, state());
    await page.locator("#client").fill("Rossi");
    await page.getByRole("button", { name: /Incolla/ }).click();
    await page
      .locator("#paste")
      .fill("Anna; Dir; anna@rossi\nBruno; Dir; b@rossi.it\nCarla; Dir; B@Rossi.it");
    await page.locator("#paste ~ button").click();
    await page.locator("#create").click();
    const malformed = page.locator('[data-field="respondents.0.email"]');
    await expect
      .poll(() => malformed.textContent())
      .toBe("Non sembra un indirizzo email (nome@dominio.it).");
    expect(await page.locator('[data-field="respondents.2.email"]').textContent()).toBe(
      "b@rossi.it è già l'email di un altro rispondente: ogni persona risponde in una sola colonna.",
    );
    const email = page.locator('[data-key="respondents-email-0"]');
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await email.getAttribute("aria-describedby")).toBe(await malformed.getAttribute("id"));
    // The keyboard goes to the first field at fault.
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);
    expect((await calls()).map((call) => call.name)).toEqual(["getState"]);

    // A fellow consultant's address is checked too, and its section opens to show why.
    await page.locator('[data-key="respondents-email-0"]').fill("anna@rossi.it");
    await page.locator('[data-key="respondents-email-2"]').fill("");
    await page.locator("details.consultants summary").click();
    await page.locator("#consultants").fill("bea@studio.it\ncarlo");
    await page.locator("details.consultants summary").click();
    await page.locator("#create").click();
    await expect
      .poll(() => page.locator('[data-field="consultants"]').textContent())
      .toBe("carlo: Non sembra un indirizzo email (nome@dominio.it).");
    expect(await page.locator('[data-field="consultants"]').isVisible()).toBe(true);
    expect(await page.locator('[data-field^="respondents"]').count()).toBe(0);
    expect((await calls()).map((call) => call.name)).toEqual(["getState"]);
    await page.close();
  });

  it("puts the server's error on respondents.1.email beside the second row's email", async () => {
    const { page } = await openSidebar(browser, state(), {
      createAssessment: {
        ok: false,
        errors: [{ field: "respondents.1.email", message: "Già usata." }],
      },
    });
    await page.locator("#client").fill("Rossi");
    await page.getByRole("button", { name: /Incolla/ }).click();
    await page.locator("#paste").fill("Anna; Dir; anna@rossi.it\nBruno; Dir; bruno@rossi.it");
    await page.locator("#paste ~ button").click();
    await page.locator("#create").click();
    const error = page.locator('[data-field="respondents.1.email"]');
    await expect.poll(() => error.textContent()).toBe("Già usata.");
    // Right under the row whose email it is.
    expect(
      await error.evaluate(
        (element) =>
          element.previousElementSibling
            ?.querySelector(".respondent-email")
            ?.getAttribute("data-key") ?? null,
      ),
    ).toBe("respondents-email-1");
    expect(
      await page.locator('[data-key="respondents-email-1"]').getAttribute("aria-invalid"),
    ).toBe("true");
    expect(
      await page.locator('[data-key="respondents-email-0"]').getAttribute("aria-invalid"),
    ).toBe(null);
    await page.close();
  });

  it("sends an added respondent's email and shows the server's error on it", async () => {
    const { page, calls } = await openSidebar(browser, state({ assessments: [assessment()] }), {
      addRespondents: {
        ok: false,
        errors: [{ field: "respondents.0.email", message: "Già usata." }],
      },
    });
    await page.locator('[data-key="add-as-1"]').click();
    await page.locator('[data-key="add.as-1.respondents-name-0"]').fill("Bruno");
    await page.locator('[data-key="add.as-1.respondents-email-0"]').fill("bruno@rossi.it");
    await page.locator('[data-key="add-as-1"]').click();
    await expect
      .poll(() => page.locator('[data-field="add.as-1.respondents.0.email"]').textContent())
      .toBe("Già usata.");
    expect((await calls()).slice(-1)[0]?.args).toEqual([
      {
        assessmentId: "as-1",
        respondents: [{ name: "Bruno", group: "", email: "bruno@rossi.it" }],
      },
    ]);
    await page.close();
  });

  it("saves the file's consultants and shows the new list", async () => {
    const team = ["bea@studio.it", "carlo@studio.it"];
    const { page, calls } = await openSidebar(
      browser,
      state({ assessments: [assessment()], consultants: ["bea@studio.it"] }),
      { setConsultants: { ok: true, value: team } },
    );
    expect(await page.locator('[data-testid="team-list"] li').allTextContents()).toEqual([
      "bea@studio.it",
    ]);
    await page.locator("#team-edit").click();
    expect(await page.locator("#team").inputValue()).toBe("bea@studio.it");
    expect(await page.locator("#team").evaluate((area) => area === document.activeElement)).toBe(
      true,
    );
    await page.locator("#team").fill("bea@studio.it\nCarlo@Studio.it");
    await page.locator("#team-save").click();
    await expect
      .poll(() => page.locator('[data-testid="team-list"] li').allTextContents())
      .toEqual(team);
    expect(await page.locator(".team .saved").textContent()).toBe("Elenco dei consulenti salvato.");
    expect((await calls()).slice(-1)).toEqual([
      { name: "setConsultants", args: [{ consultants: team }] },
    ]);
    await screenshot(page, "sidebar-consultants.png");
    await page.close();
  });

  it("checks the consultants before saving, and shows the server's refusal beside the list", async () => {
    const refusal =
      "Only this file's consultants can change the consultants: you (eva@x.it) are not one of them.";
    const { page, calls } = await openSidebar(browser, state({ lang: "en" }), {
      setConsultants: { ok: false, errors: [{ field: "", message: refusal }] },
    });
    await page.locator('[data-view="file"]').click();
    await page.locator("#team-edit").click();
    await page.locator("#team").fill("bea@studio.it, carlo");
    await page.locator("#team-save").click();
    const error = page.locator('[data-field="team"]');
    await expect
      .poll(() => error.textContent())
      .toBe("carlo: This does not look like an email address (name@domain.com).");
    expect((await calls()).map((call) => call.name)).toEqual(["getState", "getState"]);

    await page.locator("#team").fill("bea@studio.it, carlo@studio.it");
    await page.locator("#team-save").click();
    await expect.poll(() => error.textContent()).toBe(refusal);
    expect(await page.locator("#team").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator('[data-testid="team-empty"]').count()).toBe(0);
    await page.setViewportSize({ width: 300, height: 800 });
    await page
      .locator("#app")
      .screenshot({ path: join(artifacts, "sidebar-consultants-error.png") });
    await page.close();
  });
});
