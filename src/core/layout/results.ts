/**
 * The Results sheet: overall score and band, a per-area table (score, band, completeness, target,
 * gap, priority, spread, one column per group, gap between groups), recommendations for the weakest
 * areas, scores by respondent, every data problem with its cell, and the charts' data and charts.
 */
import type { SheetProblem } from "../assessment/answers";
import type { AssessmentSettings } from "../assessment/assessment";
import { type Measure, ownValue, type ScoreResult } from "../assessment/scoring";
import type { Model } from "../model/schema";
import { formatNumber, formatPercent, type Lang } from "../texts/i18n";
import { type MessageKey, t } from "../texts/messages";
import { type Cell, GridBuilder } from "./builder";
import { type ChartPlan, planOf, type SheetPlan } from "./plan";
import { COLORS, headerCell } from "./style";

const SCORE = "0.0";
const PERCENT = "0%";
/** How many of the weakest areas get their recommendation on the Results sheet. */
export const WEAKEST_AREAS_SHOWN = 3;

export interface ScoringRun {
  /** As a person reads it, in the spreadsheet's time zone. */
  displayDate: string;
}

const header = (lang: Lang, key: MessageKey) => headerCell(t(lang, key));

function bandCell(measure: Measure, lang: Lang): Cell {
  if (measure.band !== null) {
    return { value: measure.band.label[lang], background: measure.band.color, bold: true };
  }
  return { value: measure.score === null ? "" : t(lang, "rInsufficient"), color: COLORS.muted };
}

const scoreCell = (score: number | null | undefined): Cell => ({
  value: score ?? null,
  format: SCORE,
  align: "right",
});

export function problemMessage(problem: SheetProblem, lang: Lang): string {
  switch (problem.kind) {
    case "unreadable-answer":
      return t(lang, "problemUnreadable", { value: problem.value ?? "" });
    case "formula-answer":
      return t(lang, "problemFormula", { formula: problem.value ?? "" });
    case "missing-question-row":
      return t(lang, "problemMissingRow");
    case "duplicate-question-row":
      return t(lang, "problemDuplicateRow");
    case "missing-respondent-column":
      return t(lang, "problemMissingColumn");
    case "copied-respondent-column":
      return t(lang, "problemCopiedColumn");
    case "conflicting-respondent-column":
      return t(lang, "problemConflictingColumns");
  }
}

