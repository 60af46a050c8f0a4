/** Embedded charts: the builder, the built chart, and the Charts global's enums. */
import { ChartHiddenDimensionStrategy, ChartType, enumName } from "./enums";
import { toJsonValue } from "./json";
import { API_NAME, ApiObject, type ApiShape, expectInstance } from "./membrane";
import { type ChartModel, cloneChart, RangeRef } from "./model";
import { MemoryRange } from "./range";

type BuilderMethods =
  | "addRange"
  | "build"
  | "setChartType"
  | "setHiddenDimensionStrategy"
  | "setNumHeaders"
  | "setOption"
  | "setPosition";

export class MemoryEmbeddedChartBuilder
  extends ApiObject
  implements ApiShape<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, BuilderMethods>
{
  readonly [API_NAME] = "EmbeddedChartBuilder";
  readonly chart: ChartModel = {
    id: null,
    type: null,
    ranges: [],
    anchorRow: 1,
    anchorColumn: 1,
    offsetX: 0,
    offsetY: 0,
    options: {},
    // Sheets' default leaves hidden rows and columns out of the chart (PLATFORM.md).
    hiddenDimensionStrategy: "IGNORE_BOTH",
    numHeaders: -1,
  };

  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const r = expectInstance(range, MemoryRange, "range");
    this.chart.ranges.push(new RangeRef(r.sheet.sheetId, { ...r.box }));
    return this;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.chart.type = enumName(type);
    return this;
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
  /** Kept as plain JSON: nested option objects ({ viewWindow: { min, max } }) survive whole. */
  setOption(option: string, value: unknown): this {
    this.chart.options[option] = toJsonValue(value);
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
  build(): MemoryEmbeddedChart {
    return new MemoryEmbeddedChart(cloneChart(this.chart));
  }
}

/** A built or inserted chart: scripts hand it to insertChart and removeChart. */
export class MemoryEmbeddedChart extends ApiObject {
  readonly [API_NAME] = "EmbeddedChart";
  constructor(readonly model: ChartModel) {
    super();
  }
}

/** The Charts global: only its enums are used with embedded charts. */
export class MemoryCharts extends ApiObject {
  readonly [API_NAME] = "Charts";
  readonly ChartType = ChartType;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
}
