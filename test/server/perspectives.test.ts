/**
 * beyond-silos end to end: management and customers answer from their perspectives; the Results
 * lead with the two perspectives side by side and the perception gap area by area. Bad mappings
 * are refused at their field, writing nothing.
 */
import { describe, expect, it } from "vitest";
import { isAsked } from "../../src/core/assessment/assessment";
import type { CreateRequest } from "../../src/core/contract/contract";
import { builtinModels } from "../../src/core/model/builtin";
import type { Model, Perspective } from "../../src/core/model/schema";
import type { MemoryWorkbook } from "../../src/memory-sheets";
import { createAssessment, getState, scoreAssessment } from "../../src/server/api";
import { addRespondents } from "../../src/server/respondents-api";
import { installAppsScript } from "../support/apps-script";
import { ok } from "../support/outcome";

const silos = builtinModels["beyond-silos"] as Model;
function twoPerspectives(model: Model): readonly [Perspective, Perspective] {
  const [first, second] = model.perspectives ?? [];
  if (first === undefined || second === undefined) throw new Error(`${model.id}: no perspectives`);
  return [first, second];
}
const [INTERNAL, CUSTOMER] = twoPerspectives(silos);
const QUESTIONNAIRE = "Questionario · Acme";
const RESULTS = "Risultati · Acme";

const people = (group: string, names: string[]) => names.map((name) => ({ name, group }));

function request(overrides: Partial<CreateRequest> = {}): CreateRequest {
  return {
    modelId: "beyond-silos",
    clientName: "Acme",
    lang: "it",
    respondents: [
      ...people("Direzione", ["Anna", "Bruno", "Carla"]),
      ...people("Clienti", ["Dario", "Elena", "Franco"]),
    ],
    groupPerspectives: { Direzione: INTERNAL.id, Clienti: CUSTOMER.id },
    ...overrides,
  };
}

/** The label of the option with the given value on a question's scale. */
function label(value: number): string {
  const option = silos.scales[0]?.options.find((candidate) => candidate.value === value);
  return option?.label.it ?? "";
}

/**
 * Management rate every statement at its best (5, or 1 where reverse-scored), customers at its
 * worst: every area is 5 for management and 1 for customers, a gap of 4 wherever both are asked.
 */
function answerAll(workbook: MemoryWorkbook) {
  const rows = new Map(workbook.values(QUESTIONNAIRE).map((row, index) => [row[0], index + 1]));
  for (const question of silos.questions) {
    const row = rows.get(question.id);
    for (const [column, perspective, best] of [
      ["D", INTERNAL.id, true],
      ["E", INTERNAL.id, true],
      ["F", INTERNAL.id, true],
      ["G", CUSTOMER.id, false],
      ["H", CUSTOMER.id, false],
      ["I", CUSTOMER.id, false],
    ] as const) {
      const cell = `${column}${row}`;
      if (!isAsked(question, perspective)) {
        expect(workbook.values(QUESTIONNAIRE, cell), cell).toEqual([["—"]]);
        continue;
      }
      const high = best !== question.reverse;
      const edit = workbook.userEdit(QUESTIONNAIRE, cell, label(high ? 5 : 1));
      if (!edit.ok) throw new Error(`${cell}: ${edit.message}`);
    }
  }
}

const text = (workbook: MemoryWorkbook, sheet: string) =>
  workbook.values(sheet).map((row) => row.map((cell) => (cell === null ? "" : String(cell))));

