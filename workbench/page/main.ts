/**
 * The workbench's live view of the in-memory workbook: sheet tabs, cells with their formats,
 * answer cells editable through their dropdowns (as a client would), and charts drawn from their
 * spec. Every cell text is set with textContent.
 */
import {
  type Box,
  boxContains,
  a1 as cellName,
  columnLetter,
  parseBox,
} from "../../src/core/layout/a1";
import type {
  CellSnapshot,
  ChartSnapshot,
  JsonValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/memory-sheets/snapshot";

const tabs = document.getElementById("tabs") as HTMLElement;
const sheetView = document.getElementById("sheet") as HTMLElement;
const message = document.getElementById("message") as HTMLElement;
let snapshot: WorkbookSnapshot | null = null;
let current: string | null = null;
let lastActive: string | null = null;

function editableBoxes(sheet: SheetSnapshot): Box[] | null {
  const protection = sheet.protections.find((p) => p.range === null);
  if (protection === undefined || protection.warningOnly) return null;
  return protection.unprotectedRanges.map(parseBox).filter((rect): rect is Box => rect !== null);
}

async function refresh(): Promise<void> {
  const response = await fetch("/api/workbook");
  snapshot = (await response.json()) as WorkbookSnapshot;
  // Follow the add-on when it activates a sheet, as Sheets does.
  if (snapshot.activeSheet !== lastActive) current = snapshot.activeSheet;
  lastActive = snapshot.activeSheet;
  if (!snapshot.sheets.some((sheet) => sheet.name === current)) current = snapshot.activeSheet;
  render();
}

async function edit(sheet: string, a1: string, value: string): Promise<void> {
  const response = await fetch("/api/edit", {
    headers: { "content-type": "application/json" },
    method: "POST",
    body: JSON.stringify({ sheet, a1, value }),
  });
  const result = (await response.json()) as { ok: boolean; message?: string };
  message.textContent = result.ok ? "" : `${a1}: ${result.message ?? "refused"}`;
  await refresh();
}

function renderTabs(): void {
  tabs.replaceChildren(
    ...(snapshot?.sheets ?? []).map((sheet) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-selected", String(sheet.name === current));
      tab.dataset.sheet = sheet.name;
      const label = document.createElement("span");
      label.textContent = sheet.name;
      if (sheet.hidden) label.className = "hidden";
      tab.append(label);
      if (sheet.tabColor !== null) tab.style.borderTop = `3px solid ${sheet.tabColor}`;
      tab.addEventListener("click", () => {
        current = sheet.name;
        render();
      });
      return tab;
    }),
  );
}

function styleCell(td: HTMLTableCellElement, cell: CellSnapshot): void {
  const format = cell.format ?? {};
  if (typeof format.background === "string") td.style.background = format.background;
  if (typeof format.fontColor === "string") td.style.color = format.fontColor;
  if (format.fontWeight === "bold") td.style.fontWeight = "bold";
  if (typeof format.fontSize === "number") td.style.fontSize = `${format.fontSize + 3}px`;
  if (typeof format.horizontalAlignment === "string" && format.horizontalAlignment !== "general") {
    td.style.textAlign = format.horizontalAlignment;
  }
  if (format.wrap === true) td.classList.add("wrap");
}

function answerControl(
  sheet: SheetSnapshot,
  cell: CellSnapshot | undefined,
  a1: string,
): HTMLElement {
  const validation =
    cell?.validation === undefined ? undefined : sheet.dataValidations[cell.validation];
  const value = cell?.display ?? "";
  const list = validation?.criteria === "VALUE_IN_LIST" ? validation.values[0] : undefined;
  if (Array.isArray(list)) {
    const select = document.createElement("select");
    select.setAttribute("aria-label", a1);
    select.dataset.cell = a1;
    for (const optionValue of ["", ...list.map(String)]) {
      const option = document.createElement("option");
      option.value = optionValue;
      option.textContent = optionValue;
      option.selected = optionValue === value;
      select.append(option);
    }
    if (value !== "" && !list.map(String).includes(value)) {
      const option = document.createElement("option");
      option.textContent = value;
      option.selected = true;
      select.append(option);
    }
    select.addEventListener("change", () => void edit(sheet.name, a1, select.value));
    return select;
  }
  const input = document.createElement("input");
  input.type = "text";
  input.value = value;
  input.dataset.cell = a1;
  input.setAttribute("aria-label", a1);
  input.addEventListener("change", () => void edit(sheet.name, a1, input.value));
  return input;
}

