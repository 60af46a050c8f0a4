/**
 * The whole add-on in a real browser: the workbench page with the real sidebar, driven as a
 * consultant and a client would. Screenshots of the key screens go to test/artifacts/.
 *
 * One built-in model (cx-maturity) goes the whole way here, answered through the cells' dropdowns;
 * test/bundle/e2e.test.ts takes every built-in model the same way through dist/Code.js, without a
 * browser. Each test starts from a fresh workbook and a freshly loaded page.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { questionnaireLayout } from "../../src/core/layout/questionnaire";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model } from "../../src/core/model/schema";
import type { EditResult } from "../../src/memory-sheets";
import { startWorkbench, type Workbench } from "../../workbench/server";
import {
  answerLabels,
  middleScore,
  questionRows,
  RESPONDENTS,
  shownNumber,
} from "../support/questionnaire";
import { launchChromium } from "./chromium";

const artifacts = join(import.meta.dirname, "../artifacts");
mkdirSync(artifacts, { recursive: true });

let browser: Browser;
let workbench: Workbench;
let page: Page;
let sidebar: FrameLocator;
/** What the page tried to show in alert/confirm/prompt dialogs during the current test. */
let dialogs: string[] = [];

beforeAll(async () => {
  [browser, workbench] = await Promise.all([launchChromium(), startWorkbench()]);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  sidebar = page.frameLocator("#sidebar");
}, 60_000);

// A fresh workbook and a freshly loaded page for every test, so each passes on its own. The same
// tab is loaded again rather than a new one opened: much cheaper for Chromium on a busy machine.
// Leaving it first stops the last test's page from sending anything to the new workbook.
beforeEach(async () => {
  await page.goto("about:blank");
  workbench.reset();
  dialogs = [];
  await page.goto(workbench.url);
  await sidebar.locator("#create").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
});

async function createAssessment(
  modelId: string,
  client: string,
  respondents: readonly (readonly [string, string])[],
) {
  await sidebar.locator('[data-view="new"]').click();
  await sidebar.locator("#model").selectOption(`${modelId}@2.0.0`);
  await sidebar.locator("#client").fill(client);
  for (let i = 1; i < respondents.length; i++) {
    await sidebar.getByRole("button", { name: /Aggiungi rispondente|Add respondent/ }).click();
  }
  const names = sidebar.locator(".respondent-name");
  const groups = sidebar.locator(".respondent-group");
  for (const [i, [name, group]] of respondents.entries()) {
    await names.nth(i).fill(name);
    await groups.nth(i).fill(group);
  }
  await sidebar.locator("#create").click();
  await sidebar.locator(".notice").waitFor();
}

/** Answers every question of the shown questionnaire through the cells' dropdowns. */
async function answerAll(model: Model, column: string, pick: (index: number) => string) {
  const rows = await page
    .locator("table.grid tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector("th")?.textContent ?? "",
        tr.querySelectorAll("td")[0]?.textContent ?? "",
      ]),
    );
  const questionIds = new Set(model.questions.map((question) => question.id));
  let index = 0;
  for (const [row, id] of rows) {
    if (!questionIds.has(id ?? "")) continue;
    const select = page.locator(`select[data-cell="${column}${row}"]`);
    await select.selectOption(pick(index));
    await expect
      .poll(() => page.locator(`select[data-cell="${column}${row}"]`).inputValue())
      .toBe(pick(index));
    index += 1;
  }
  return index;
}

async function showSheet(name: string) {
  await page.locator(`#tabs button[data-sheet="${name}"]`).click();
  await page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
}

async function cellRow(firstCell: string): Promise<string[]> {
  return page
    .locator("table.grid tr")
    .evaluateAll(
      (trs, text) =>
        trs
          .map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
          .find((cells) => cells[0] === text) ?? [],
      firstCell,
    );
}

/**
 * Types one column of answers straight into the workbook through the workbench's bulk edit (the
 * same protection and validation as a person's edit), where the browser is not what is tested.
 */
