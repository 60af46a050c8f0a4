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
import { attempt, endpoint, fail } from "./endpoint";
import { OWN_PROTECTION } from "./renderer";
import { SheetFinder } from "./sheets";
import { AssessmentStore } from "./store";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** A protection the add-on made, and the respondent whose own column it guards, if any. */
interface Owned {
  protection: Protection;
  /** The respondent's email, for their answers or notes column; null for everything else. */
  respondent: string | null;
}

/** A respondent's column protection names their id last, in brackets (questionnaire.ts). */
const RESPONDENT_ID_IN_DESCRIPTION = /\(([^()]+)\)$/;

/**
 * The protections the add-on made: each sheet protection of the store, the questionnaires and the
 * action plans, and each respondent's column protection on the questionnaires.
 */
function ownProtections(store: AssessmentStore, finder: SheetFinder): Owned[] {
  const ours = (sheet: Sheet, type: GoogleAppsScript.Spreadsheet.ProtectionType) =>
    sheet
      .getProtections(type)
      .filter((protection) => protection.getDescription().startsWith(OWN_PROTECTION));
  const whole = (sheet: Sheet | null): Owned[] =>
    sheet === null
      ? []
      : ours(sheet, SpreadsheetApp.ProtectionType.SHEET).map((protection) => ({
          protection,
          respondent: null,
        }));
  return [
    ...whole(store.sheet()),
    ...store.records().flatMap((record) => {
      const questionnaire = finder.find(record.sheets.questionnaire)?.sheet ?? null;
      const emails = new Map(record.settings.respondents.map((r) => [r.id, r.email ?? null]));
      const columns =
        questionnaire === null
          ? []
          : ours(questionnaire, SpreadsheetApp.ProtectionType.RANGE).map((protection) => {
              const id = RESPONDENT_ID_IN_DESCRIPTION.exec(protection.getDescription())?.[1];
              return { protection, respondent: emails.get(id ?? "") ?? null };
            });
      return [
        ...whole(questionnaire),
        ...columns,
        ...whole(finder.find(record.sheets.plan)?.sheet ?? null),
      ];
    }),
  ];
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
  const finder = new SheetFinder(spreadsheet);
  requireConsultant(store, protectedSheets(finder, store.records()), "actionTeam", lang);
  // Sheets never takes the person running a script off a protection: leaving the team that way
  // would say it worked while they kept every right. Someone else must remove them.
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  if (store.team().consultants.includes(me) && !request.consultants.includes(me))
    fail(lang, "errRemoveYourself", { user: me });
  return changeTeam(store, finder, request.consultants);
});

/**
 * Makes `requested` the team: in one pass, consultants who joined become editors of every
 * protection the add-on made, and those who left stop being editors of all of them except their
 * own answers and notes if they are also a respondent. Warning-only protections (where Sheets
 * refused to restrict editors) have no editors to change. The team is saved last; if a change
 * fails midway, those made are taken back, so the saved team and the protections agree. The caller
 * has checked that the person may.
 */
export function changeTeam(
  store: AssessmentStore,
  finder: SheetFinder,
  requested: readonly string[],
): string[] {
  const consultants = [...new Set(requested)];
  const previous = store.team().consultants;
  const joined = consultants.filter((email) => !previous.includes(email));
  const left = previous.filter((email) => !consultants.includes(email));
  // The store's own sheet is protected too: made now, if this is the file's first save.
  store.ensureSheet();
  const done: { protection: Protection; added: string[]; removed: string[] }[] = [];
  try {
    for (const { protection, respondent } of ownProtections(store, finder)) {
      if (protection.isWarningOnly()) continue;
      const removed = left.filter((email) => email !== respondent);
      const change = { protection, added: [] as string[], removed: [] as string[] };
      done.push(change);
      if (joined.length > 0) {
        protection.addEditors(joined);
        change.added = joined;
      }
      if (removed.length > 0) {
        protection.removeEditors(removed);
        change.removed = removed;
      }
    }
    store.saveTeam({ consultants });
  } catch (error) {
    for (const { protection, added, removed } of done.reverse()) {
      attempt(() => {
        if (added.length > 0) protection.removeEditors(added);
        if (removed.length > 0) protection.addEditors(removed);
      });
    }
    throw error;
  }
  return consultants;
}

/** Adds consultants named at create time to the team, keeping those already in it. */
export function joinTeam(store: AssessmentStore, finder: SheetFinder, named: readonly string[]) {
  const current = store.team().consultants;
  if (named.every((email) => current.includes(email))) return;
  changeTeam(store, finder, [...current, ...named]);
}
