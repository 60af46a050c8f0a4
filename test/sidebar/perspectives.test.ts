/**
 * Perspectives and the Results options in the built sidebar page, against a scripted fake server:
 * each group typed gets a drop-down of the model's perspectives, an unmapped group is refused
 * beside its drop-down, the scores by respondent follow the groups until the consultant decides,
 * and the server's errors land beside their fields. A screenshot of New assessment with a
 * perspectives model, at the sidebar's 300 px, goes to test/artifacts/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MIN_GROUP_SIZE, REQUEST_LIMITS } from "../../src/core/contract/limits";
import { launchChromium } from "../browser/chromium";
import { assessment, model, openSidebar, perspectivesModel, state } from "./harness";

let browser: Browser;

const artifacts = join(import.meta.dirname, "../artifacts");
mkdirSync(artifacts, { recursive: true });

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const withPerspectives = () => state({ models: [perspectivesModel] });

/** What an assessment made from perspectivesModel says of its model. */
const madeFrom = {
  id: perspectivesModel.id,
  version: perspectivesModel.version,
  name: perspectivesModel.name,
};

/** The group names beside the drop-downs, and the perspective each shows. */
async function mapping(page: Page, scope = "form") {
  return page
    .locator(`${scope} .perspective-row`)
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector("label")?.textContent ?? "",
        row.querySelector("select")?.value ?? "",
      ]),
    );
}

/** Client, then one row per "Name; Group" through the paste box. */
async function typeAssessment(page: Page, list: string): Promise<void> {
  await page.locator("#client").fill("Rossi");
  await page.getByRole("button", { name: /Incolla/ }).click();
  await page.locator("#paste").fill(list);
  await page.locator("#paste ~ button").click();
}

const callNames = async (calls: () => Promise<{ name: string }[]>) =>
  (await calls()).map((call) => call.name);

