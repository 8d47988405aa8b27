import { pack, zip } from './zip.js';
import type { PackedEntry } from './zip.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Sheet {
  /** The tab's name; made legal (31 characters, none of `[]:*?/\`) here. */
  readonly name: string;
  /** Rows of text cells; the first is the header (bold, frozen, filterable). */
  readonly rows: readonly (readonly string[])[];
  /** Column widths in characters (CJK counts two). */
  readonly widths?: readonly number[];
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

// Every cell is an inline string (t="inlineStr"): a spreadsheet never evaluates it, so a task
// titled `=HYPERLINK(...)` is text, with no apostrophe needed. Styles: 0 plain wrapped (the default, so not written), 1 header.
function cell(ref: string, text: string, style: number): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style === 0 ? '' : ` s="${style}"`} t="inlineStr"><is><t${space}>${xml(text)}</t></is></c>`;
}

function worksheet(sheet: Sheet): string {
  const columns = Math.max(1, ...sheet.rows.map((r) => r.length));
  const last = `${columnName(columns - 1)}${Math.max(1, sheet.rows.length)}`;
  const cols = (sheet.widths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(4, Math.min(80, w))}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    // An empty cell is left out, as spreadsheets do: readers then see it as empty, not as "".
    .map((row, r) => `<row r="${r + 1}">${row.map((text, c) => (text === '' ? '' : cell(`${columnName(c)}${r + 1}`, text, r === 0 ? 1 : 0))).join('')}</row>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    (sheet.rows.length > 1 ? `<autoFilter ref="A1:${last}"/>` : '') +
    '<pageSetup paperSize="9" orientation="landscape"/>' +
    '</worksheet>'
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

// Two cell styles: wrapped top-aligned text, and the same in bold with a grey fill for the header.
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFEEEEEE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2">' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function workbook(name: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${xml(sheetName(name))}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

/**
 * A one-sheet workbook (Office Open XML, ECMA-376) of text cells, byte-identical for the same
 * rows: no timestamps, no document properties, fixed ZIP dates.
 */
export function xlsxWorkbook(sheet: Sheet): Uint8Array {
  const text = new TextEncoder();
  return zip([
    ...staticParts(),
    { name: 'xl/workbook.xml', data: text.encode(workbook(sheet.name)), store: true },
    { name: 'xl/worksheets/sheet1.xml', data: text.encode(worksheet(sheet)) },
  ]);
}

// The parts every workbook shares, compressed once per process: a build writes one workbook per
// unit, and starting zlib for each small part would cost more than the sheets themselves.
let shared: PackedEntry[] | undefined;
function staticParts(): PackedEntry[] {
  const text = new TextEncoder();
  shared ??= [
    pack({ name: '[Content_Types].xml', data: text.encode(CONTENT_TYPES) }),
    pack({ name: '_rels/.rels', data: text.encode(ROOT_RELS) }),
    pack({ name: 'xl/_rels/workbook.xml.rels', data: text.encode(WORKBOOK_RELS) }),
    pack({ name: 'xl/styles.xml', data: text.encode(STYLES) }),
  ];
  return shared;
}
