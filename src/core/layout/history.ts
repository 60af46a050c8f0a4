/**
 * The History sheet: one row per scoring run (date, model and version, respondents, completeness,
 * overall, band, every area), so a second assessment months later shows the trend. One list of
 * columns gives the header, each run's value and its number format.
 */
import type { AssessmentSettings } from "../assessment/assessment";
import type { ScoreResult } from "../assessment/scoring";
import type { Model } from "../model/schema";
import type { Lang } from "../texts/i18n";
import { t } from "../texts/messages";
import { GridBuilder } from "./builder";
import { type CellValue, planOf, type SheetPlan } from "./plan";
import { COLORS, headerCell } from "./style";

/** One scoring run, as the History records it. */
export interface HistoryRun {
  settings: AssessmentSettings;
  model: Model;
  result: ScoreResult;
  displayDate: string;
}

interface HistoryColumn {
  header: string;
  value: (run: HistoryRun) => CellValue;
  /** Sheets number format; "@" keeps text as text. */
  format: string;
}

function historyColumns(model: Model, lang: Lang): HistoryColumn[] {
  return [
    { header: t(lang, "hDate"), value: (run) => run.displayDate, format: "@" },
    { header: t(lang, "hModel"), value: (run) => run.model.id, format: "@" },
    { header: t(lang, "hVersion"), value: (run) => run.model.version, format: "@" },
    {
      header: t(lang, "hRespondents"),
      value: (run) => run.settings.respondents.length,
      format: "0",
    },
    {
      header: t(lang, "hCompleteness"),
      value: (run) => run.result.overall.completeness,
      format: "0%",
    },
    { header: t(lang, "hOverall"), value: (run) => run.result.overall.score, format: "0.0" },
    {
      header: t(lang, "hBand"),
      value: ({ result, settings }) => {
        const { band, noBand } = result.overall;
        if (band !== null) return band.label[settings.lang];
        // A count model's mean without a band is not "insufficient" (rule 8 of scoring).
        if (noBand === "count-mean") return t(settings.lang, "rCountMean");
        if (noBand === "few-applicable-answers") return t(settings.lang, "rNotApplicable");
        return t(settings.lang, "rInsufficient");
      },
      format: "@",
    },
    ...model.areas.map(
      (area, index): HistoryColumn => ({
        header: area.name[lang],
        value: (run) => run.result.areas[index]?.score ?? null,
        format: "0.0",
      }),
    ),
  ];
}

/** The row a run appends, and its number formats (applied with one call). */
export function historyRow(run: HistoryRun): { values: CellValue[]; formats: string[] } {
  const columns = historyColumns(run.model, run.settings.lang);
  return {
    values: columns.map((column) => column.value(run)),
    formats: columns.map((column) => column.format),
  };
}

/** A new History sheet: its title and header; runs are appended below. */
export function planHistory(
  model: Model,
  settings: AssessmentSettings,
  sheetName: string,
): SheetPlan {
  const { lang } = settings;
  const columns = historyColumns(model, lang);
  const grid = new GridBuilder();
  grid.row({
    value: t(lang, "historyTitle", { client: settings.clientName }),
    bold: true,
    color: COLORS.title,
  });
  const headerRow = grid.row(...columns.map((column) => headerCell(column.header)));
  const { values, formats } = grid.build();
  return planOf({
    name: sheetName,
    values,
    formats,
    frozenRows: headerRow,
    frozenColumns: 1,
    columnWidths: [
      { column: 1, count: 1, width: 150 },
      { column: 2, count: columns.length - 1, width: 110 },
    ],
    tabColor: "#5f6368",
  });
}
