import type { Document, Footer, IParagraphStyleOptions } from 'docx';
import { docxLibrary } from './docx-library.js';
import { TYPEFACES, LATIN_FACE, type Typeface } from './fonts.js';
import { CHARACTER, CHARACTER_SPACING, LINE_PITCH, MARGINS, PAGE, SIZE } from './layout.js';

// One GB/T 9704 document: its paragraph styles, page, and page numbers. The summary and the unit
// lists fill it with paragraphs that name a style (STYLE) rather than repeat fonts and sizes on
// every paragraph (smaller files; a reader can restyle them in Word).

const fonts = (face: Typeface) => ({ eastAsia: face.name, ascii: LATIN_FACE, hAnsi: LATIN_FACE, cs: LATIN_FACE });

/** Every line the same height, 22 to a page (§5.2.2). */
const FIXED_LINE = { line: LINE_PITCH, lineRule: 'exact', before: 0, after: 0 } as const;

export const STYLE = {
  title: 'GwTitle',
  body: 'GwBody',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  signature: 'GwSignature',
  subtitle: 'GwSubtitle',
  annexLabel: 'GwAnnexLabel',
  table: 'GwTable',
  tableHeader: 'GwTableHeader',
} as const;

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: 'Gongwen Body',
    quickFormat: true,
    run: { font: fonts(TYPEFACES.body), size: SIZE.body, characterSpacing: CHARACTER_SPACING },
    paragraph: { spacing: FIXED_LINE, indent: { firstLine: 2 * CHARACTER }, alignment: 'both' },
  },
  {
    id: STYLE.title,
    name: 'Gongwen Title',
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    // On the body's line pitch (a 2号 line fits in it), then one blank line, so the body below
    // stays on the 22 lines of the page.
    run: { font: fonts(TYPEFACES.title), size: SIZE.title, characterSpacing: 0 },
    paragraph: { alignment: 'center', indent: { firstLine: 0 }, spacing: { ...FIXED_LINE, after: LINE_PITCH } },
  },
  {
    id: STYLE.heading1,
    name: 'Gongwen Heading 1',
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: fonts(TYPEFACES.heading1) },
    paragraph: { outlineLevel: 0, keepNext: true },
  },
  {
    id: STYLE.heading2,
    name: 'Gongwen Heading 2',
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: fonts(TYPEFACES.heading2) },
    paragraph: { outlineLevel: 1, keepNext: true },
  },
  {
    id: STYLE.subtitle,
    name: 'Gongwen Subtitle',
    basedOn: STYLE.body,
    next: STYLE.body,
    run: { font: fonts(TYPEFACES.heading2) },
    paragraph: { alignment: 'center', indent: { firstLine: 0 }, spacing: { ...FIXED_LINE, after: LINE_PITCH } },
  },
  {
    // 附件 at the top left of its page, in 黑体 (§8).
    id: STYLE.annexLabel,
    name: 'Gongwen Annex Label',
    basedOn: STYLE.body,
    next: STYLE.body,
    run: { font: fonts(TYPEFACES.heading1) },
    paragraph: { indent: { firstLine: 0 }, keepNext: true },
  },
  {
    id: STYLE.signature,
    name: 'Gongwen Signature',
    basedOn: STYLE.body,
    // 右空二字 (§7.3.5.2): right-aligned, two characters in from the right edge.
    paragraph: { alignment: 'right', indent: { firstLine: 0, right: 2 * CHARACTER }, keepNext: true },
  },
  {
    id: STYLE.table,
    name: 'Gongwen Table',
    basedOn: STYLE.body,
    // Five columns of 3号 text would break every word: the table is in 小四, 1.5 times its size apart.
    run: { size: SIZE.table, characterSpacing: 0 },
    paragraph: { alignment: 'left', indent: { firstLine: 0 }, spacing: { line: SIZE.table * 15, lineRule: 'exact', before: 40, after: 40 } },
  },
  {
    id: STYLE.tableHeader,
    name: 'Gongwen Table Header',
    basedOn: STYLE.table,
    run: { font: fonts(TYPEFACES.heading1) },
    paragraph: { alignment: 'center', keepNext: true },
  },
];

/**
 * `— 1 —` in 4号宋体, one character in from the outside edge: right on odd pages, left on even
 * ones (§7.5), so printed back to back every number sits on the outer side.
 */
function pageNumberFooter(side: 'odd' | 'even', pageNumberText: string): Footer {
  const [before = '', after = ''] = pageNumberText.split('{{page}}');
  const run = { font: fonts(TYPEFACES.pageNumber), size: SIZE.pageNumber };
  const indent = SIZE.pageNumber * 10; // one 4号 character, in twips
  const { Footer, Paragraph, TextRun, PageNumber } = docxLibrary();
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? 'right' : 'left',
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [new TextRun({ ...run, children: [before, PageNumber.CURRENT, after] })],
      }),
    ],
  });
}

/** What the package around a body depends on: the same for every document of one build. */
export interface GongwenShell {
  /** `zh-CN` or `en`: the language Word checks spelling in. */
  readonly lang: string;
  /** The page number as the catalogue words it: `— {{page}} —`. */
  readonly pageNumber: string;
}

/**
 * A document with no body: A4, GB/T 9704 margins, the styles, page numbers outside. The 22 lines
 * a page come from the exact line height of every style, not from a document grid: LibreOffice
 * and WPS snap table text to such a grid too, which doubled the height of every table row.
 * pack.ts puts the body (body-xml.ts) in.
 */
export function gongwenDocument(shell: GongwenShell): Document {
  const { Document } = docxLibrary();
  return new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts(TYPEFACES.body), size: SIZE.body, language: { value: shell.lang, eastAsia: shell.lang } },
          paragraph: { spacing: FIXED_LINE },
        },
      },
      paragraphStyles,
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGINS } },
        footers: { default: pageNumberFooter('odd', shell.pageNumber), even: pageNumberFooter('even', shell.pageNumber) },
        children: [],
      },
    ],
  });
}