describe("beyond-silos with management and customers", () => {
  it("leads the Results with both perspectives and the perception gap, area by area", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    answerAll(workbook);
    const scored = ok(scoreAssessment({ assessmentId: created.id }));
    const asked = (perspective: string) =>
      silos.questions.filter((question) => isAsked(question, perspective)).length;
    expect(scored.respondents?.map((r) => [r.name, r.answered, r.total])).toEqual([
      ["Anna", asked(INTERNAL.id), asked(INTERNAL.id)],
      ["Bruno", asked(INTERNAL.id), asked(INTERNAL.id)],
      ["Carla", asked(INTERNAL.id), asked(INTERNAL.id)],
      ["Dario", asked(CUSTOMER.id), asked(CUSTOMER.id)],
      ["Elena", asked(CUSTOMER.id), asked(CUSTOMER.id)],
      ["Franco", asked(CUSTOMER.id), asked(CUSTOMER.id)],
    ]);
    // The assessment's own figure is management's, never one pooled with the customers'.
    expect(scored.lastScore?.overall).toBe(5);

    const grid = text(workbook, RESULTS);
    const rowOf = (first: string, from = 0) =>
      grid.findIndex((row, index) => index >= from && row[0] === first);
    // The Results lead with each perspective's overall and band, side by side, then the gap.
    const headline = rowOf(`Punteggio complessivo · ${INTERNAL.name.it}`);
    const customers = rowOf(`Punteggio complessivo · ${CUSTOMER.name.it}`);
    const gaps = rowOf("Divario di percezione per area");
    expect(headline).toBe(grid.findIndex((row) => row[0]?.startsWith("Punteggio complessivo")));
    expect(customers).toBe(headline + 1);
    expect(grid[headline]?.slice(1, 2)).toEqual(["5"]);
    expect(grid[customers]?.slice(1, 2)).toEqual(["1"]);
    expect(gaps).toBeGreaterThan(customers);
    // Each perspective's overall with its n, among the sets.
    const sets = rowOf("Complessivo per gruppo");
    expect(grid[rowOf(INTERNAL.name.it, sets)]?.slice(1, 3)).toEqual(["5", "3"]);
    expect(grid[rowOf(CUSTOMER.name.it, sets)]?.slice(1, 3)).toEqual(["1", "3"]);
    // The gap per area as a number, with its sign in words; an area customers are not asked
    // about has no gap, and says why.
    for (const area of silos.areas) {
      const row = grid[rowOf(area.name.it, gaps)] ?? [];
      const customersAsked = silos.questions.some(
        (question) => question.area === area.id && isAsked(question, CUSTOMER.id),
      );
      if (customersAsked) {
        expect(row.slice(1, 6), area.id).toEqual(["5", "3", "1", "3", "4"]);
        expect(row[6]).toBe(`«${INTERNAL.name.it}»: 4 punti sopra «${CUSTOMER.name.it}»`);
      } else {
        expect(row.slice(1, 6), area.id).toEqual(["5", "3", "", "", ""]);
        expect(row[6]).toBe("Non chiesto a questa prospettiva");
      }
    }
    expect(grid.some((row) => row[0] === "Tutti")).toBe(false);
    // Scores by respondent are not listed: there are groups, and the file is shared.
    expect(grid.flat().join("\n")).toContain("Non mostrati: ci sono gruppi");
    expect(workbook.sheet(RESULTS).charts).toHaveLength(3);
  });

  it("refuses unmapped groups and unknown perspectives at their fields, writing nothing", () => {
    const { workbook } = installAppsScript();
    const sheets = workbook.sheetNames;
    const unmapped = createAssessment(request({ groupPerspectives: {} }));
    expect(unmapped.ok ? [] : unmapped.errors.map((error) => error.field)).toEqual([
      "respondents.0.group",
      "respondents.3.group",
    ]);
    const unknown = createAssessment(
      request({ groupPerspectives: { Direzione: INTERNAL.id, Clienti: "partners" } }),
    );
    expect(unknown.ok ? [] : unknown.errors).toEqual([
      { field: "groupPerspectives.Clienti", message: "Prospettiva sconosciuta: «partners»." },
    ]);
    const ungrouped = createAssessment(
      request({ respondents: [{ name: "Anna", group: "" }], groupPerspectives: {} }),
    );
    expect(ungrouped.ok ? "" : ungrouped.errors[0]?.message).toBe(
      `Dite da quale prospettiva rispondono i rispondenti senza gruppo (${INTERNAL.name.it}, ${CUSTOMER.name.it}).`,
    );
    expect(workbook.sheetNames).toEqual(sheets);
  });

  it("asks a group new to the assessment for its perspective when respondents are added", () => {
    const { workbook } = installAppsScript();
    const created = ok(createAssessment(request()));
    const partners = [{ name: "Gino", group: "Partner" }];
    const refused = addRespondents({ assessmentId: created.id, respondents: partners });
    expect(refused.ok ? [] : refused.errors.map((error) => error.field)).toEqual([
      "respondents.0.group",
    ]);
    // A group's perspective cannot change once its respondents answer from it.
    const moved = addRespondents({
      assessmentId: created.id,
      respondents: [{ name: "Ugo", group: "Clienti" }],
      groupPerspectives: { Clienti: INTERNAL.id },
    });
    expect(moved.ok ? [] : moved.errors.map((error) => error.field)).toEqual([
      "groupPerspectives.Clienti",
    ]);
    // A group the assessment has already answers from its perspective without being asked again.
    ok(
      addRespondents({
        assessmentId: created.id,
        respondents: [{ name: "Ugo", group: "Clienti" }],
      }),
    );
    ok(
      addRespondents({
        assessmentId: created.id,
        respondents: partners,
        groupPerspectives: { Partner: CUSTOMER.id },
      }),
    );
    const header = workbook.values(QUESTIONNAIRE).findIndex((row) => row[0] === "ID") + 1;
    expect(workbook.values(QUESTIONNAIRE, `J${header}:K${header}`)).toEqual([["Ugo", "Gino"]]);
    // Both are asked only the customers' questions.
    const internalOnly = silos.questions.find((question) => !isAsked(question, CUSTOMER.id));
    const row = workbook.values(QUESTIONNAIRE).findIndex((r) => r[0] === internalOnly?.id) + 1;
    expect(workbook.values(QUESTIONNAIRE, `J${row}:K${row}`)).toEqual([["—", "—"]]);
    const progress = getState().assessments[0]?.respondents?.map((r) => r.total);
    expect(progress?.slice(-2)).toEqual([
      silos.questions.filter((question) => isAsked(question, CUSTOMER.id)).length,
      silos.questions.filter((question) => isAsked(question, CUSTOMER.id)).length,
    ]);
  });
});
