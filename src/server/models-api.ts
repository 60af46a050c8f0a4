/**
 * Consultants' own models: copy a model into an editable sheet, check the sheet, export and import
 * JSON. A valid model joins this file's library under its id and version; a version already used
 * keeps its content, so questionnaires made from it always score the same.
 */
import {
  CheckModelRequestSchema,
  type DraftSummary,
  type FieldError,
  ImportModelRequestSchema,
  ModelRequestSchema,
  type ModelSummary,
  type Outcome,
  parseRequest,
  requestError,
  summarizeModel,
} from "../core/contract";
import type { Lang } from "../core/i18n";
import { nextPatch, sameModel } from "../core/library";
import { t } from "../core/messages";
import { type Model, parseModel } from "../core/model";
import { errorNotes, planModelSheet, readModelSheet } from "../core/model-sheet";
import { availableModels, findModel, isBuiltin } from "./library";
import { userLang } from "./menu";
import { fail, guarded, UserError } from "./outcome";
import { renderNewSheet } from "./renderer";
import { SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";

function summary(model: Model): ModelSummary {
  return summarizeModel(model, isBuiltin(model) ? "builtin" : "library");
}

function modelOf(store: AssessmentStore, id: string, version: string, lang: Lang): Model {
  const model = findModel(availableModels(store), id, version);
  if (model === undefined) fail(lang, "errUnknownModel", { id: `${id} ${version}` });
  return model;
}

/**
 * Adds a valid model to the library. The same id and version with other content is refused: the
 * questionnaires made from that version must keep scoring as they did.
 */
function addToLibrary(
  store: AssessmentStore,
  model: Model,
  lang: Lang,
  versionField: string,
): ModelSummary {
  const existing = findModel(availableModels(store), model.id, model.version);
  if (existing !== undefined) {
    if (sameModel(existing, model)) return summary(existing);
    throw new UserError([
      {
        field: versionField,
        message: t(lang, "errVersionTaken", {
          id: model.id,
          version: model.version,
          next: nextPatch(model.version),
        }),
      },
    ]);
  }
  store.saveModel(model);
  return summary(model);
}

export function copyModel(request: unknown): Outcome<DraftSummary> {
  const lang = userLang();
  const parsed = parseRequest(ModelRequestSchema, request, lang);
  if (!parsed.ok) return parsed;
  return guarded(lang, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const store = AssessmentStore.open(spreadsheet);
    const model = modelOf(store, parsed.value.modelId, parsed.value.version, lang);
    const { sheet, ref } = new SheetFinder(spreadsheet).insert(
      t(lang, "sheetModel"),
      `${model.name[lang]} v${model.version}`,
    );
    renderNewSheet(spreadsheet, sheet, planModelSheet(model, lang, ref.name));
    store.saveDraft({ sheet: ref, modelId: model.id, version: model.version });
    spreadsheet.setActiveSheet(sheet);
    return { sheetId: ref.id, sheetName: ref.name, modelId: model.id, version: model.version };
  });
}

export function checkModel(request: unknown): Outcome<ModelSummary> {
  const lang = userLang();
  const parsed = parseRequest(CheckModelRequestSchema, request, lang);
  if (!parsed.ok) return parsed;
  return guarded(lang, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const store = AssessmentStore.open(spreadsheet);
    const draft = store.drafts().find((candidate) => candidate.sheet.id === parsed.value.sheetId);
    const located = draft === undefined ? null : new SheetFinder(spreadsheet).find(draft.sheet);
    if (located === null) fail(lang, "errModelSheetMissing");
    const range = located.sheet.getDataRange();
    const cells = range.getValues();
    const reading = readModelSheet(cells, lang);
    const address = (cell: string) => `'${located.ref.name.replace(/'/g, "''")}'!${cell}`;
    const errors: FieldError[] = reading.ok
      ? []
      : reading.errors.map((error) => ({ field: address(error.cell), message: error.message }));
    // Notes are the only thing written: each error on its cell, and old notes cleared.
    const width = cells[0]?.length ?? 1;
    range.setNotes(errorNotes(cells.length, width, reading.ok ? [] : reading.errors));
    if (!reading.ok) throw new UserError(errors);
    const versionCell = cells.findIndex((row) => row[0] === "version");
    return addToLibrary(store, reading.model, lang, address(`B${versionCell + 1}`));
  });
}

export function exportModel(request: unknown): Outcome<{ json: string }> {
  const lang = userLang();
  const parsed = parseRequest(ModelRequestSchema, request, lang);
  if (!parsed.ok) return parsed;
  const store = AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet());
  const model = findModel(availableModels(store), parsed.value.modelId, parsed.value.version);
  if (model === undefined) {
    return {
      ok: false,
      errors: [requestError(lang, "modelId", "unknownModel", { id: parsed.value.modelId })],
    };
  }
  return { ok: true, value: { json: JSON.stringify(model, null, 2) } };
}

export function importModel(request: unknown): Outcome<ModelSummary> {
  const lang = userLang();
  const parsed = parseRequest(ImportModelRequestSchema, request, lang);
  if (!parsed.ok) return parsed;
  let data: unknown;
  try {
    data = JSON.parse(parsed.value.json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ field: "json", message: t(lang, "errJsonSyntax", { detail }) }],
    };
  }
  const model = parseModel(data, lang);
  if (!model.ok)
    return {
      ok: false,
      errors: model.errors.map((error) => ({ field: error.path, message: error.message })),
    };
  return guarded(lang, () =>
    addToLibrary(
      AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet()),
      model.model,
      lang,
      "version",
    ),
  );
}
