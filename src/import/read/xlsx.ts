import type { TableBlock, TableCell } from '../blocks.js';
import { words } from '../../i18n/words.js';
import { detailOf, DocumentReadError } from './errors.js';
import { classifyFormat, isoDateText, numberText, type NumberFormat } from './xlsx-values.js';
import { attr, child, children, int, parseXml, path, textOf, type XmlElement } from './xml.js';
import { readZipTexts, zipEntryNames } from './zip.js';

/**
 * An .xlsx workbook (offices keep their 任务分工表 in Excel) as tables: each visible, non-empty
 * sheet becomes one TableBlock, in the workbook's sheet order. Cells show what Excel shows —
 * shared and inline strings, numbers without float noise, dates as 2019年6月30日 when the cell's
 * number format is a date format — and merged ranges become colSpan (across) and
 * mergedFromAbove with the anchor's text (down), as in a Word table.
 *
 * A reader of our own rather than read-excel-file (a devDependency, used by tests to read our
 * own output): that library does not report merged ranges, and a task table's merged 序号 or
 * 牵头单位 column is exactly what the table reader must see. The format is small enough: four XML parts.
 *
 * Left out: hidden sheets (usually the lists behind a drop-down, not a table), entirely empty rows
 * and columns (a "used range" often runs far past the table), rich-text formatting, and number
 * formats other than dates and percentages (fixed decimals show as Excel's General would).
 */

/** A part path from a relationship target, relative to the folder of the part that owns the .rels. */
function resolveTarget(baseFolder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : baseFolder + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** "AB12" → column 28, row 12 (both 1-based). */
function parseRef(ref: string): { col: number; row: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!match) return undefined;
  let col = 0;
  for (const letter of match[1]!.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return { col, row: Number(match[2]) };
}

/** The text of a shared or inline string: its runs, without the phonetic guide (rPh) of East Asian text. */
function stringItemText(si: XmlElement | undefined): string {
  if (!si) return '';
  let text = '';
  for (const el of children(si)) {
    if (el.localName === 't') text += textOf(el);
    else if (el.localName === 'r') text += textOf(child(el, 't'));
  }
  return text;
}

interface Workbook {
  readonly sharedStrings: readonly string[];
  readonly formats: readonly NumberFormat[];
  readonly date1904: boolean;
}

function readFormats(stylesXml: string | undefined): NumberFormat[] {
  if (!stylesXml) return [];
  const styleSheet = parseXml(stylesXml);
  const codes = new Map<number, string>();
  for (const numFmt of children(child(styleSheet, 'numFmts') ?? styleSheet, 'numFmt')) {
    const id = int(attr(numFmt, 'numFmtId'));
    const code = attr(numFmt, 'formatCode');
    if (id !== undefined && code !== undefined) codes.set(id, code);
  }
  // A cell's `s` is an index into cellXfs; each xf names its number format.
  return children(child(styleSheet, 'cellXfs') ?? styleSheet, 'xf').map((xf) => {
    const id = int(attr(xf, 'numFmtId')) ?? 0;
    return classifyFormat(id, codes.get(id));
  });
}

function cellText(c: XmlElement, book: Workbook): string {
  const type = attr(c, 't') ?? 'n';
  if (type === 'inlineStr') return stringItemText(child(c, 'is'));
  const v = textOf(child(c, 'v'));
  if (v === '') return '';
  switch (type) {
    case 's':
      return book.sharedStrings[Number(v)] ?? '';
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return isoDateText(v);
    case 'n': {
      const value = Number(v);
      if (Number.isNaN(value)) return v;
      const format = book.formats[int(attr(c, 's')) ?? 0] ?? { kind: 'general' };
      return numberText(value, format, book.date1904);
    }
    default:
      // "str" (a formula's text result), "e" (an error such as #N/A): the value as written.
      return v;
  }
}

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function readSheet(xml: string, book: Workbook): TableBlock | undefined {
  const worksheet = parseXml(xml);
  const values = new Map<number, Map<number, string>>();
  let rowNumber = 0;
  for (const row of children(child(worksheet, 'sheetData') ?? worksheet, 'row')) {
    // Rows and cells may omit `r`; they then follow the previous one.
    rowNumber = int(attr(row, 'r')) ?? rowNumber + 1;
    let colNumber = 0;
    for (const c of children(row, 'c')) {
      const ref = parseRef(attr(c, 'r') ?? '');
      colNumber = ref?.col ?? colNumber + 1;
      const text = cellText(c, book).replace(/\r\n?/g, '\n').trim();
      if (text === '') continue;
      let cells = values.get(rowNumber);
      if (!cells) values.set(rowNumber, (cells = new Map()));
      cells.set(colNumber, text);
    }
  }
  const textAt = (row: number, col: number): string => values.get(row)?.get(col) ?? '';

  const merges: Range[] = [];
  for (const mergeCell of children(child(worksheet, 'mergeCells') ?? worksheet, 'mergeCell')) {
    const [from, to] = (attr(mergeCell, 'ref') ?? '').split(':').map(parseRef);
    if (!from) continue;
    const end = to ?? from;
    const range = { top: Math.min(from.row, end.row), left: Math.min(from.col, end.col), bottom: Math.max(from.row, end.row), right: Math.max(from.col, end.col) };
    // A merge of empty cells is formatting, not content.
    if (textAt(range.top, range.left) !== '') merges.push(range);
  }

  // The table's extent: every cell with text and every merge with text.
  const rowsUsed = new Set<number>(values.keys());
  let left = Infinity;
  let right = -Infinity;
  for (const cells of values.values()) for (const col of cells.keys()) (left = Math.min(left, col)), (right = Math.max(right, col));
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) rowsUsed.add(r);
    left = Math.min(left, m.left);
    right = Math.max(right, m.right);
  }
  if (rowsUsed.size === 0) return undefined;

  const mergeAt = new Map<string, Range>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) mergeAt.set(`${r},${m.left}`, m);
  const covered = (row: number, col: number): boolean => merges.some((m) => row >= m.top && row <= m.bottom && col > m.left && col <= m.right);

  const rows: TableCell[][] = [];
  for (const r of [...rowsUsed].sort((a, b) => a - b)) {
    const cells: TableCell[] = [];
    for (let col = left; col <= right; col++) {
      const merge = mergeAt.get(`${r},${col}`);
      if (merge) {
        cells.push({ text: textAt(merge.top, merge.left), colSpan: merge.right - merge.left + 1, mergedFromAbove: r > merge.top });
        col = merge.right;
      } else if (!covered(r, col)) {
        cells.push({ text: textAt(r, col), colSpan: 1, mergedFromAbove: false });
      }
    }
    rows.push(cells);
  }
  return { kind: 'table', rows };
}

