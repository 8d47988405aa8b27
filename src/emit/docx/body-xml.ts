import { TEXT_WIDTH } from './layout.js';

// The body of a document (word/document.xml between <w:body> and <w:sectPr>) written as XML text.
// docx's object model built each paragraph, run and cell as a tree of objects and then walked it:
// 2 s for a 1,000-task summary, more than the rest of the build together. The body is the only
// part that grows with the plan, and it is a few kinds of element, each a style reference and text.

// XML 1.0 has no place for most control characters; a plan's text may carry one from a pasted copy.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface ParagraphOptions {
  readonly bold?: boolean;
  /** Starts a new page (the annex). */
  readonly pageBreakBefore?: boolean;
  /** Stays on the page of what follows (a phase's row never ends a page). */
  readonly keepNext?: boolean;
  readonly center?: boolean;
}

/** One paragraph of `style`; a line break in the text stays a line break. */
export function paragraphXml(style: string, text: string, options: ParagraphOptions = {}): string {
  const properties =
    `<w:pStyle w:val="${style}"/>` +
    (options.keepNext ? '<w:keepNext/>' : '') +
    (options.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (options.center ? '<w:jc w:val="center"/>' : '');
  const run = options.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  const runs = text
    .split('\n')
    .map((line, i) => `<w:r>${run}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(line)}</w:t></w:r>`)
    .join('');
  return `<w:p><w:pPr>${properties}</w:pPr>${runs}</w:p>`;
}

/** A column of a task table: its heading and its share of the text width. */
export interface TableColumn {
  readonly heading: string;
  /** Parts of the width, relative to the other columns' (the task title gets the most). */
  readonly share: number;
  /** Short values (numbers, dates, roles) sit in the middle of their cell. */
  readonly center?: boolean;
}

/** A row spanning the whole table (a phase's title), or a task's cells, one per column. */
export type TableLine = { readonly group: string } | { readonly cells: readonly string[] };

/** The styles table text is set in (defined in document.ts). */
export interface TableStyles {
  readonly header: string;
  readonly cell: string;
}

/** Column widths in twips that add up to the text width exactly. */
function columnWidths(columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.share) / total));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${LINE}/>`).join('');

/**
 * A bordered table of tasks: the header row repeats at the top of every page the table runs
 * onto (Word's "repeat as header row", w:tblHeader), a phase is one row merged across every
 * column, and no row breaks across a page. Its XML is one string a row (see pack.ts's encodeParts).
 */
export function taskTableXml(columns: readonly TableColumn[], lines: readonly TableLine[], styles: TableStyles): string[] {
  const widths = columnWidths(columns);
  const cell = (i: number, content: string) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i]}"/><w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((column, i) => cell(i, paragraphXml(styles.header, column.heading))).join('')}</w:tr>`,
  ];
  for (const line of lines) {
    if ('group' in line) {
      out.push(
        `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:gridSpan w:val="${columns.length}"/></w:tcPr>` +
          `${paragraphXml(styles.cell, line.group, { bold: true, keepNext: true })}</w:tc></w:tr>`,
      );
    } else {
      out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${line.cells.map((text, i) => cell(i, paragraphXml(styles.cell, text, { center: columns[i]?.center ?? false }))).join('')}</w:tr>`);
    }
  }
  out.push('</w:tbl>');
  return out;
}