describe("who answers from which perspective", () => {
  it("shows a drop-down per group typed, following the groups as they are typed", async () => {
    const { page } = await openSidebar(browser, withPerspectives());
    // A respondent without a group answers from a perspective too.
    expect(await mapping(page)).toEqual([["(senza gruppo)", ""]]);
    const firstGroup = page.locator('[data-key="respondents-group-0"]');
    await firstGroup.pressSequentially("Direzione");
    // Redrawn in place: the keyboard stayed in the group being typed.
    expect(await firstGroup.inputValue()).toBe("Direzione");
    expect(await firstGroup.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await mapping(page)).toEqual([["Direzione", ""]]);

    await page.getByRole("button", { name: /Aggiungi rispondente/ }).click();
    await page.locator('[data-key="respondents-group-1"]').fill("Clienti");
    // Only an exact name is taken for a perspective: Direzione waits for the consultant.
    expect(await mapping(page)).toEqual([
      ["Direzione", ""],
      ["Clienti", "customer"],
    ]);
    expect(
      await page.locator("select.perspective").first().locator("option").allTextContents(),
    ).toEqual(["Scegliete…", "Interna (direzione e collaboratori)", "Clienti"]);

    await firstGroup.fill("");
    expect(await mapping(page)).toEqual([
      ["(senza gruppo)", ""],
      ["Clienti", "customer"],
    ]);
    await page.close();
  });

  it("shows nothing of the kind for a model where everyone answers everything", async () => {
    const { page } = await openSidebar(browser, state({ models: [model] }));
    await page.locator(".respondent-group").fill("Clienti");
    expect(await page.locator(".perspectives").count()).toBe(0);
    await page.close();
  });

  it("refuses to send while a group has no perspective, with the error beside its drop-down", async () => {
    const { page, calls } = await openSidebar(browser, withPerspectives());
    await typeAssessment(page, "Anna; Direzione\nCarla; Clienti");
    await page.locator("#create").click();
    const error = page.locator('[data-field="groupPerspectives.Direzione"]');
    await expect
      .poll(() => error.textContent())
      .toBe("Scegliete da quale prospettiva risponde questo gruppo.");
    const select = page.locator('select[data-group="Direzione"]');
    expect(await select.getAttribute("aria-invalid")).toBe("true");
    expect(await select.getAttribute("aria-describedby")).toBe(await error.getAttribute("id"));
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('[data-field="groupPerspectives.Clienti"]').count()).toBe(0);
    expect(await callNames(calls)).toEqual(["getState"]);
    await page.close();
  });

  it("sends each group's perspective, the minimum group size and the scores setting", async () => {
    const { page, calls } = await openSidebar(browser, withPerspectives(), {
      createAssessment: { ok: true, value: assessment({ model: madeFrom }) },
    });
    await typeAssessment(page, "Anna; Direzione\nBruno; Direzione\nCarla; Clienti\nDario; Clienti");
    await page.locator('select[data-group="Direzione"]').selectOption("internal");
    await page.locator("details.results-options summary").click();
    await page.locator("#min-group-size").fill("4");
    await page.locator("#create").click();
    await page.locator(".notice").waitFor();
    expect((await calls())[1]?.args).toEqual([
      expect.objectContaining({
        modelId: "silos",
        groupPerspectives: { Direzione: "internal", Clienti: "customer" },
        minGroupSize: 4,
        showRespondentScores: false,
      }),
    ]);
    await page.close();
  });

  it("fits the sidebar's 300 px with two groups mapped and the Results options open", async () => {
    const { page } = await openSidebar(browser, withPerspectives());
    await page.setViewportSize({ width: 300, height: 800 });
    await typeAssessment(
      page,
      "Anna Rossi; Direzione\nBruno Verdi; Direzione\nCarla Neri; Clienti\nDario Bassi; Clienti",
    );
    await page.locator('select[data-group="Direzione"]').selectOption("internal");
    await page.locator("details.results-options summary").click();
    // Every control ends inside the sidebar: nothing is cut off at its right edge.
    const overflowing = await page.evaluate(() => {
      const edge = document.getElementById("app")?.getBoundingClientRect().right ?? 0;
      return [...document.querySelectorAll("#app form *")]
        .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
        .map((element) => element.outerHTML.slice(0, 60));
    });
    expect(overflowing).toEqual([]);
    // A screenshot changes the page's scroll state: taken in a test of its own, after the checks.
    await page.locator("#app").screenshot({ path: join(artifacts, "sidebar-perspectives.png") });
    await page.close();
  });

  it("puts the server's errors beside the group, the drop-down and the minimum size", async () => {
    const { page } = await openSidebar(browser, withPerspectives(), {
      createAssessment: {
        ok: false,
        errors: [
          { field: "respondents.1.group", message: "Gruppo senza prospettiva." },
          { field: "groupPerspectives.Clienti", message: "Prospettiva sconosciuta." },
          { field: "minGroupSize", message: "Al massimo 20." },
        ],
      },
    });
    await typeAssessment(page, "Anna; Direzione\nCarla; Clienti");
    await page.locator('select[data-group="Direzione"]').selectOption("internal");
    await page.locator("#create").click();

    const group = page.locator('[data-field="respondents.1.group"]');
    await expect.poll(() => group.textContent()).toBe("Gruppo senza prospettiva.");
    expect(
      await group.evaluate(
        (element) =>
          element.previousElementSibling
            ?.querySelector(".respondent-group")
            ?.getAttribute("data-key") ?? null,
      ),
    ).toBe("respondents-group-1");

    const perspective = page.locator('[data-field="groupPerspectives.Clienti"]');
    expect(await perspective.textContent()).toBe("Prospettiva sconosciuta.");
    expect(
      await perspective.evaluate(
        (element) => element.previousElementSibling?.querySelector("select")?.dataset.group ?? null,
      ),
    ).toBe("Clienti");

    // Inside the folded Results options, which open to show it.
    const size = page.locator("details.results-options [data-field=minGroupSize]");
    expect(await size.textContent()).toBe("Al massimo 20.");
    expect(await size.isVisible()).toBe(true);
    expect(await page.locator("#min-group-size").getAttribute("aria-invalid")).toBe("true");
    await page.close();
  });
});

