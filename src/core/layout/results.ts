/**
 * The Results sheet: overall score and band; the overall of Everyone and of each shown group; a
 * per-area table (score, n, confidence interval, standard deviation, agreement, band, completeness,
 * target, gap, priority, lowest and highest respondent, each shown group with its n, gap between
 * groups) with the rules behind its figures; scores by area and group; recommendations for the
 * weakest areas with the rule of each list; scores by respondent when shown; every data problem
 * with its cell; and the charts' data and charts. Figures are numbers in their cells, rounded only
 * by their number formats.
 */
import { type SheetProblem, sheetProblemMessage } from "../assessment/answers";
import type { AssessmentSettings } from "../assessment/assessment";
import {
  asShown,
  type Measure,
  ownValue,
  type ScoreResult,
  type SetMeasure,
} from "../assessment/scoring";
import type { Model } from "../model/schema";
import { formatNumber, formatPercent, type Lang } from "../texts/i18n";
import { type MessageKey, t } from "../texts/messages";
import { type Cell, GridBuilder } from "./builder";
import { asDisplayed, type ChartPlan, planOf, type SheetPlan } from "./plan";
import { COLORS, headerCell } from "./style";

const SCORE = "0.0";
const PERCENT = "0%";
const COUNT = "0";
const TWO_DECIMALS = "0.00";
/** The colour of the agreement flag. */
const DIVERGE = "#b3261e";
/** How many of the weakest areas get their recommendation on the Results sheet. */
export const WEAKEST_AREAS_SHOWN = 3;

export interface ScoringRun {
  /** As a person reads it, in the spreadsheet's time zone. */
  displayDate: string;
}

export interface ResultsOptions {
  /**
   * Whether the Results list every respondent's scores. Off by default when there are groups: the
   * Results sit in a file everyone who answered can open.
   */
  showRespondentScores?: boolean;
}

const header = (lang: Lang, key: MessageKey) => headerCell(t(lang, key));

const shown = asDisplayed;

/**
 * A gap as the Results show it: the difference of the two figures as shown (one decimal), so the
 * gap always matches the numbers beside it (3,5 and 3,4 differ by 0,1, never "the same").
 */
function shownGap(from: number | null | undefined, to: number | null | undefined): number | null {
  if (from === null || from === undefined || to === null || to === undefined) return null;
  return asShown(asShown(from) - asShown(to));
}

function bandCell(measure: Measure, lang: Lang): Cell {
  if (measure.band !== null) {
    return { value: measure.band.label[lang], background: measure.band.color, bold: true };
  }
  const why: Record<NonNullable<Measure["noBand"]>, MessageKey> = {
    "count-mean": "rCountMean",
    "few-applicable-answers": "rNotApplicable",
    "few-answers": "rInsufficient",
    "not-asked": "rNotAsked",
  };
  return {
    value: measure.noBand === null ? "" : t(lang, why[measure.noBand]),
    color: COLORS.muted,
  };
}

const scoreCell = (score: number | null | undefined, format = SCORE): Cell => ({
  value: score === null || score === undefined ? null : shown(score),
  format,
  align: "right",
});

const countCell = (value: number | null | undefined): Cell => ({
  value: value ?? null,
  format: COUNT,
  align: "right",
});

/** Score, n, ± CI, SD, agreement, band and the agreement flag of a set's figure. */
function figureCells(measure: SetMeasure | undefined, lang: Lang): Cell[] {
  if (measure === undefined) return Array.from({ length: 7 }, () => ({ value: null }));
  const { stats } = measure;
  return [
    scoreCell(measure.score),
    countCell(measure.n),
    scoreCell(stats?.ci?.margin),
    { value: stats?.sd ?? null, format: TWO_DECIMALS, align: "right" },
    { value: stats?.agreement ?? null, format: TWO_DECIMALS, align: "right" },
    bandCell(measure, lang),
    stats?.diverge === true
      ? { value: t(lang, "rDiverge"), color: DIVERGE, bold: true, wrap: true }
      : { value: null },
  ];
}

