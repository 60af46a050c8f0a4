/**
 * The file's team: the consultants who, besides the owner, may score, add respondents and change
 * the team. A protection the add-on makes keeps only the owner, whoever made it and the team, so a
 * fellow consultant who is an editor of the file but not of the team meets Sheets' refusal deep in
 * a run; here they meet a message naming who can add them, before anything is written.
 */
import type { StoredAssessment } from "../core/assessment/storage";
import { TeamRequestSchema } from "../core/contract/contract";
import type { Lang } from "../core/texts/i18n";
import { type MessageKey, t } from "../core/texts/messages";
import { endpoint, fail } from "./endpoint";
import { SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Every description the add-on gives a protection starts so; people's own protections are left alone. */
const OWN_PROTECTION = "Bussola CX";

/** The protections the add-on made on these sheets: the sheet's own, and each respondent's columns. */
function ownProtections(sheets: readonly Sheet[]): Protection[] {
  const types = [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE];
  return sheets.flatMap((sheet) =>
    types.flatMap((type) =>
      sheet
        .getProtections(type)
        .filter((protection) => protection.getDescription().startsWith(OWN_PROTECTION)),
    ),
  );
}

/**
 * Refuses, with a message naming who can help, when the person running this cannot edit one of the
 * add-on's protections on `sheets` (the store's sheet is always among them: every run writes it).
 */
export function requireConsultant(
  store: AssessmentStore,
  sheets: readonly (Sheet | null)[],
  action: MessageKey,
  lang: Lang,
): void {
  const storeSheet = store.sheet();
  const all = [...sheets, storeSheet].filter((sheet): sheet is Sheet => sheet !== null);
  const protections = all.flatMap((sheet) =>
    sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
  );
  if (protections.every((protection) => protection.canEdit())) return;
  const consultants = store.team().consultants;
  fail(lang, consultants.length > 0 ? "errNotConsultant" : "errNotConsultantNoTeam", {
    action: t(lang, action),
    user: Session.getEffectiveUser().getEmail(),
    consultants: consultants.join(", "),
  });
}

/** The sheets of every assessment whose protections carry the team. */
function protectedSheets(finder: SheetFinder, records: readonly StoredAssessment[]): Sheet[] {
  return records.flatMap((record) =>
    [record.sheets.questionnaire, record.sheets.plan].flatMap(
      (ref) => finder.find(ref)?.sheet ?? [],
    ),
  );
}

export const setConsultants = endpoint(TeamRequestSchema, (request, lang) => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = AssessmentStore.open(spreadsheet);
  const sheets = protectedSheets(new SheetFinder(spreadsheet), store.records());
  requireConsultant(store, sheets, "actionTeam", lang);
  return changeTeam(store, sheets, request.consultants);
});

/**
 * Makes `consultants` the team and updates, in one pass, every protection the add-on made on
 * `sheets` and on the store's sheet. The caller has checked that the person may.
 */
export function changeTeam(
  store: AssessmentStore,
  sheets: readonly Sheet[],
  requested: readonly string[],
): string[] {
  const consultants = [...new Set(requested)];
  const previous = store.team().consultants;
  store.saveTeam({ consultants });
  const storeSheet = store.sheet();
  updateProtections(
    ownProtections(storeSheet === null ? sheets : [...sheets, storeSheet]),
    previous,
    consultants,
    respondentEmails(store.records()),
  );
  return consultants;
}

/** Adds consultants named at create time to the team, keeping those already in it. */
export function joinTeam(
  store: AssessmentStore,
  spreadsheet: Spreadsheet,
  named: readonly string[],
) {
  const current = store.team().consultants;
  if (named.every((email) => current.includes(email))) return;
  const sheets = protectedSheets(new SheetFinder(spreadsheet), store.records());
  changeTeam(store, sheets, [...current, ...named]);
}

function respondentEmails(records: readonly StoredAssessment[]): Set<string> {
  return new Set(
    records.flatMap((record) => record.settings.respondents.flatMap((r) => r.email ?? [])),
  );
}

/**
 * One pass over the add-on's protections: consultants who joined become editors, those who left
 * stop being editors, unless they are also a respondent (their own columns stay theirs). Warning-only
 * protections (where Sheets refused to restrict editors) have no editors to change.
 */
function updateProtections(
  protections: readonly Protection[],
  previous: readonly string[],
  consultants: readonly string[],
  respondents: ReadonlySet<string>,
): void {
  const joined = consultants.filter((email) => !previous.includes(email));
  const left = previous.filter((email) => !consultants.includes(email) && !respondents.has(email));
  for (const protection of protections) {
    if (protection.isWarningOnly()) continue;
    if (joined.length > 0) protection.addEditors(joined);
    if (left.length > 0) protection.removeEditors(left);
  }
}
