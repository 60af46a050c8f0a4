/** Embedded charts: the builder, the built chart, and the Charts global's enums. */
import {
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
  enumName,
  member,
  Position,
} from "./enums";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import { type ChartModel, cloneChart, RangeRef } from "./model";
import { MemoryRange, makeRange } from "./range";
import type { SheetModel } from "./sheet-model";
import type { MemoryWorkbook } from "./workbook";

type Range = GoogleAppsScript.Spreadsheet.Range;

const newChartModel = (): ChartModel => ({
  id: null,
  type: null,
  ranges: [],
  anchorRow: 1,
  anchorColumn: 1,
  offsetX: 0,
  offsetY: 0,
  options: {},
  hiddenDimensionStrategy: "IGNORE_BOTH",
  mergeStrategy: "MERGE_COLUMNS",
  numHeaders: -1,
  transposeRowsAndColumns: false,
});

const rangesOf = (wb: MemoryWorkbook, chart: ChartModel): MemoryRange[] =>
  chart.ranges.flatMap((ref) => {
    const sheet = wb.sheetById(ref.sheetId);
    return sheet ? [makeRange(wb, sheet, ref.rect)] : [];
  });

export class MemoryContainerInfo
  extends ApiObject
  implements
    ApiShape<
      GoogleAppsScript.Spreadsheet.ContainerInfo,
      "getAnchorColumn" | "getAnchorRow" | "getOffsetX" | "getOffsetY"
    >
{
  readonly [API_NAME] = "ContainerInfo";
  constructor(readonly chart: ChartModel) {
    super();
  }
  getAnchorColumn(): number {
    return this.chart.anchorColumn;
  }
  getAnchorRow(): number {
    return this.chart.anchorRow;
  }
  getOffsetX(): number {
    return this.chart.offsetX;
  }
  getOffsetY(): number {
    return this.chart.offsetY;
  }
}