/** Reads every visible, non-empty sheet of an .xlsx into a TableBlock, in sheet order. */
export function readXlsx(bytes: Uint8Array): TableBlock[] {
  let parts: Map<string, string>;
  try {
    const names = zipEntryNames(bytes).filter((name) => name.startsWith('xl/') && /\.(xml|rels)$/.test(name) && !/^xl\/(media|drawings|charts|printerSettings)\//.test(name));
    parts = readZipTexts(bytes, names);
  } catch (error) {
    throw new DocumentReadError(words('reading.xlsx.damaged', { detail: detailOf(error) }));
  }
  const workbookXml = parts.get('xl/workbook.xml');
  if (workbookXml === undefined) throw new DocumentReadError(words('reading.xlsx.missing-part', { part: 'xl/workbook.xml' }));
  try {
    const relationships = new Map<string, { type: string; target: string }>();
    const relsXml = parts.get('xl/_rels/workbook.xml.rels');
    if (relsXml) {
      // Relationship types are matched on their last segment ("worksheet"), which Strict OOXML shares.
      for (const rel of children(parseXml(relsXml), 'Relationship')) {
        const id = attr(rel, 'Id');
        const target = attr(rel, 'Target');
        if (id && target) relationships.set(id, { type: (attr(rel, 'Type') ?? '').split('/').pop() ?? '', target: resolveTarget('xl/', target) });
      }
    }
    const partOfType = (type: string, fallback: string) => [...relationships.values()].find((rel) => rel.type === type)?.target ?? fallback;
    const sharedStringsXml = parts.get(partOfType('sharedStrings', 'xl/sharedStrings.xml'));
    const workbook = parseXml(workbookXml);
    const book: Workbook = {
      sharedStrings: sharedStringsXml ? children(parseXml(sharedStringsXml), 'si').map(stringItemText) : [],
      formats: readFormats(parts.get(partOfType('styles', 'xl/styles.xml'))),
      date1904: ['1', 'true'].includes(attr(child(workbook, 'workbookPr'), 'date1904') ?? ''),
    };
    const tables: TableBlock[] = [];
    for (const sheet of children(path(workbook, 'sheets') ?? workbook, 'sheet')) {
      if (attr(sheet, 'state') === 'hidden' || attr(sheet, 'state') === 'veryHidden') continue;
      const rel = relationships.get(attr(sheet, 'id') ?? '');
      const xml = rel && parts.get(rel.target);
      // Chart sheets and dialog sheets have no cells.
      if (!xml || rel.type !== 'worksheet') continue;
      const table = readSheet(xml, book);
      if (table) tables.push(table);
    }
    return tables;
  } catch (error) {
    throw new DocumentReadError(words('reading.xlsx.unreadable', { detail: detailOf(error) }));
  }
}
