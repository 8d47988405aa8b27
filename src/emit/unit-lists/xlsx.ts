import type { IsoDate } from '../../model/plan.js';
import { dateValue } from './date-cell.js';
import { pack, zip } from './zip.js';
import type { PackedEntry } from './zip.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell: text, or a calendar date (`YYYY-MM-DD`) written as a date the spreadsheet can sort and count. */
export type CellValue = string | { readonly date: IsoDate };

/** Any cell a sheet may hold: also a number (a count, days), in workbooks of several sheets (xlsxWorkbookOf). */
export type AnyCell = CellValue | number;

export interface Column {
  /** Width in characters (the width of a digit; a Chinese character takes two). */
  readonly width: number;
  /** Short values (a role, a number, a date) read best centred; text reads from the left. */
  readonly align: 'left' | 'center';
}

export interface Sheet {
  /** The tab's name; made legal (31 characters, none of `[]:*?/\`) here. */
  readonly name: string;
  /** Column headings: bold on a grey fill, frozen on screen, repeated at the top of every printed page. */
  readonly header: readonly string[];
  readonly rows: readonly (readonly AnyCell[])[];
  readonly columns: readonly Column[];
  /** Row heights in points, the header's first: spreadsheets do not fit rows to wrapped text on opening. */
  readonly heights: readonly number[];
  /** The number format of date cells, e.g. `yyyy"年"m"月"d"日";@`. */
  readonly dateFormat: string;
  /** Printed page header and footer, already in header language (page-bands.ts). */
  readonly pageHeader: string;
  readonly pageFooter: string;
}

// Characters XML 1.0 cannot hold at all; dropping them is the only way to keep the file valid.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function xml(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(XML_ILLEGAL, '').replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** `A`, `B`, … `Z`, `AA`: the column letters of a 0-based index. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function sheetName(name: string): string {
  const clean = Array.from(name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim()).slice(0, 31).join('');
  return clean === '' ? 'Sheet1' : clean;
}

/** Cell styles (indexes into cellXfs in styles()); 0 is the unstyled default every workbook needs. */
const STYLE = { header: 1, text: 2, centered: 3, date: 4, number: 5 } as const;

// Text is written as an inline string (t="inlineStr") in a cell formatted as text (@): a
// spreadsheet never evaluates it, so a task titled `=HYPERLINK(...)` or `+1` is shown as written,
// with no apostrophe needed, and stays text when someone edits the cell. No cell has a formula.
function textCell(ref: string, text: string, style: number): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${xml(text)}</t></is></c>`;
}

function cell(ref: string, value: AnyCell, column: Column | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}" s="${STYLE.number}"><v>${value}</v></c>` : `<c r="${ref}" s="${STYLE.centered}"/>`;
  if (typeof value !== 'string') {
    const serial = dateValue(value.date);
    // A date the calendar does not have stays visible as the text it was.
    if (serial === null) return textCell(ref, value.date, STYLE.centered);
    return `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  const style = column?.align === 'center' ? STYLE.centered : STYLE.text;
  // An empty cell has no value (readers see it as empty, not as ""), but keeps its borders.
  return value === '' ? `<c r="${ref}" s="${style}"/>` : textCell(ref, value, style);
}

function row(r: number, cells: string, height: number | undefined): string {
  const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
  return `<row r="${r}"${ht}>${cells}</row>`;
}

/** `'宣传条线'!`: a sheet name as a reference writes it, always quoted, its own quotes doubled. */
function sheetRef(name: string): string {
  return `'${sheetName(name).replace(/'/g, "''")}'!`;
}

