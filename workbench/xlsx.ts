/**
 * The in-memory workbook as an .xlsx file (Office Open XML), so a result opens in LibreOffice or
 * Excel or can be imported into Google Sheets: values, formulas, fills, fonts, number formats,
 * column widths, frozen panes, hidden rows and sheets, dropdowns, and sheet protection with the
 * editable cells unlocked. Charts and conditional formats are not carried over.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { a1, type Box, boxContains, parseBox } from "../src/core/layout/a1";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../src/memory-sheets/snapshot";

// ——— ZIP (deflate, no encryption, no zip64: workbooks here are far below 4 GiB) ———

interface ZipEntry {
  name: string;
  data: Buffer;
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ——— XML ———

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all.
      .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Cell styles, deduplicated: each distinct combination becomes one cellXfs entry. */
class Styles {
  private readonly fonts = ['<font><sz val="10"/><name val="Arial"/></font>'];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly formats: string[] = [];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly index = new Map<string, number>([["", 0]]);

  private add(list: string[], xml: string): number {
    const at = list.indexOf(xml);
    return at >= 0 ? at : list.push(xml) - 1;
  }

  styleOf(cell: CellSnapshot | undefined, unlocked: boolean): number {
    const format = cell?.format ?? {};
    const bold = format.fontWeight === "bold";
    const color = typeof format.fontColor === "string" ? format.fontColor : null;
    const size = typeof format.fontSize === "number" ? format.fontSize : null;
    const fill =
      typeof format.background === "string" && format.background !== "#ffffff"
        ? format.background
        : null;
    const numberFormat =
      typeof format.numberFormat === "string" && format.numberFormat !== "General"
        ? format.numberFormat
        : null;
    const wrap = format.wrap === true;
    const align =
      typeof format.horizontalAlignment === "string" && format.horizontalAlignment !== "general"
        ? format.horizontalAlignment
        : null;
    const key = JSON.stringify([bold, color, size, fill, numberFormat, wrap, align, unlocked]);
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const fontId =
      bold || color !== null || size !== null
        ? this.add(
            this.fonts,
            `<font>${bold ? "<b/>" : ""}<sz val="${size ?? 10}"/>${color === null ? "" : `<color rgb="${argb(color)}"/>`}<name val="Arial"/></font>`,
          )
        : 0;
    const fillId =
      fill === null
        ? 0
        : this.add(
            this.fills,
            `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/></patternFill></fill>`,
          );
    const numFmtId = numberFormat === null ? 0 : 164 + this.add(this.formats, numberFormat);
    const alignment =
      wrap || align !== null
        ? `<alignment${align === null ? "" : ` horizontal="${align}"`}${wrap ? ' wrapText="1"' : ""} vertical="top"/>`
        : "";
    const protection = unlocked ? '<protection locked="0"/>' : "";
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}` +
      `${alignment ? ' applyAlignment="1"' : ""}${unlocked ? ' applyProtection="1"' : ""}>${alignment}${protection}</xf>`;
    const id = this.xfs.push(xf) - 1;
    this.index.set(key, id);
    return id;
  }

  xml(): string {
    const numFmts = this.formats
      .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts ? `<numFmts count="${this.formats.length}">${numFmts}</numFmts>` : "") +
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join("")}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      "</styleSheet>"
    );
  }
}

function cellXml(ref: string, cell: CellSnapshot | undefined, style: number): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (cell?.formula !== undefined)
    return `<c r="${ref}"${s}><f>${escapeXml(cell.formula.replace(/^=/, ""))}</f></c>`;
  const value = cell?.value ?? null;
  if (value === null || value === "") return style === 0 ? "" : `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** A dropdown list as .xlsx holds it: one quoted, comma-separated formula of at most 255 characters. */
function listFormula(values: readonly unknown[]): string | null {
  const items = values.map(String);
  if (items.some((item) => item.includes(",") || item.includes('"'))) return null;
  const joined = items.join(",");
  return joined.length > 255 ? null : `"${escapeXml(joined)}"`;
}

function sheetXml(sheet: SheetSnapshot, styles: Styles): string {
  const cells = new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const protection = sheet.protections.find((p) => p.range === null && !p.warningOnly);
  const unlocked = (protection?.unprotectedRanges ?? [])
    .map(parseBox)
    .filter((box): box is Box => box !== null);
  const isUnlocked = (row: number, column: number) =>
    unlocked.some((box) => boxContains(box, row, column));
  const hidden = new Set(sheet.hiddenRows);
  const lastRow = Math.max(sheet.lastRow, ...unlocked.map((box) => box.row + box.rows - 1));
  const lastColumn = Math.max(
    sheet.lastColumn,
    ...unlocked.map((box) => box.column + box.columns - 1),
  );

  const rows: string[] = [];
  for (let row = 1; row <= lastRow; row++) {
    const line: string[] = [];
    for (let column = 1; column <= lastColumn; column++) {
      const cell = cells.get(`${row}:${column}`);
      const xml = cellXml(a1(row, column), cell, styles.styleOf(cell, isUnlocked(row, column)));
      if (xml !== "") line.push(xml);
    }
    // Row heights in points (Sheets' pixels × 0.75), as the add-on set them for merged text.
    const height = sheet.rowHeights[String(row)];
    const size = height === undefined ? "" : ` ht="${(height * 0.75).toFixed(2)}" customHeight="1"`;
    if (line.length > 0 || hidden.has(row) || size !== "")
      rows.push(
        `<row r="${row}"${hidden.has(row) ? ' hidden="1"' : ""}${size}>${line.join("")}</row>`,
      );
  }

  const widths = Object.entries(sheet.columnWidths)
    .map(
      ([column, pixels]) =>
        `<col min="${column}" max="${column}" width="${(pixels / 7).toFixed(2)}" customWidth="1"/>`,
    )
    .join("");
  const frozen =
    sheet.frozenRows > 0 || sheet.frozenColumns > 0
      ? `<pane${sheet.frozenColumns ? ` xSplit="${sheet.frozenColumns}"` : ""}${sheet.frozenRows ? ` ySplit="${sheet.frozenRows}"` : ""} topLeftCell="${a1(sheet.frozenRows + 1, sheet.frozenColumns + 1)}" activePane="bottomRight" state="frozen"/>`
      : "";

  // Dropdowns: cells sharing one list are written as one validation with many ranges.
  const byList = new Map<number, string[]>();
  for (const cell of sheet.cells) {
    if (cell.validation === undefined) continue;
    const refs = byList.get(cell.validation) ?? [];
    refs.push(cell.a1);
    byList.set(cell.validation, refs);
  }
  const validations = [...byList]
    .map(([index, refs]) => {
      const rule = sheet.dataValidations[index];
      const list =
        rule?.criteria === "VALUE_IN_LIST" && Array.isArray(rule.values[0])
          ? listFormula(rule.values[0])
          : null;
      if (rule === undefined || list === null) return "";
      return `<dataValidation type="list" allowBlank="1" showErrorMessage="${rule.allowInvalid ? 0 : 1}" errorStyle="stop" prompt="${escapeXml(rule.helpText)}" showInputMessage="${rule.helpText ? 1 : 0}" sqref="${refs.join(" ")}"><formula1>${list}</formula1></dataValidation>`;
    })
    .filter((xml) => xml !== "");

  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (sheet.tabColor ? `<sheetPr><tabColor rgb="${argb(sheet.tabColor)}"/></sheetPr>` : "") +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (protection ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : "") +
    (sheet.merges.length > 0
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
      : "") +
    (validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
      : "") +
    "</worksheet>"
  );
}

/** Excel holds at most 31 characters per sheet name; shortened names are kept distinct. */
export function xlsxSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name.slice(0, 31);
    for (let n = 2; used.has(candidate.toLowerCase()); n++)
      candidate = `${name.slice(0, 31 - String(n).length - 1)}~${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

export function workbookToXlsx(workbook: WorkbookSnapshot): Buffer {
  const styles = new Styles();
  const sheets = workbook.sheets.map((sheet) => sheetXml(sheet, styles));
  const names = xlsxSheetNames(workbook.sheets.map((sheet) => sheet.name)).map(escapeXml);
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          sheets
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join("") +
          "</Types>",
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          "</Relationships>",
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          workbook.sheets
            .map(
              (sheet, i) =>
                `<sheet name="${names[i]}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
            )
            .join("") +
          "</sheets></workbook>",
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          sheets
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join("") +
          `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
          "</Relationships>",
      ),
    },
    ...sheets.map((xml, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(xml),
    })),
    { name: "xl/styles.xml", data: Buffer.from(styles.xml()) },
  ];
  return zip(entries);
}