export function planResults(
  model: Model,
  settings: AssessmentSettings,
  result: ScoreResult,
  problems: readonly SheetProblem[],
  run: ScoringRun,
  sheetName: string,
): SheetPlan {
  const { lang } = settings;
  const grid = new GridBuilder();
  const title = { bold: true, color: COLORS.title };
  const muted = { color: COLORS.muted };

  grid.row({ value: t(lang, "rTitle", { client: settings.clientName }), ...title });
  grid.row({
    value: t(lang, "rModel", {
      model: model.name[lang],
      version: model.version,
      citation: model.source.citation[lang],
    }),
    ...muted,
  });
  grid.row({
    value: t(lang, "rRun", {
      date: run.displayDate,
      respondents: settings.respondents.length,
      completeness: formatPercent(result.overall.completeness, lang),
    }),
    ...muted,
  });
  grid.blank();
  const { overall } = result;
  grid.row(
    { value: t(lang, "rOverall"), bold: true },
    { ...scoreCell(overall.score), bold: true },
    {
      value: t(lang, "rRange", {
        min: formatNumber(overall.min, lang),
        max: formatNumber(overall.max, lang),
      }),
      ...muted,
    },
    bandCell(overall, lang),
    {
      value:
        overall.band?.description[lang] ??
        (overall.score === null && overall.completeness === 0
          ? ""
          : t(lang, "rInsufficientWhy", {
              minimum: formatPercent(model.scoring.minCompleteness, lang),
            })),
      wrap: true,
    },
  );
  grid.blank();

  // Per-area table.
  grid.row({ value: t(lang, "rAreas"), ...title });
  const groups = result.groups;
  grid.row(
    header(lang, "hArea"),
    header(lang, "hScore"),
    header(lang, "hMin"),
    header(lang, "hMax"),
    header(lang, "hBand"),
    header(lang, "hCompleteness"),
    header(lang, "hTarget"),
    header(lang, "hGap"),
    header(lang, "hPriority"),
    header(lang, "hLowest"),
    header(lang, "hHighest"),
    header(lang, "hSd"),
    ...groups.map((group) => ({ ...header(lang, "hGroup"), value: group.group })),
    header(lang, "hGroupGap"),
  );
  for (const area of result.areas) {
    const gap = result.groupGaps.find((candidate) => candidate.area === area.area);
    grid.row(
      { value: area.name[lang], bold: true },
      scoreCell(area.score),
      { value: area.min, align: "right" },
      { value: area.max, align: "right" },
      bandCell(area, lang),
      { value: area.completeness, format: PERCENT, align: "right" },
      scoreCell(area.target),
      scoreCell(area.gap),
      scoreCell(area.priority),
      scoreCell(area.spread?.min),
      scoreCell(area.spread?.max),
      { value: area.spread?.sd ?? null, format: "0.00", align: "right" },
      ...groups.map((group) => scoreCell(ownValue(group.areas, area.area)?.score)),
      {
        value:
          gap === undefined
            ? null
            : t(lang, "groupGapText", {
                gap: formatNumber(gap.gap, lang),
                high: gap.high.group,
                low: gap.low.group,
              }),
      },
    );
  }
  grid.blank();

  // Recommendations for the weakest areas.
  grid.row({ value: t(lang, "rRecommendations"), ...title });
  const weakest = result.recommendations.slice(0, WEAKEST_AREAS_SHOWN);
  if (weakest.length === 0) grid.row({ value: t(lang, "rNoRecommendations"), ...muted });
  else grid.row(header(lang, "hArea"), header(lang, "hBand"), header(lang, "hRecommendation"));
  for (const recommendation of weakest) {
    const area = result.areas.find((candidate) => candidate.area === recommendation.area);
    grid.row(
      { value: area?.name[lang] ?? recommendation.area, bold: true },
      area === undefined ? null : bandCell(area, lang),
      { value: recommendation.text[lang], wrap: true },
    );
  }
  grid.blank();

  // Scores by respondent.
  grid.row({ value: t(lang, "rRespondents"), ...title });
  grid.row(
    header(lang, "hRespondent"),
    header(lang, "hGroup"),
    header(lang, "hCompleteness"),
    header(lang, "hOverall"),
    header(lang, "hBand"),
    ...model.areas.map((area) => ({ ...header(lang, "hArea"), value: area.name[lang] })),
  );
  for (const respondent of result.respondents) {
    grid.row(
      respondent.name,
      respondent.group ?? "",
      { value: respondent.overall.completeness, format: PERCENT, align: "right" },
      scoreCell(respondent.overall.score),
      bandCell(respondent.overall, lang),
      ...model.areas.map((area) => scoreCell(ownValue(respondent.areas, area.id)?.score)),
    );
  }
  grid.blank();

  // Data problems, with the cell to look at.
  grid.row({ value: t(lang, "rProblems"), ...title });
  if (problems.length === 0) {
    grid.row({ value: t(lang, "rNoProblems"), ...muted });
  } else {
    grid.row(
      header(lang, "hCell"),
      header(lang, "hRespondent"),
      header(lang, "hQuestion"),
      header(lang, "hProblem"),
    );
    for (const problem of problems) {
      const respondent = settings.respondents.find(
        (candidate) => candidate.id === problem.respondentId,
      );
      grid.row(
        { value: problem.cell ?? "", bold: true },
        respondent?.name ?? "",
        problem.questionId ?? "",
        { value: problemMessage(problem, lang), wrap: true },
      );
    }
  }
  grid.blank();

  // The charts' data: areas down, series (everyone, then each group) across.
  grid.row({ value: t(lang, "rChartData"), ...title });
  const chartHeaderRow = grid.row(
    header(lang, "hArea"),
    { ...header(lang, "everyone"), value: t(lang, "everyone") },
    ...groups.map((group) => ({ ...header(lang, "hGroup"), value: group.group })),
  );
  for (const area of result.areas) {
    grid.row(
      area.name[lang],
      scoreCell(area.score),
      ...groups.map((group) => scoreCell(ownValue(group.areas, area.area)?.score)),
    );
  }

  const { values, formats } = grid.build();
  const columns = values[0]?.length ?? 1;
  const data = {
    row: chartHeaderRow,
    column: 1,
    rows: 1 + result.areas.length,
    columns: 2 + groups.length,
  };
  const axis = {
    min: result.areas[0]?.min ?? 0,
    max: Math.max(...result.areas.map((area) => area.max)),
  };
  const chartColumn = columns + 2;
  const charts: ChartPlan[] = [
    {
      kind: "radar",
      title: t(lang, "chartRadar"),
      data,
      anchor: { row: 1, column: chartColumn },
      width: 520,
      height: 400,
      axis,
    },
    {
      kind: "column",
      title: t(lang, "chartColumn"),
      data,
      anchor: { row: 22, column: chartColumn },
      width: 520,
      height: 320,
      axis,
    },
  ];

  return planOf({
    name: sheetName,
    values,
    formats,
    // No protection: results are rewritten by every scoring run and nothing here is typed by people.
    frozenColumns: 1,
    columnWidths: [
      { column: 1, count: 1, width: 220 },
      { column: 2, count: Math.max(1, columns - 1), width: 110 },
    ],
    tabColor: "#188038",
    charts,
  });
}
