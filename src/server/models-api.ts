/**
 * Consultants' own models: copy a model into an editable sheet, check the sheet, export and import
 * JSON. A valid model joins this file's library under its id and version; a version already used
 * keeps its content, so questionnaires made from it always score the same.
 */
import { ownValue } from "../core/assessment/scoring";
import {
  CheckModelRequestSchema,
  type DraftSummary,
  ImportModelRequestSchema,
  ModelRequestSchema,
  type ModelSummary,
  requestError,
} from "../core/contract/contract";
import { builtinModels } from "../core/model/builtin";
import { nextFreeVersion, sameModel } from "../core/model/library";
import { type Model, parseModel } from "../core/model/schema";
import {
  type CellError,
  errorNotes,
  headerFieldCell,
  planModelSheet,
  readModelSheet,
} from "../core/model/sheet";
import type { Lang } from "../core/texts/i18n";
import { t } from "../core/texts/messages";
import { endpoint, fail, UserError } from "./endpoint";
import { availableModels, findModel, summaryOf } from "./library";
import { renderNewSheet } from "./renderer";
import { SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";

function modelOf(store: AssessmentStore, id: string, version: string, lang: Lang): Model {
  const model = findModel(availableModels(store), id, version);
  if (model === undefined) fail(lang, "unknownModel", { id: `${id} ${version}` });
  return model;
}

/** Why a valid model cannot join the library, and which field to change. */
type LibraryConflict = { field: "id" | "version"; message: string } | null;

/**
 * A model may join the library unless its id and version are taken by other content (the
 * questionnaires made from that version must keep scoring as they did) or its id is a built-in
 * one (a later Bussola CX release could ship that very version).
 */
function libraryConflict(store: AssessmentStore, model: Model, lang: Lang): LibraryConflict {
  const models = availableModels(store);
  const existing = findModel(models, model.id, model.version);
  if (existing !== undefined && sameModel(existing, model)) return null;
  // The id first: under a built-in id no version would do. An own property only: "constructor"
  // is a consultant's id, not Object.prototype's.
  if (ownValue(builtinModels, model.id) !== undefined) {
    return {
      field: "id",
      message: t(lang, "errBuiltinId", { id: model.id, suggestion: `${model.id}-custom` }),
    };
  }
  if (existing === undefined) return null;
  const next = nextFreeVersion(models, model.id, model.version);
  return {
    field: "version",
    message: t(lang, "errVersionTaken", { id: model.id, version: model.version, next }),
  };
}

/** Saves a model that passed `libraryConflict` (a model already there is not written again). */
function addToLibrary(store: AssessmentStore, model: Model): ModelSummary {
  const existing = findModel(availableModels(store), model.id, model.version);
  if (existing === undefined) store.saveModel(model);
  return summaryOf(existing ?? model);
}

export const copyModel = endpoint(ModelRequestSchema, (request, lang): DraftSummary => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = AssessmentStore.open(spreadsheet);
  const model = modelOf(store, request.modelId, request.version, lang);
  const { sheet, ref } = new SheetFinder(spreadsheet).insert(
    t(lang, "sheetModel"),
    `${model.name[lang]} v${model.version}`,
  );
  renderNewSheet(
    spreadsheet,
    sheet,
    planModelSheet(model, lang, ref.name),
    store.team().consultants,
  );
  store.saveDraft({ sheet: ref, modelId: model.id, version: model.version });
  spreadsheet.setActiveSheet(sheet);
  return { sheetId: ref.id, sheetName: ref.name, modelId: model.id, version: model.version };
});

export const checkModel = endpoint(CheckModelRequestSchema, ({ sheetId }, lang): ModelSummary => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = AssessmentStore.open(spreadsheet);
  const draft = store.drafts().find((candidate) => candidate.sheet.id === sheetId);
  const located = draft === undefined ? null : new SheetFinder(spreadsheet).find(draft.sheet);
  if (located === null) fail(lang, "errModelSheetMissing");
  const range = located.sheet.getDataRange();
  const cells = range.getValues();
  const reading = readModelSheet(cells, lang);
  const conflict = reading.ok ? libraryConflict(store, reading.model, lang) : null;
  const errors: CellError[] = reading.ok
    ? conflict === null
      ? []
      : [
          {
            cell: headerFieldCell(cells, conflict.field),
            path: conflict.field,
            message: conflict.message,
          },
        ]
    : reading.errors;
  // Notes are all a check writes: each error on its cell; people's own notes stay.
  range.setNotes(errorNotes(range.getNotes(), errors));
  const address = (cell: string) => `'${located.ref.name.replace(/'/g, "''")}'!${cell}`;
  if (!reading.ok || errors.length > 0) {
    throw new UserError(
      errors.map((error) => ({ field: address(error.cell), message: error.message })),
    );
  }
  return addToLibrary(store, reading.model);
});

export const exportModel = endpoint(ModelRequestSchema, (request, lang) => {
  const store = AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet());
  const model = findModel(availableModels(store), request.modelId, request.version);
  if (model === undefined)
    throw new UserError([requestError(lang, "modelId", "unknownModel", { id: request.modelId })]);
  return { json: JSON.stringify(model, null, 2) };
});

export const importModel = endpoint(ImportModelRequestSchema, ({ json }, lang) => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError([{ field: "json", message: t(lang, "errJsonSyntax", { detail }) }]);
  }
  const parsed = parseModel(data, lang);
  if (!parsed.ok)
    throw new UserError(
      parsed.errors.map((error) => ({ field: error.path, message: error.message })),
    );
  const store = AssessmentStore.open(SpreadsheetApp.getActiveSpreadsheet());
  const conflict = libraryConflict(store, parsed.model, lang);
  if (conflict !== null) throw new UserError([conflict]);
  return addToLibrary(store, parsed.model);
});