const figureHeaders = (lang: Lang, score: MessageKey): Cell[] => [
  header(lang, score),
  header(lang, "hN"),
  header(lang, "hCi"),
  header(lang, "hSd"),
  header(lang, "hAgreement"),
  header(lang, "hBand"),
  header(lang, "hFigureNote"),
];

export function planResults(
  model: Model,
  settings: AssessmentSettings,
  result: ScoreResult,
  problems: readonly SheetProblem[],
  run: ScoringRun,
  sheetName: string,
  options: ResultsOptions = {},
): SheetPlan {
  const { lang } = settings;
  const grid = new GridBuilder();
  const title = { bold: true, color: COLORS.title };
  const muted = { color: COLORS.muted };
  const note = (text: string) => grid.row({ value: text, ...muted });
  const minimum = formatPercent(model.scoring.minCompleteness, lang);
  const scoreHeader: MessageKey = result.countModel ? "hMeanCount" : "hScore";
  const groups = result.groups;
  // Rule 14 of scoring: with perspectives, the first one's figures are the assessment's own.
  const perspectives = result.perspectives;
  const [first] = perspectives;
  // Individual scores (a respondent's row, the lowest and highest of a figure) only when shown.
  const showRespondents =
    options.showRespondentScores ?? !result.respondents.some((r) => r.group !== null);

  grid.row({ value: t(lang, "rTitle", { client: settings.clientName }), ...title });
  note(
    t(lang, "rModel", {
      model: model.name[lang],
      version: model.version,
      citation: model.source.citation[lang],
    }),
  );
  note(
    t(lang, "rRun", {
      date: run.displayDate,
      respondents: settings.respondents.length,
      completeness: formatPercent(result.completeness, lang),
    }),
  );
  grid.blank();
  const { overall } = result;
  // Why a figure has no band, in the headline's words; an overall needs every area (rule 5).
  const why = (measure: Measure, isOverall: boolean): string => {
    if (measure.band !== null) return measure.band.description[lang];
    if (measure.noBand === "few-answers")
      return t(lang, isOverall ? "rOverallIncompleteWhy" : "rInsufficientWhy", { minimum });
    if (measure.noBand === "few-applicable-answers")
      return t(lang, isOverall ? "rOverallIncompleteWhy" : "rNotApplicableWhy", { minimum });
    return "";
  };
  const headline = (label: string, measure: Measure) =>
    grid.row(
      { value: label, bold: true },
      { ...scoreCell(measure.score), bold: true },
      {
        value: t(lang, "rRange", {
          min: formatNumber(shown(measure.min), lang),
          max: formatNumber(shown(measure.max), lang),
        }),
        ...muted,
      },
      bandCell(measure, lang),
      { value: why(measure, true), wrap: true },
    );
  // Rule 14 of scoring: with perspectives the Results lead with each one's overall side by side
  // and the perception gap area by area; nothing pools them.
  const shownPerspectives = perspectives.filter((perspective) => !perspective.hidden);
  const answered = (perspective: (typeof perspectives)[number]) =>
    model.areas.some((area) => (ownValue(perspective.areas, area.id)?.n ?? 0) > 0);
  if (first === undefined) headline(t(lang, "rOverall"), overall);
  for (const perspective of shownPerspectives) {
    headline(t(lang, "rOverallOf", { perspective: perspective.name[lang] }), perspective.overall);
  }
  for (const perspective of perspectives) {
    const name = perspective.name[lang];
    if (!answered(perspective)) {
      note(t(lang, "rNoAnswersFrom", { perspective: name }));
      continue;
    }
    if (perspective.hidden) {
      note(t(lang, "rPerspectiveHidden", { perspective: name, minimum: result.minGroupSize }));
      continue;
    }
    const notAsked = model.areas.filter(
      (area) => ownValue(perspective.areas, area.id)?.noBand === "not-asked",
    );
    if (notAsked.length > 0)
      note(
        t(lang, model.scoring.overall === "sum" ? "rNotAskedAreasSum" : "rNotAskedAreas", {
          perspective: name,
          areas: notAsked.map((area) => area.name[lang]).join(", "),
        }),
      );
  }
  grid.blank();

  const others = shownPerspectives.slice(1);
  if (first !== undefined && others.length > 0) {
    grid.row({ value: t(lang, "rPerceptionGaps"), ...title });
    grid.row(
      header(lang, "hArea"),
      { ...header(lang, "hPerspective"), value: first.name[lang] },
      header(lang, "hN"),
      ...others.flatMap((other) => [
        { ...header(lang, "hPerspective"), value: other.name[lang] },
        header(lang, "hN"),
        header(lang, "hPerceptionGap"),
        header(lang, "hReading"),
      ]),
    );
    for (const area of model.areas) {
      const own = ownValue(first.areas, area.id);
      grid.row(
        { value: area.name[lang], bold: true },
        scoreCell(own?.score),
        countCell(own?.n),
        ...others.flatMap((other) => {
          const theirs = ownValue(other.areas, area.id);
          const gap = shownGap(own?.score, theirs?.score);
          const words = { from: first.name[lang], to: other.name[lang] };
          const reading =
            gap === null
              ? theirs?.noBand === "not-asked"
                ? t(lang, "rNotAsked")
                : ""
              : gap === 0
                ? t(lang, "rGapNone")
                : t(lang, gap > 0 ? "rGapAbove" : "rGapBelow", {
                    ...words,
                    gap: formatNumber(Math.abs(gap), lang),
                  });
          return [
            scoreCell(theirs?.score),
            countCell(theirs?.noBand === "not-asked" ? null : theirs?.n),
            { ...scoreCell(gap), bold: true },
            { value: reading, wrap: true },
          ];
        }),
      );
    }
    for (const other of others)
      note(t(lang, "rPerceptionRule", { from: first.name[lang], to: other.name[lang] }));
    grid.blank();
  }

  // A count model's sets show how many respondents fall in each band (rule 8 of scoring).
  const countHeaders = (bands: SetMeasure["bandCounts"]): Cell[] =>
    result.countModel ? bands.map(({ band }) => headerCell(band.label[lang])) : [];
  const countCells = (measure: SetMeasure | undefined): Cell[] =>
    result.countModel ? (measure?.bandCounts ?? []).map(({ count }) => countCell(count)) : [];
  // Area band counts share columns only when every area has the model's area bands.
  const sharedAreaBands = model.areas.every((area) => area.bands === undefined);
  const areaCountHeaders = (): Cell[] =>
    !result.countModel
      ? []
      : sharedAreaBands
        ? model.bands.areas.map((band) => headerCell(band.label[lang]))
        : [header(lang, "hBand")];
  const areaCountCells = (measure: SetMeasure | undefined): Cell[] => {
    if (!result.countModel) return [];
    if (sharedAreaBands) return countCells(measure);
    const counts = (measure?.bandCounts ?? [])
      .map(({ band, count }) => `${band.label[lang]}: ${count}`)
      .join(" · ");
    return [{ value: counts, wrap: true }];
  };

  // Overall of Everyone and of each shown group.
  grid.row({ value: t(lang, "rOverallBySet"), ...title });
  grid.row(
    header(lang, "hSet"),
    ...figureHeaders(lang, scoreHeader),
    ...countHeaders(overall.bandCounts),
  );
  // With perspectives, Everyone would pool them: each perspective stands instead.
  if (first === undefined)
    grid.row(
      { value: t(lang, "everyone"), bold: true },
      ...figureCells(overall, lang),
      ...countCells(overall),
    );
  for (const perspective of shownPerspectives)
    grid.row(
      { value: perspective.name[lang], bold: true },
      ...figureCells(perspective.overall, lang),
      ...countCells(perspective.overall),
    );
  for (const group of groups) {
    grid.row(
      { value: group.group, bold: true },
      ...figureCells(group.overall, lang),
      ...countCells(group.overall),
    );
  }
  for (const hidden of result.hiddenGroups) {
    note(
      t(lang, hidden.reason === "too-small" ? "rGroupTooSmall" : "rGroupRevealsSmaller", {
        group: hidden.group,
        minimum: result.minGroupSize,
        set:
          perspectives.find((perspective) => perspective.perspective === hidden.within)?.name[
            lang
          ] ?? t(lang, "everyone"),
      }),
    );
  }
  grid.blank();

  // Per-area table.
  grid.row({ value: t(lang, "rAreas"), ...title });
  if (first !== undefined) note(t(lang, "rAreasOf", { perspective: first.name[lang] }));
  grid.row(
    header(lang, "hArea"),
    ...figureHeaders(lang, scoreHeader),
    header(lang, "hCompleteness"),
    header(lang, "hMin"),
    header(lang, "hMax"),
    header(lang, "hTarget"),
    header(lang, "hGap"),
    header(lang, "hPriority"),
    ...(showRespondents ? [header(lang, "hLowest"), header(lang, "hHighest")] : []),
    ...areaCountHeaders(),
    ...groups.flatMap((group) => [
      { ...header(lang, "hGroup"), value: group.group },
      header(lang, "hN"),
    ]),
    ...(groups.length > 1 ? [header(lang, "hGroupGap"), header(lang, "hGapGroups")] : []),
  );
  for (const area of result.areas) {
    const gap = result.groupGaps.find((candidate) => candidate.area === area.area);
    grid.row(
      { value: area.name[lang], bold: true },
      ...figureCells(area, lang),
      { value: area.completeness, format: PERCENT, align: "right" },
      { value: area.min, align: "right" },
      { value: area.max, align: "right" },
      scoreCell(area.target),
      scoreCell(area.gap),
      scoreCell(area.priority),
      ...(showRespondents ? [scoreCell(area.stats?.min), scoreCell(area.stats?.max)] : []),
      ...areaCountCells(area),
      ...groups.flatMap((group) => {
        const figure = ownValue(group.areas, area.area);
        return [scoreCell(figure?.score), countCell(figure?.n)];
      }),
      ...(groups.length > 1
        ? [
            scoreCell(gap?.gap),
            {
              value:
                gap === undefined
                  ? null
                  : t(lang, "groupGapText", {
                      gap: formatNumber(shown(gap.gap), lang),
                      high: gap.high.group,
                      low: gap.low.group,
                    }),
            },
          ]
        : []),
    );
  }
  note(t(lang, "rSetRule", { minimum }));
  note(t(lang, "rStatsRule"));
  note(t(lang, "rAgreementRule"));
  if (result.countModel) note(t(lang, "rCountRule"));
  grid.blank();

  // Themes across the areas (rule 15 of scoring), e.g. the management factors.
  if (result.themes.length > 0) {
    grid.row({ value: t(lang, "rThemes"), ...title });
    grid.row(
      header(lang, "hTheme"),
      header(lang, "hScore"),
      header(lang, "hN"),
      header(lang, "hCi"),
      header(lang, "hSd"),
    );
    for (const theme of result.themes) {
      grid.row(
        { value: theme.name[lang], bold: true },
        scoreCell(theme.score),
        countCell(theme.n),
        scoreCell(theme.stats?.ci?.margin),
        { value: theme.stats?.sd ?? null, format: TWO_DECIMALS, align: "right" },
      );
    }
    const [range] = result.themes;
    note(
      model.scoring.overall === "weightedMean" && range !== undefined
        ? t(lang, "rThemeRule", {
            range: `${formatNumber(range.min, lang)}–${formatNumber(range.max, lang)}`,
            minimum,
          })
        : t(lang, "rThemeRulePercent", { minimum }),
    );
    grid.blank();
  }

  // Each shown group's figures, area by area, with their statistics.
  if (groups.length > 0) {
    grid.row({ value: t(lang, "rByGroup"), ...title });
    grid.row(
      header(lang, "hGroup"),
      header(lang, "hArea"),
      ...figureHeaders(lang, scoreHeader),
      ...areaCountHeaders(),
    );
    for (const group of groups) {
      for (const area of result.areas) {
        const figure = ownValue(group.areas, area.area);
        grid.row(
          { value: group.group, bold: true },
          area.name[lang],
          ...figureCells(figure, lang),
          ...areaCountCells(figure),
        );
      }
    }
    grid.blank();
  }

  // Recommendations for the weakest areas, and which order each list follows.
  grid.row({ value: t(lang, "rRecommendations"), ...title });
  note(t(lang, "rWeakestRule", { count: WEAKEST_AREAS_SHOWN }));
  const targeted = result.areas.some((area) => area.target !== null);
  note(t(lang, targeted ? "rPlanByPriority" : "rPlanByWeakest"));
  const weakest = result.weakest.slice(0, WEAKEST_AREAS_SHOWN);
  if (weakest.length === 0) note(t(lang, "rNoRecommendations"));
  else
    grid.row(
      header(lang, "hArea"),
      header(lang, scoreHeader),
      header(lang, "hBand"),
      header(lang, "hRecommendation"),
    );
  for (const recommendation of weakest) {
    const area = result.areas.find((candidate) => candidate.area === recommendation.area);
    grid.row(
      { value: area?.name[lang] ?? recommendation.area, bold: true },
      scoreCell(recommendation.score),
      area === undefined ? null : bandCell(area, lang),
      { value: recommendation.text[lang], wrap: true },
    );
  }
  grid.blank();

  // Scores by respondent, when shown.
  grid.row({ value: t(lang, "rRespondents"), ...title });
  if (!showRespondents) note(t(lang, "rRespondentsHidden"));
  else {
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
  }
  grid.blank();

  // Data problems, with the cell to look at.
  grid.row({ value: t(lang, "rProblems"), ...title });
  if (problems.length === 0) {
    note(t(lang, "rNoProblems"));
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
        { value: sheetProblemMessage(problem, lang), wrap: true },
      );
    }
  }
  grid.blank();

  // The charts' data: areas down, series (everyone, then each shown group) across.
  grid.row({ value: t(lang, "rChartData"), ...title });
  // With perspectives, one series per perspective instead of Everyone (which would pool them),
  // and a block of perception gaps for their own chart.
  const series =
    first === undefined
      ? [{ name: t(lang, "everyone"), areas: null }]
      : shownPerspectives.map((perspective) => ({
          name: perspective.name[lang],
          areas: perspective.areas,
        }));
  const chartHeaderRow = grid.row(
    header(lang, "hArea"),
    ...series.map(({ name }) => ({ ...header(lang, "everyone"), value: name })),
    ...groups.map((group) => ({ ...header(lang, "hGroup"), value: group.group })),
  );
  for (const area of result.areas) {
    grid.row(
      area.name[lang],
      ...series.map(({ areas }) =>
        scoreCell(areas === null ? area.score : ownValue(areas, area.area)?.score),
      ),
      ...groups.map((group) => scoreCell(ownValue(group.areas, area.area)?.score)),
    );
  }
  let gapHeaderRow = 0;
  if (first !== undefined && others.length > 0) {
    grid.blank();
    gapHeaderRow = grid.row(
      header(lang, "hArea"),
      ...others.map((other) => ({
        ...header(lang, "hPerceptionGap"),
        value: `${first.name[lang]} − ${other.name[lang]}`,
      })),
    );
    for (const area of model.areas) {
      grid.row(
        area.name[lang],
        ...others.map((other) =>
          scoreCell(
            shownGap(ownValue(first.areas, area.id)?.score, ownValue(other.areas, area.id)?.score),
          ),
        ),
      );
    }
  }

  const { values, formats } = grid.build();
  const columns = values[0]?.length ?? 1;
  const data = {
    row: chartHeaderRow,
    column: 1,
    rows: 1 + result.areas.length,
    columns: 1 + series.length + groups.length,
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
  if (gapHeaderRow > 0) {
    // Symmetric around zero, so the sign reads at a glance; as wide as an area's range.
    const span = Math.max(...result.areas.map((area) => area.max - area.min));
    charts.push({
      kind: "column",
      title: t(lang, "chartPerceptionGap"),
      data: {
        row: gapHeaderRow,
        column: 1,
        rows: 1 + model.areas.length,
        columns: 1 + others.length,
      },
      anchor: { row: 40, column: chartColumn },
      width: 520,
      height: 320,
      axis: { min: -span, max: span },
    });
  }

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
