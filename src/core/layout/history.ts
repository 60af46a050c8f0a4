/**
 * The History sheet: one row per scoring run (date, model and version, respondents, completeness,
 * overall, band, every area), so a second assessment months later shows the trend.
 */
import type { AssessmentSettings } from "../assessment/assessment";
import type { ScoreResult } from "../assessment/scoring";
import type { Model } from "../model/schema";
import { t } from "../texts/messages";
import { GridBuilder } from "./builder";
import { type CellValue, planOf, type SheetPlan } from "./plan";
import { COLORS, headerCell } from "./style";

export function historyRow(
  model: Model,
  settings: AssessmentSettings,
  result: ScoreResult,
  displayDate: string,
): CellValue[] {
  return [
    displayDate,
    model.id,
    model.version,
    settings.respondents.length,
    result.overall.completeness,
    result.overall.score,
    result.overall.band?.label[settings.lang] ?? t(settings.lang, "rInsufficient"),
    ...result.areas.map((area) => area.score),
  ];
}

/** A new History sheet: its title and header; runs are appended below. */
export function planHistory(
  model: Model,
  settings: AssessmentSettings,
  sheetName: string,
): SheetPlan {
  const { lang } = settings;
  const grid = new GridBuilder();
  const header = headerCell;
  grid.row({
    value: t(lang, "historyTitle", { client: settings.clientName }),
    bold: true,
    color: COLORS.title,
  });
  const headerRow = grid.row(
    header(t(lang, "hDate")),
    header(t(lang, "hModel")),
    header(t(lang, "hVersion")),
    header(t(lang, "hRespondents")),
    header(t(lang, "hCompleteness")),
    header(t(lang, "hOverall")),
    header(t(lang, "hBand")),
    ...model.areas.map((area) => header(area.name[lang])),
  );
  const { values, formats } = grid.build();
  return planOf({
    name: sheetName,
    values,
    formats,
    frozenRows: headerRow,
    frozenColumns: 1,
    columnWidths: [
      { column: 1, count: 1, width: 150 },
      { column: 2, count: 6 + model.areas.length, width: 110 },
    ],
    tabColor: "#5f6368",
  });
}

/** Number formats of an appended row, applied with one call. */
export function historyRowFormats(model: Model): string[] {
  return ["@", "@", "@", "0", "0%", "0.0", "@", ...model.areas.map(() => "0.0")];
}