export class MemoryChartOptions
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Charts.ChartOptions, "get">
{
  readonly [API_NAME] = "ChartOptions";
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

type BuilderMethods =
  | "addRange"
  | "asAreaChart"
  | "asBarChart"
  | "asColumnChart"
  | "asComboChart"
  | "asHistogramChart"
  | "asLineChart"
  | "asPieChart"
  | "asScatterChart"
  | "asTableChart"
  | "build"
  | "clearRanges"
  | "getChartType"
  | "getContainer"
  | "getRanges"
  | "removeRange"
  | "setChartType"
  | "setHiddenDimensionStrategy"
  | "setMergeStrategy"
  | "setNumHeaders"
  | "setOption"
  | "setPosition"
  | "setTransposeRowsAndColumns";

export class MemoryEmbeddedChartBuilder
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, BuilderMethods>
{
  readonly [API_NAME]: string = "EmbeddedChartBuilder";
  readonly chart: ChartModel;

  constructor(
    readonly wb: MemoryWorkbook,
    readonly sheet: SheetModel,
    from?: ChartModel,
  ) {
    super();
    this.chart = from ? cloneChart(from) : newChartModel();
  }

  addRange(range: Range): this {
    const r = expectInstance(range, MemoryRange, "range");
    this.chart.ranges.push(new RangeRef(r.sheet.sheetId, { ...r.rect }));
    return this;
  }
  removeRange(range: Range): this {
    const r = expectInstance(range, MemoryRange, "range");
    const same = (ref: RangeRef): boolean =>
      ref.sheetId === r.sheet.sheetId &&
      ref.rect.row === r.rect.row &&
      ref.rect.column === r.rect.column &&
      ref.rect.numRows === r.rect.numRows &&
      ref.rect.numColumns === r.rect.numColumns;
    this.chart.ranges = this.chart.ranges.filter((ref) => !same(ref));
    return this;
  }
  clearRanges(): this {
    this.chart.ranges = [];
    return this;
  }
  getRanges(): MemoryRange[] {
    return rangesOf(this.wb, this.chart);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.chart.type = enumName(type);
    return this;
  }
  getChartType(): unknown {
    return this.chart.type === null ? null : member(ChartType, this.chart.type);
  }
  getContainer(): MemoryContainerInfo {
    return new MemoryContainerInfo({ ...this.chart });
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    Object.assign(this.chart, {
      anchorRow: anchorRowPos,
      anchorColumn: anchorColPos,
      offsetX,
      offsetY,
    });
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.chart.options[option] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.chart.numHeaders = headers;
    return this;
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    this.chart.hiddenDimensionStrategy = enumName(strategy);
    return this;
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): this {
    this.chart.mergeStrategy = enumName(mergeStrategy);
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.chart.transposeRowsAndColumns = transpose;
    return this;
  }
  asAreaChart(): MemoryTypedChartBuilder {
    return this.typed("AREA", "EmbeddedAreaChartBuilder");
  }
  asBarChart(): MemoryTypedChartBuilder {
    return this.typed("BAR", "EmbeddedBarChartBuilder");
  }
  asColumnChart(): MemoryTypedChartBuilder {
    return this.typed("COLUMN", "EmbeddedColumnChartBuilder");
  }
  asComboChart(): MemoryTypedChartBuilder {
    return this.typed("COMBO", "EmbeddedComboChartBuilder");
  }
  asHistogramChart(): MemoryTypedChartBuilder {
    return this.typed("HISTOGRAM", "EmbeddedHistogramChartBuilder");
  }
  asLineChart(): MemoryTypedChartBuilder {
    return this.typed("LINE", "EmbeddedLineChartBuilder");
  }
  asPieChart(): MemoryTypedChartBuilder {
    return this.typed("PIE", "EmbeddedPieChartBuilder");
  }
  asScatterChart(): MemoryTypedChartBuilder {
    return this.typed("SCATTER", "EmbeddedScatterChartBuilder");
  }
  asTableChart(): MemoryTypedChartBuilder {
    return this.typed("TABLE", "EmbeddedTableChartBuilder");
  }
  build(): MemoryEmbeddedChart {
    return new MemoryEmbeddedChart(this.wb, this.sheet, cloneChart(this.chart));
  }

  private typed(type: string, apiName: string): MemoryTypedChartBuilder {
    const builder = new MemoryTypedChartBuilder(this.wb, this.sheet, apiName, this.chart);
    builder.chart.type = type;
    return builder;
  }
}

/**
 * What asColumnChart() & co. return: the same builder plus the typed conveniences, stored as the
 * options Sheets uses for them ("title", "colors", "isStacked", "legend.position", …).
 */
export class MemoryTypedChartBuilder extends MemoryEmbeddedChartBuilder {
  override readonly [API_NAME]: string;
  constructor(wb: MemoryWorkbook, sheet: SheetModel, apiName: string, from: ChartModel) {
    super(wb, sheet, from);
    this[API_NAME] = apiName;
  }
  setTitle(chartTitle: string): this {
    return this.setOption("title", chartTitle);
  }
  setColors(cssValues: string[]): this {
    return this.setOption("colors", [...cssValues]);
  }
  setBackgroundColor(cssValue: string): this {
    return this.setOption("backgroundColor", cssValue);
  }
  setStacked(): this {
    return this.setOption("isStacked", true);
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    return this.setOption("legend.position", enumName(position).toLowerCase());
  }
  setXAxisTitle(title: string): this {
    return this.setOption("hAxis.title", title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption("vAxis.title", title);
  }
  setRange(start: number, end: number): this {
    return this.setOption("vAxis.viewWindow", { min: start, max: end });
  }
}

type ChartMethods =
  | "getChartId"
  | "getContainerInfo"
  | "getHiddenDimensionStrategy"
  | "getMergeStrategy"
  | "getNumHeaders"
  | "getOptions"
  | "getRanges"
  | "getTransposeRowsAndColumns"
  | "modify";

export class MemoryEmbeddedChart
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartMethods>
{
  readonly [API_NAME] = "EmbeddedChart";
  constructor(
    readonly wb: MemoryWorkbook,
    readonly sheet: SheetModel,
    readonly model: ChartModel,
  ) {
    super();
  }
  getChartId(): number | null {
    return this.model.id;
  }
  getContainerInfo(): MemoryContainerInfo {
    return new MemoryContainerInfo({ ...this.model });
  }
  getHiddenDimensionStrategy(): unknown {
    return member(ChartHiddenDimensionStrategy, this.model.hiddenDimensionStrategy);
  }
  getMergeStrategy(): unknown {
    return member(ChartMergeStrategy, this.model.mergeStrategy);
  }
  getNumHeaders(): number {
    return this.model.numHeaders;
  }
  getOptions(): MemoryChartOptions {
    return new MemoryChartOptions({ ...this.model.options });
  }
  getRanges(): MemoryRange[] {
    return rangesOf(this.wb, this.model);
  }
  getTransposeRowsAndColumns(): boolean {
    return this.model.transposeRowsAndColumns;
  }
  /** A builder prefilled with this chart (keeps its id, for updateChart). */
  modify(): MemoryEmbeddedChartBuilder {
    return new MemoryEmbeddedChartBuilder(this.wb, this.sheet, this.model);
  }
}

/** The Charts global: only the enums are used with embedded charts. */
export class MemoryCharts extends ApiObject {
  readonly [API_NAME] = "Charts";
  readonly ChartType = ChartType;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ChartMergeStrategy;
  readonly Position = Position;
}