/**
 * The in-memory spreadsheet stores formulas without computing them; the view computes the one kind
 * the add-on writes, a one-range COUNTA (the questionnaire's progress count), and shows others as
 * their text.
 */
function formulaDisplay(formula: string, cells: ReadonlyMap<string, CellSnapshot>): string {
  const match = /^=COUNTA\(([A-Z]+\d+:[A-Z]+\d+)\)$/i.exec(formula);
  const rect = match?.[1] === undefined ? null : parseBox(match[1]);
  if (rect === null) return formula;
  let count = 0;
  for (let row = rect.row; row < rect.row + rect.rows; row++) {
    for (let column = rect.column; column < rect.column + rect.columns; column++) {
      const value = cells.get(`${row}:${column}`)?.value;
      if (value !== null && value !== undefined && value !== "") count += 1;
    }
  }
  return String(count);
}

/** Double-click: type into any cell, as a person would (protection and dropdowns still apply). */
function startEditing(sheet: string, td: HTMLTableCellElement, a1: string, value: string): void {
  const input = document.createElement("input");
  input.type = "text";
  input.value = value;
  input.dataset.cell = a1;
  input.setAttribute("aria-label", a1);
  td.replaceChildren(input);
  input.focus();
  let done = false;
  const finish = (save: boolean) => {
    if (done) return;
    done = true;
    if (save && input.value !== value) void edit(sheet, a1, input.value);
    else render();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") finish(true);
    if (event.key === "Escape") finish(false);
  });
  input.addEventListener("blur", () => finish(true));
}

function renderGrid(sheet: SheetSnapshot): HTMLTableElement {
  const cells = new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const editable = editableBoxes(sheet);
  const hidden = new Set(sheet.hiddenRows);
  // Merged cells: the top-left one spans the block, the others are not drawn.
  const merges = sheet.merges.flatMap((a1) => parseBox(a1) ?? []);
  const rows = Math.max(sheet.lastRow, 1);
  const columns = Math.max(sheet.lastColumn, 1);
  const table = document.createElement("table");
  table.className = "grid";
  table.dataset.sheet = sheet.name;
  const colgroup = document.createElement("colgroup");
  const rowHeader = document.createElement("col");
  rowHeader.style.width = "36px";
  colgroup.append(rowHeader);
  const head = document.createElement("tr");
  head.append(document.createElement("th"));
  let tableWidth = 36;
  for (let column = 1; column <= columns; column++) {
    const col = document.createElement("col");
    const width = sheet.columnWidths[String(column)] ?? 100;
    col.style.width = `${width}px`;
    tableWidth += width;
    colgroup.append(col);
    const th = document.createElement("th");
    th.textContent = columnLetter(column);
    head.append(th);
  }
  // A fixed layout needs the table's width, or the first long text stretches column A.
  table.style.width = `${tableWidth}px`;
  table.append(colgroup, head);
  for (let row = 1; row <= rows; row++) {
    if (hidden.has(row)) continue;
    const tr = document.createElement("tr");
    const height = sheet.rowHeights[String(row)];
    if (height !== undefined) tr.style.height = `${height}px`;
    const th = document.createElement("th");
    th.className = "rowhead";
    th.textContent = String(row);
    tr.append(th);
    for (let column = 1; column <= columns; column++) {
      const merge = merges.find((box) => boxContains(box, row, column));
      if (merge !== undefined && (merge.row !== row || merge.column !== column)) continue;
      const td = document.createElement("td");
      if (merge !== undefined) {
        td.colSpan = merge.columns;
        td.rowSpan = merge.rows;
      }
      const cell = cells.get(`${row}:${column}`);
      const a1 = cellName(row, column);
      td.dataset.cell = a1;
      if (cell !== undefined) styleCell(td, cell);
      if (editable?.some((rect) => boxContains(rect, row, column))) {
        td.append(answerControl(sheet, cell, a1));
      } else {
        td.addEventListener("dblclick", () =>
          startEditing(sheet.name, td, a1, cell?.formula ?? cell?.display ?? ""),
        );
        td.textContent =
          cell?.formula === undefined ? (cell?.display ?? "") : formulaDisplay(cell.formula, cells);
        if (cell?.formula !== undefined) td.title = cell.formula;
        // Like Sheets, unwrapped text runs on into an empty cell to its right.
        const next = cells.get(`${row}:${column + (merge?.columns ?? 1)}`);
        if (td.textContent !== "" && (next === undefined || next.display === ""))
          td.classList.add("overflow");
      }
      tr.append(td);
    }
    table.append(tr);
  }
  return table;
}

