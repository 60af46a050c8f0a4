export type { Lang, Localized } from "./i18n";
export { formatNumber, formatPercent, langFromLocale } from "./i18n";
export type {
  Area,
  Band,
  Model,
  ModelError,
  ParseResult,
  Question,
  Recommendation,
  Scale,
  ScaleOption,
  ScoreRange,
} from "./model";
export { areaBands, bandFor, ModelSchema, overallRange, parseModel } from "./model";
export { builtinModels } from "./models";
export type {
  Answer,
  AreaRecommendation,
  AreaResult,
  BandResult,
  GroupGap,
  GroupResult,
  Measure,
  Problem,
  ProblemKind,
  RespondentAnswers,
  RespondentResult,
  Responses,
  ScoreOptions,
  ScoreResult,
  SetMeasure,
  Spread,
} from "./scoring";
export { score } from "./scoring";
