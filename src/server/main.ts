/**
 * The functions Apps Script calls: menu handlers, triggers and the API the sidebar calls.
 * Nothing else lives here; the build turns each export into a top-level function stub.
 */
export { createAssessment, getState, listModels, scoreAssessment, showResults } from "./api";
export { onInstall, onOpen, openSidebar, scoreFromMenu, showHelp } from "./menu";
export { checkModel, copyModel, exportModel, importModel } from "./models-api";
export { addRespondents } from "./respondents-api";
export { setConsultants } from "./team";