describe("the Results options", () => {
  it("start at the server's minimum group size, folded, with the reason for it", async () => {
    const { page } = await openSidebar(browser, state());
    const details = page.locator("details.results-options");
    expect(await details.getAttribute("open")).toBe(null);
    await details.locator("summary").click();
    expect(await page.locator("#min-group-size").inputValue()).toBe(String(DEFAULT_MIN_GROUP_SIZE));
    expect(await page.locator("#min-group-size").getAttribute("max")).toBe(
      String(REQUEST_LIMITS.minGroupSize),
    );
    expect(await details.locator(".hint").first().textContent()).toBe(
      "Un gruppo più piccolo non compare da solo nei risultati: potrebbe rivelare le risposte dei singoli.",
    );
    await page.close();
  });

  it("show scores by respondent until a group is typed, and follow the consultant once touched", async () => {
    const { page, calls } = await openSidebar(browser, state(), {
      createAssessment: { ok: true, value: assessment() },
    });
    await page.locator("details.results-options summary").click();
    const checkbox = page.locator("#show-scores");
    const reason = page.locator('[data-testid="scores-hidden"]');
    const group = page.locator(".respondent-group");
    expect(await checkbox.isChecked()).toBe(true);
    expect(await reason.count()).toBe(0);

    await group.fill("Direzione");
    expect(await checkbox.isChecked()).toBe(false);
    expect(await reason.textContent()).toBe(
      "I risultati sono visibili a chiunque possa aprire il file: i punteggi dei singoli restano nascosti.",
    );
    await group.fill("");
    expect(await checkbox.isChecked()).toBe(true);

    // Touched, it stays as the consultant left it, whatever the groups.
    await checkbox.uncheck();
    expect(await reason.count()).toBe(1);
    await group.fill("Direzione");
    await group.fill("");
    expect(await checkbox.isChecked()).toBe(false);

    await page.locator("#client").fill("Rossi");
    await page.locator(".respondent-name").fill("Anna");
    await page.locator("#create").click();
    await page.locator(".notice").waitFor();
    expect((await calls())[1]?.args).toEqual([
      expect.objectContaining({ minGroupSize: 3, showRespondentScores: false }),
    ]);
    await page.close();
  });

  it("send the scores by respondent when nobody has a group", async () => {
    const { page, calls } = await openSidebar(browser, state(), {
      createAssessment: { ok: true, value: assessment() },
    });
    await page.locator("#client").fill("Rossi");
    await page.locator(".respondent-name").fill("Anna");
    await page.locator("#create").click();
    await page.locator(".notice").waitFor();
    expect((await calls())[1]?.args).toEqual([
      expect.objectContaining({ minGroupSize: 3, showRespondentScores: true }),
    ]);
    await page.close();
  });

  it("refuse a minimum group size the server would refuse, opening to show why", async () => {
    const { page, calls } = await openSidebar(browser, state());
    await page.locator("#client").fill("Rossi");
    await page.locator(".respondent-name").fill("Anna");
    await page.locator("details.results-options summary").click();
    const error = page.locator('[data-field="minGroupSize"]');
    for (const [typed, message] of [
      ["0", "Almeno 1."],
      ["2.5", "Inserite un numero intero."],
      [String(REQUEST_LIMITS.minGroupSize + 1), `Al massimo ${REQUEST_LIMITS.minGroupSize}.`],
      ["", "Campo obbligatorio."],
    ]) {
      await page.locator("#min-group-size").fill(typed ?? "");
      await page.locator("#create").click();
      await expect.poll(() => error.textContent()).toBe(message);
    }
    await page.locator("details.results-options summary").click();
    await page.locator("#create").click();
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await callNames(calls)).toEqual(["getState"]);
    await page.close();
  });
});

describe("adding respondents to an assessment with perspectives", () => {
  const existing = assessment({
    model: madeFrom,
    respondents: [{ id: "r1", name: "Anna", group: "Direzione", answered: 2, total: 4 }],
  });

  it("asks the perspective of a group the assessment does not have yet, and sends it", async () => {
    const { page, calls } = await openSidebar(
      browser,
      state({ models: [perspectivesModel], assessments: [existing] }),
      {
        addRespondents: {
          ok: false,
          errors: [{ field: "groupPerspectives.Fornitori", message: "Prospettiva sconosciuta." }],
        },
      },
    );
    await page.locator('[data-key="add-as-1"]').click();
    await page.locator('[data-key="add.as-1.respondents-name-0"]').fill("Bruno");
    const group = page.locator('[data-key="add.as-1.respondents-group-0"]');
    // A group the assessment has already answers from its perspective.
    await group.fill("Direzione");
    expect(await page.locator(".assessment .perspectives").count()).toBe(0);
    await group.fill("Fornitori");
    expect(await mapping(page, ".assessment")).toEqual([["Fornitori", ""]]);

    await page.locator('[data-key="add-as-1"]').click();
    const error = page.locator('[data-field="add.as-1.groupPerspectives.Fornitori"]');
    await expect
      .poll(() => error.textContent())
      .toBe("Scegliete da quale prospettiva risponde questo gruppo.");
    expect(await callNames(calls)).toEqual(["getState"]);

    await page.locator('.assessment select[data-group="Fornitori"]').selectOption("customer");
    await page.locator('[data-key="add-as-1"]').click();
    await expect.poll(() => error.textContent()).toBe("Prospettiva sconosciuta.");
    expect((await calls()).slice(-1)).toEqual([
      {
        name: "addRespondents",
        args: [
          {
            assessmentId: "as-1",
            respondents: [{ name: "Bruno", group: "Fornitori" }],
            groupPerspectives: { Fornitori: "customer" },
          },
        ],
      },
    ]);
    await page.close();
  });

  it("sends no perspectives when every group added is one the assessment has", async () => {
    const { page, calls } = await openSidebar(
      browser,
      state({ models: [perspectivesModel], assessments: [existing] }),
      { addRespondents: { ok: true, value: existing } },
    );
    await page.locator('[data-key="add-as-1"]').click();
    await page.locator('[data-key="add.as-1.respondents-name-0"]').fill("Bruno");
    await page.locator('[data-key="add.as-1.respondents-group-0"]').fill(" Direzione ");
    await page.locator('[data-key="add-as-1"]').click();
    await expect.poll(async () => (await calls()).length).toBe(2);
    expect((await calls())[1]?.args).toEqual([
      { assessmentId: "as-1", respondents: [{ name: "Bruno", group: " Direzione " }] },
    ]);
    await page.close();
  });
});