function worksheet(sheet: Sheet, selected: boolean): string {
  const columns = Math.max(1, sheet.header.length, sheet.columns.length, ...sheet.rows.map((r) => r.length));
  const last = `${columnName(columns - 1)}${sheet.rows.length + 1}`;
  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('');
  const header = row(1, sheet.header.map((text, c) => textCell(`${columnName(c)}1`, text, STYLE.header)).join(''), sheet.heights[0]);
  const body = sheet.rows
    .map((cells, i) => row(i + 2, cells.map((value, c) => cell(`${columnName(c)}${i + 2}`, value, sheet.columns[c])).join(''), sheet.heights[i + 1]))
    .join('');
  // Element order is fixed by the schema (ECMA-376 §18.3.1.99); Excel refuses a file out of order.
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    // Print on one page wide, as many pages tall as the rows need.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="19"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${header}${body}</sheetData>` +
    (sheet.rows.length > 0 ? `<autoFilter ref="A1:${last}"/>` : '') +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>${xml(sheet.pageHeader)}</oddHeader><oddFooter>${xml(sheet.pageFooter)}</oddFooter></headerFooter>` +
    '</worksheet>'
  );
}

/** 1 … count: the sheets' numbers in part names and relationship ids. */
const numbers = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);

const contentTypes = (sheets: number): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  numbers(sheets).map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

// Sheet n is rId<n>; the styles come after the last sheet.
const workbookRels = (sheets: number): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  numbers(sheets).map((n) => `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
  `<Relationship Id="rId${sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  '</Relationships>';

/** The first number format id a workbook may define itself (0–163 are built in). */
const DATE_FORMAT_ID = 164;

const THIN = '<color auto="1"/>';
const BORDERED = 'borderId="1" applyBorder="1"';

/**
 * The styles: the default (0); the header, bold on a grey fill (1); wrapped text from the left (2);
 * centred text (3); a date (4); with `numbers`, a centred whole number (5). All but the default
 * have thin borders on every side, so the printed table has its grid; text cells are formatted as
 * text (49), dates by `dateFormat`, numbers as `0` (1). One-sheet unit workbooks have no numbers,
 * and their styles stay as they were.
 */
function styles(dateFormat: string, numbers: boolean): string {
  const align = (horizontal: string): string => `<alignment horizontal="${horizontal}" vertical="center" wrapText="1"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="${xml(dateFormat)}"/></numFmts>` +
    '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>' +
    '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border></borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${numbers ? 6 : 5}">` +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    `<xf numFmtId="49" fontId="1" fillId="2" ${BORDERED} xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">${align('center')}</xf>` +
    `<xf numFmtId="49" fontId="0" fillId="0" ${BORDERED} xfId="0" applyNumberFormat="1" applyAlignment="1">${align('left')}</xf>` +
    `<xf numFmtId="49" fontId="0" fillId="0" ${BORDERED} xfId="0" applyNumberFormat="1" applyAlignment="1">${align('center')}</xf>` +
    `<xf numFmtId="${DATE_FORMAT_ID}" fontId="0" fillId="0" ${BORDERED} xfId="0" applyNumberFormat="1" applyAlignment="1">${align('center')}</xf>` +
    (numbers ? `<xf numFmtId="1" fontId="0" fillId="0" ${BORDERED} xfId="0" applyNumberFormat="1" applyAlignment="1">${align('center')}</xf>` : '') +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/**
 * The workbook: its sheets, and two names spreadsheets give meaning to for each — the header row
 * as the print titles (repeated at the top of every printed page) and the filtered range.
 */
function workbook(sheets: readonly Sheet[]): string {
  const names = sheets.map((sheet) => `<sheet name="${xml(sheetName(sheet.name))}" sheetId="${sheets.indexOf(sheet) + 1}" r:id="rId${sheets.indexOf(sheet) + 1}"/>`);
  const defined = sheets.map((sheet, i) => {
    const ref = sheetRef(sheet.name);
    const columns = Math.max(1, sheet.header.length);
    const range = `${ref}$A$1:$${columnName(columns - 1)}$${sheet.rows.length + 1}`;
    return (
      (sheet.rows.length > 0 ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xml(range)}</definedName>` : '') +
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xml(`${ref}$1:$1`)}</definedName>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets>${names.join('')}</sheets>` +
    `<definedNames>${defined.join('')}</definedNames>` +
    '</workbook>'
  );
}

/**
 * A one-sheet workbook (Office Open XML, ECMA-376) laid out for printing, byte-identical for the
 * same sheet: no timestamps, no document properties, fixed ZIP dates.
 */
export function xlsxWorkbook(sheet: Sheet): Uint8Array {
  return xlsxBook([sheet], false);
}

/**
 * A workbook of several sheets, each laid out for printing like a unit's (the first one open),
 * with number cells; byte-identical for the same sheets. Their names must differ once made legal.
 */
export function xlsxWorkbookOf(sheets: readonly Sheet[]): Uint8Array {
  return xlsxBook(sheets, true);
}

function xlsxBook(sheets: readonly Sheet[], numbers: boolean): Uint8Array {
  const text = new TextEncoder();
  const dateFormat = sheets[0]?.dateFormat ?? '';
  return zip([
    ...staticParts(sheets.length),
    stylesPart(dateFormat, numbers),
    { name: 'xl/workbook.xml', data: text.encode(workbook(sheets)) },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: text.encode(worksheet(sheet, i === 0)) })),
  ]);
}

// The parts every workbook shares, compressed once per process: a build writes one workbook per
// unit, and starting zlib for each small part would cost more than the sheets themselves.
const shared = new Map<number, PackedEntry[]>();
function staticParts(sheets: number): PackedEntry[] {
  const text = new TextEncoder();
  let parts = shared.get(sheets);
  if (parts === undefined) {
    parts = [
      pack({ name: '[Content_Types].xml', data: text.encode(contentTypes(sheets)) }),
      pack({ name: '_rels/.rels', data: text.encode(ROOT_RELS) }),
      pack({ name: 'xl/_rels/workbook.xml.rels', data: text.encode(workbookRels(sheets)) }),
    ];
    shared.set(sheets, parts);
  }
  return parts;
}

// Styles differ only by the date format, one per language, and the number style: compressed once for each.
const packedStyles = new Map<string, PackedEntry>();
function stylesPart(dateFormat: string, numbers: boolean): PackedEntry {
  const key = `${numbers}${dateFormat}`;
  let entry = packedStyles.get(key);
  if (entry === undefined) {
    entry = pack({ name: 'xl/styles.xml', data: new TextEncoder().encode(styles(dateFormat, numbers)) });
    packedStyles.set(key, entry);
  }
  return entry;
}