// ——— Charts, drawn from their spec and the cells they point at ———

const SVG = "http://www.w3.org/2000/svg";
const PALETTE = ["#1a73e8", "#d93025", "#188038", "#f9ab00", "#9334e6", "#12b5cb"];

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

interface Series {
  labels: string[];
  names: string[];
  values: (number | null)[][];
}

function chartData(sheet: SheetSnapshot, a1: string): Series | null {
  const rect = parseBox(a1);
  if (rect === null) return null;
  const cells = new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const at = (row: number, column: number) => cells.get(`${row}:${column}`);
  const names = Array.from(
    { length: rect.columns - 1 },
    (_, c) => at(rect.row, rect.column + 1 + c)?.display ?? "",
  );
  const labels = Array.from(
    { length: rect.rows - 1 },
    (_, r) => at(rect.row + 1 + r, rect.column)?.display ?? "",
  );
  const values = names.map((_, c) =>
    labels.map((_, r) => {
      const value = at(rect.row + 1 + r, rect.column + 1 + c)?.value;
      return typeof value === "number" ? value : null;
    }),
  );
  return { labels, names, values };
}

interface Axis {
  min: number;
  max: number;
}

/** A number at a path of nested chart options ({ vAxis: { viewWindow: { min: 1 } } }), if set. */
function optionNumber(options: ChartSnapshot["options"], path: readonly string[]): number | null {
  let at: JsonValue | undefined = options;
  for (const key of path) {
    if (typeof at !== "object" || at === null || Array.isArray(at)) return null;
    at = at[key];
  }
  return typeof at === "number" ? at : null;
}

/**
 * The value axis as the chart's options fix it, as Sheets draws it (the add-on fixes e.g. 1–5 so
 * charts of different runs compare); the data's own range only where the options set none.
 */
function axisOf(options: ChartSnapshot["options"], data: Series): Axis {
  const all = data.values.flat().filter((v): v is number => v !== null);
  const min =
    optionNumber(options, ["vAxis", "viewWindow", "min"]) ??
    optionNumber(options, ["vAxis", "minValue"]) ??
    Math.min(0, ...all);
  const max =
    optionNumber(options, ["vAxis", "viewWindow", "max"]) ??
    optionNumber(options, ["vAxis", "maxValue"]) ??
    Math.max(1, ...all);
  return max > min ? { min, max } : { min, max: min + 1 };
}

/** Where a value sits on the axis, 0 at min to 1 at max; values outside are cut at the edge. */
const onAxis = (value: number, axis: Axis): number =>
  (Math.min(axis.max, Math.max(axis.min, value)) - axis.min) / (axis.max - axis.min);