async function answerInBulk(sheet: string, column: string, rows: number[], value: string) {
  const response = await fetch(new URL("/api/edits", workbench.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ edits: rows.map((row) => ({ sheet, a1: `${column}${row}`, value })) }),
  });
  const results = (await response.json()) as EditResult[];
  expect(results).toEqual(rows.map(() => ({ ok: true, warnings: [] })));
}

describe("the workbench in Chromium", () => {
  it("creates, answers and scores cx-maturity from the sidebar", async () => {
    const model = builtinModels["cx-maturity"];
    if (model === undefined) throw new Error("cx-maturity is not a built-in model");
    const client = `Cliente ${model.id}`;
    const sheet = `Questionario · ${client}`;
    await createAssessment(model.id, client, RESPONDENTS);
    await expect
      .poll(() => page.locator("#tabs button[aria-selected=true]").textContent())
      .toBe(sheet);
    const { top, bottom } = answerLabels(model);
    // Carlo's column is typed in bulk first; Anna answers through the dropdowns, and the page
    // refreshes after each of her edits, so it shows both.
    const rows = questionRows(workbench.sandbox.workbook, sheet, model);
    await answerInBulk(sheet, "E", rows, bottom);
    const answered = await answerAll(model, "D", () => top);
    expect(answered).toBe(model.questions.length);
    // Carlo's answers show in his dropdowns too.
    const carlosCells = rows.map((row) => `E${row}`);
    await expect
      .poll(() =>
        page.evaluate(
          (cells) =>
            cells.map(
              (a1) =>
                document.querySelector<HTMLSelectElement>(`select[data-cell="${a1}"]`)?.value ??
                null,
            ),
          carlosCells,
        ),
      )
      .toEqual(carlosCells.map(() => bottom));
    // The progress formula each respondent sees counts their answers.
    const { progressRow } = questionnaireLayout(model, RESPONDENTS.length);
    for (const column of ["D", "E"]) {
      await expect
        .poll(() => page.locator(`td[data-cell="${column}${progressRow}"]`).textContent())
        .toBe(String(model.questions.length));
    }
    await page.screenshot({ path: join(artifacts, "questionnaire.png") });

    const card = sidebar.locator(`section.assessment[aria-label="${client}"]`);
    await card.locator("button.score").click();
    await expect
      .poll(() => card.locator('[data-testid="overall-score"]').textContent())
      .not.toBeNull();
    const overall = (await card.locator('[data-testid="overall-score"]').textContent()) ?? "";
    // Anna answers the top option everywhere, Carlo the bottom one: everyone's mean is the middle.
    const middle = middleScore(model);
    expect(shownNumber(overall)).toBeCloseTo(middle, 1);
    await expect
      .poll(() => card.locator(".respondent-progress").first().textContent())
      .toContain(`${model.questions.length} di ${model.questions.length}`);

    await showSheet(`Risultati · ${client}`);
    const row = await cellRow("Punteggio complessivo");
    expect(shownNumber(row[1] ?? "")).toBeCloseTo(middle, 1);
    expect(await page.locator(".chart").count()).toBe(2);
    await page.screenshot({ path: join(artifacts, "results.png"), fullPage: false });
    await sidebar.locator("body").screenshot({ path: join(artifacts, "sidebar-file.png") });
    // One person's 44 dropdowns, each followed by a page refresh: longer than the default 30 s
    // when the machine is busy.
  }, 120_000);

  it("shows a validation error beside the field, in the user's language", async () => {
    await sidebar.locator('[data-view="new"]').click();
    await sidebar.locator("#client").fill("");
    await sidebar.locator("#create").click();
    await expect
      .poll(() => sidebar.locator('[data-field="clientName"]').textContent())
      .toBe("Campo obbligatorio.");
    await expect.poll(() => sidebar.locator("#client").getAttribute("aria-invalid")).toBe("true");
    await sidebar.locator("body").screenshot({ path: join(artifacts, "sidebar-error.png") });
  });

  it("reports a server-side error (a duplicate respondent) next to the respondent", async () => {
    await createAssessmentExpectingError();
    await expect
      .poll(() => sidebar.locator('[data-field="respondents.1.name"]').textContent())
      .toContain("compare più volte");
  });

  it("moves between the sidebar's tabs with the arrow keys", async () => {
    await sidebar.locator('[data-view="new"]').click();
    await sidebar.locator('[data-view="new"]').press("ArrowRight");
    await expect
      .poll(() => sidebar.locator('[data-view="file"]').getAttribute("aria-selected"))
      .toBe("true");
    await sidebar.locator('[data-view="file"]').press("ArrowLeft");
    await expect
      .poll(() => sidebar.locator('[data-view="new"]').getAttribute("aria-selected"))
      .toBe("true");
    await expect
      .poll(() =>
        sidebar.locator('[data-view="new"]').evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
  });

  it("switches the sidebar to English and back", async () => {
    await sidebar.locator("#ui-lang").selectOption("en");
    await expect.poll(() => sidebar.locator('[data-view="new"]').textContent()).toBe("New");
    await expect
      .poll(() => sidebar.locator('label[for="client"]').textContent())
      .toBe("Client name");
    await sidebar.locator("#ui-lang").selectOption("it");
    await expect.poll(() => sidebar.locator('[data-view="new"]').textContent()).toBe("Nuova");
  });

  it("renders a client name made of HTML as text, everywhere", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    await createAssessment("cx-360-selfcheck", hostile, [["<b>Eve</b>", "<script>x</script>"]]);
    await expect
      .poll(() => sidebar.locator("section.assessment h2").first().textContent())
      .toBe(hostile);
    // Wait for the workbook view to show the new questionnaire, then look for injected markup.
    await page.locator(`table.grid[data-sheet="Questionario · ${hostile}"]`).waitFor();
    await expect.poll(() => page.locator("table.grid").textContent()).toContain(hostile);
    expect(await sidebar.locator("section.assessment img").count()).toBe(0);
    expect(await page.locator("table.grid img, table.grid script").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
  it("takes a respondent's email, then names the file's consultants and keeps them", async () => {
    await sidebar.locator("#client").fill("Team");
    await sidebar.locator(".respondent-name").fill("Anna");
    await sidebar.locator(".respondent-email").fill("Anna@Rossi.it");
    await sidebar.locator("#create").click();
    await sidebar.locator(".notice").waitFor();
    await sidebar.locator("#team-edit").click();
    await sidebar.locator("#team").fill("Bea@Studio.it, carlo@studio.it");
    await sidebar.locator("#team-save").click();
    const team = sidebar.locator('[data-testid="team-list"] li');
    await expect.poll(() => team.allTextContents()).toEqual(["bea@studio.it", "carlo@studio.it"]);
    // Read back from the workbook, not from what the sidebar sent.
    await page.reload();
    await sidebar.locator(".view[aria-busy=false] #team-edit").waitFor();
    await expect.poll(() => team.allTextContents()).toEqual(["bea@studio.it", "carlo@studio.it"]);
    await sidebar.locator("body").screenshot({ path: join(artifacts, "sidebar-team.png") });
  });
});

async function createAssessmentExpectingError() {
  await sidebar.locator('[data-view="new"]').click();
  await sidebar.locator("#client").fill("Doppioni");
  const names = sidebar.locator(".respondent-name");
  while ((await names.count()) < 2)
    await sidebar.getByRole("button", { name: /Aggiungi rispondente/ }).click();
  await names.nth(0).fill("Anna");
  await names.nth(1).fill("anna");
  await sidebar.locator("#create").click();
}

describe("consultants' own models in Chromium", () => {
  async function typeInto(a1: string, value: string) {
    await page.locator(`table.grid td[data-cell="${a1}"]`).dblclick();
    const input = page.locator(`table.grid td[data-cell="${a1}"] input`);
    await input.fill(value);
    await input.press("Enter");
    await expect
      .poll(() => page.locator(`table.grid td[data-cell="${a1}"]`).textContent())
      .toBe(value);
  }

  async function rowNumber(first: string, after: string): Promise<number> {
    return page.locator("table.grid tr").evaluateAll(
      (trs, [firstCell, section]) => {
        const rows = trs.map((tr) => [
          tr.querySelector("th")?.textContent ?? "",
          tr.querySelectorAll("td")[0]?.textContent ?? "",
        ]);
        const start = rows.findIndex((row) => row[1] === section);
        return Number(rows.find((row, i) => i > start && row[1] === firstCell)?.[0] ?? 0);
      },
      [first, after] as const,
    );
  }

  it("copies a model to a sheet, shows errors with their cells, and offers the checked new version", async () => {
    await sidebar.locator('[data-view="models"]').click();
    await sidebar.locator('[data-model="cx-100@2.0.0"] button.copy-model').click();
    await sidebar.locator(".notice").waitFor();
    // The workbook view follows the add-on to the new sheet once it has refreshed.
    const selectedTab = () => page.locator("#tabs button[aria-selected=true]").textContent();
    await expect.poll(selectedTab).toMatch(/^Modello · /);
    const draftName = (await selectedTab()) ?? "";
    await page.locator(`table.grid[data-sheet="${draftName}"]`).waitFor();
    await page.screenshot({ path: join(artifacts, "model-sheet.png") });
    const question = await rowNumber("strat-2", "#questions");
    await typeInto(`F${question}`, "pesante");
    await sidebar.locator(`.draft[data-sheet="${draftName}"] button.check-model`).click();
    await expect.poll(() => sidebar.locator(".error-list").textContent()).toContain(`F${question}`);
    expect(await sidebar.locator(".error-list").textContent()).toContain("deve essere un numero");
    await sidebar.locator("body").screenshot({ path: join(artifacts, "sidebar-model-errors.png") });

    await typeInto(`F${question}`, "2");
    await sidebar.locator(`.draft[data-sheet="${draftName}"] button.check-model`).click();
    // Changed content under the built-in's id: the check asks for an id of one's own.
    await expect
      .poll(() => sidebar.locator(".error-list").textContent())
      .toContain("cx-100-custom");
    await typeInto(`B${await rowNumber("id", "#model")}`, "cx-100-acme");
    await sidebar.locator(`.draft[data-sheet="${draftName}"] button.check-model`).click();
    await expect
      .poll(() => sidebar.locator(".notice").textContent())
      .toContain("v2.0.0 è disponibile");
    await sidebar.locator('[data-view="new"]').click();
    expect(await sidebar.locator('#model option[value="cx-100-acme@2.0.0"]').count()).toBe(1);
  });

  it("exports a model as JSON and imports an edited copy", async () => {
    await sidebar.locator('[data-view="models"]').click();
    await sidebar.locator('[data-model="beyond-silos@2.0.0"] button.export-model').click();
    const output = sidebar.locator('[data-model="beyond-silos@2.0.0"] textarea.json-output');
    await output.waitFor();
    const model = JSON.parse(await output.inputValue()) as {
      id: string;
      name: { it: string; en: string };
    };
    expect(model.id).toBe("beyond-silos");
    model.id = "beyond-silos-banca";
    model.name = { it: "Oltre i silos (banca)", en: "Beyond silos (bank)" };
    await sidebar.locator("#import-json").fill("{ broken");
    await sidebar.locator("#import-model").click();
    await expect
      .poll(() => sidebar.locator(".error-list").textContent())
      .toContain("Il testo non è un JSON valido");
    await sidebar.locator("#import-json").fill(JSON.stringify(model));
    await sidebar.locator("#import-model").click();
    await expect
      .poll(() => sidebar.locator(".notice").textContent())
      .toContain("Oltre i silos (banca)");
    expect(await sidebar.locator('[data-model="beyond-silos-banca@2.0.0"]').count()).toBe(1);
  });
});