function radar(data: Series, axis: Axis): SVGSVGElement {
  const size = 360;
  const center = size / 2;
  const radius = size / 2 - 70;
  const svg = svgElement("svg", {
    width: size,
    height: size,
    viewBox: `0 0 ${size} ${size}`,
    role: "img",
  });
  const angle = (i: number) => (Math.PI * 2 * i) / data.labels.length - Math.PI / 2;
  const at = (i: number, r: number) =>
    [center + r * Math.cos(angle(i)), center + r * Math.sin(angle(i))] as const;
  const point = (i: number, value: number) => at(i, onAxis(value, axis) * radius);
  for (let ring = 1; ring <= 4; ring++) {
    const value = axis.min + ((axis.max - axis.min) * ring) / 4;
    const points = data.labels.map((_, i) => point(i, value).join(",")).join(" ");
    svg.append(svgElement("polygon", { points, fill: "none", stroke: "#dadce0" }));
  }
  data.labels.forEach((label, i) => {
    const [x, y] = at(i, radius * 1.12);
    const text = svgElement("text", {
      x,
      y,
      "font-size": 10,
      "text-anchor": "middle",
      fill: "#5f6368",
    });
    text.textContent = label.length > 22 ? `${label.slice(0, 21)}…` : label;
    svg.append(text);
  });
  data.values.forEach((series, s) => {
    const points = series.map((value, i) => point(i, value ?? axis.min).join(",")).join(" ");
    const color = PALETTE[s % PALETTE.length] ?? "#1a73e8";
    svg.append(
      svgElement("polygon", {
        points,
        fill: color,
        "fill-opacity": 0.15,
        stroke: color,
        "stroke-width": 2,
      }),
    );
  });
  return svg;
}

function columns(data: Series, axis: Axis): SVGSVGElement {
  const width = 480;
  const height = 260;
  const bottom = height - 60;
  const svg = svgElement("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img" });
  const group = (width - 40) / Math.max(1, data.labels.length);
  const bar = (group - 8) / Math.max(1, data.names.length);
  svg.append(svgElement("line", { x1: 30, y1: bottom, x2: width, y2: bottom, stroke: "#9aa0a6" }));
  data.labels.forEach((label, i) => {
    data.values.forEach((series, s) => {
      const value = series[i] ?? axis.min;
      const h = onAxis(value, axis) * (bottom - 10);
      svg.append(
        svgElement("rect", {
          x: 34 + i * group + s * bar,
          y: bottom - h,
          width: Math.max(1, bar - 1),
          height: Math.max(0, h),
          fill: PALETTE[s % PALETTE.length] ?? "#1a73e8",
        }),
      );
    });
    const text = svgElement("text", {
      x: 34 + i * group + group / 2,
      y: bottom + 14,
      "font-size": 9,
      "text-anchor": "middle",
      fill: "#5f6368",
    });
    text.textContent = label.length > 14 ? `${label.slice(0, 13)}…` : label;
    svg.append(text);
  });
  return svg;
}

function renderCharts(sheet: SheetSnapshot): HTMLElement {
  const container = document.createElement("div");
  container.className = "charts";
  for (const chart of sheet.charts) {
    const data = chart.ranges[0] === undefined ? null : chartData(sheet, chart.ranges[0]);
    if (data === null) continue;
    const figure = document.createElement("figure");
    figure.className = "chart";
    figure.dataset.chartType = chart.type ?? "";
    const title = document.createElement("h3");
    title.textContent = typeof chart.options.title === "string" ? chart.options.title : "";
    const axis = axisOf(chart.options, data);
    const legend = document.createElement("div");
    legend.className = "muted";
    legend.textContent = data.names.join(" · ");
    figure.append(title, chart.type === "RADAR" ? radar(data, axis) : columns(data, axis), legend);
    container.append(figure);
  }
  return container;
}

function render(): void {
  renderTabs();
  const sheet = snapshot?.sheets.find((candidate) => candidate.name === current);
  if (sheet === undefined) {
    sheetView.replaceChildren();
    return;
  }
  sheetView.replaceChildren(renderCharts(sheet), renderGrid(sheet));
}

window.addEventListener("message", (event) => {
  const data = event.data as { type?: string } | null;
  if (event.origin === window.location.origin && data?.type === "bussola:changed") void refresh();
});

void refresh();
