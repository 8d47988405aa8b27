import type { Block, ParagraphBlock } from '../blocks.js';
import { readTable } from './docx-table.js';
import { words } from '../../i18n/words.js';
import { detailOf, DocumentReadError } from './errors.js';
import { Numbering } from './numbering.js';
import { readNumPr, readStyles, type Styles } from './styles.js';
import { attr, child, childVal, children, int, isOn, parseXml, textOf, type XmlElement } from './xml.js';
import { readZipTexts } from './zip.js';

/**
 * A .docx as the importer needs it: the body's paragraphs and tables in order, each paragraph
 * with the label Word's automatic numbering shows (rebuilt in numbering.ts, since the document
 * stores only "level 1 of list 3") and the heading level of its style. Plain-text extraction
 * (mammoth's extractRawText) loses exactly those two things, and with them the plan's outline.
 *
 * What counts as the text is what Word shows: tracked insertions are in, tracked deletions and
 * hidden text out; field codes out, field results in; text inside links, smart tags and content
 * controls in. Drawings and text boxes are left out (their text is not part of the body's flow).
 * Paragraph text is trimmed (full-width spaces that indent a line are layout, not content) but
 * otherwise kept as written. Empty paragraphs give no block, though a numbered one still counts.
 */

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';

/** Containers whose inline content is part of the paragraph's text. */
const INLINE_CONTAINERS = new Set(['hyperlink', 'smartTag', 'ins', 'moveTo', 'customXml', 'fldSimple', 'dir', 'bdo', 'sdtContent']);

function inlineText(el: XmlElement, out: string[]): void {
  for (const node of children(el)) {
    switch (node.localName) {
      case 't':
        out.push(textOf(node));
        break;
      case 'tab':
      case 'ptab':
        out.push('\t');
        break;
      case 'br':
      case 'cr':
        out.push('\n');
        break;
      case 'noBreakHyphen':
        out.push('-');
        break;
      case 'sym': {
        // A symbol-font character; font-private code points (F0xx) say nothing as text.
        const code = Number.parseInt(attr(node, 'char') ?? '', 16);
        if (code && (code < 0xe000 || code > 0xf8ff)) out.push(String.fromCodePoint(code));
        break;
      }
      case 'r':
        if (!isOn(child(child(node, 'rPr'), 'vanish'))) inlineText(node, out);
        break;
      case 'sdt': {
        const content = child(node, 'sdtContent');
        if (content) inlineText(content, out);
        break;
      }
      default:
        // del, moveFrom (tracked deletions), instrText (field codes), rPr/pPr, drawings: not text.
        if (INLINE_CONTAINERS.has(node.localName ?? '')) inlineText(node, out);
    }
  }
}

class DocxReader {
  private readonly styles: Styles;
  private readonly numbering: Numbering;

  constructor(styles: Styles, numberingXml: string | undefined) {
    this.styles = styles;
    this.numbering = new Numbering(numberingXml, parseXml, styles);
  }

  /** Reads one `w:p`, counting its number; undefined when it has no text. */
  paragraph(p: XmlElement): ParagraphBlock | undefined {
    const pPr = child(p, 'pPr');
    const styleId = childVal(pPr, 'pStyle') ?? this.styles.defaultParagraphStyle;
    const style = this.styles.resolve(styleId);
    const own = readNumPr(pPr);
    const numId = own?.numId ?? style.numPr?.numId;
    // A numId of the paragraph's own without an ilvl means level 0; a list from the style uses the style's level.
    const ilvl = own?.ilvl ?? (own?.numId !== undefined ? 0 : style.numPr?.ilvl);
    const label = numId === undefined ? undefined : this.numbering.next(numId, ilvl, styleId);

    const parts: string[] = [];
    inlineText(p, parts);
    const text = parts.join('').trim();
    if (text === '') return undefined;

    // The paragraph's own outline level wins over its style's, including 9 ("body text").
    const ownOutline = int(childVal(pPr, 'outlineLvl'));
    const outline = ownOutline ?? style.outlineLvl;
    return {
      kind: 'paragraph',
      text,
      ...(label !== undefined && { label }),
      ...(outline !== undefined && outline < 9 && { headingLevel: outline + 1 }),
    };
  }

  /** The body (or a content control's content) in order: paragraphs and tables. */
  blocks(container: XmlElement, out: Block[]): void {
    for (const el of children(container)) {
      switch (el.localName) {
        case 'p': {
          const block = this.paragraph(el);
          if (block) out.push(block);
          break;
        }
        case 'tbl':
          out.push(readTable(el, (tc) => this.cellText(tc)));
          break;
        case 'sdt': {
          const content = child(el, 'sdtContent');
          if (content) this.blocks(content, out);
          break;
        }
        case 'customXml':
        case 'ins':
        case 'moveTo':
          this.blocks(el, out);
          break;
        default:
        // sectPr, bookmarks, tracked deletions (del, moveFrom), altChunk: nothing to read.
      }
    }
  }

  /**
   * A cell's text: its paragraphs (with their labels, as the cell shows them) one per line; a
   * table nested in the cell contributes its cells' text, one per line, since a cell is text.
   */
  private cellText(tc: XmlElement): string {
    const blocks: Block[] = [];
    this.blocks(tc, blocks);
    const lines: string[] = [];
    for (const block of blocks) {
      if (block.kind === 'paragraph') lines.push(block.label ? block.label + block.text : block.text);
      else for (const row of block.rows) for (const cell of row) if (cell.text && !cell.mergedFromAbove) lines.push(cell.text);
    }
    return lines.join('\n');
  }
}

/** Reads a .docx (the zip's bytes) into blocks. Throws DocumentReadError when it is not a readable .docx. */
export function readDocx(bytes: Uint8Array): Block[] {
  let parts: Map<string, string>;
  try {
    parts = readZipTexts(bytes, [DOCUMENT, STYLES, NUMBERING]);
  } catch (error) {
    throw new DocumentReadError(words('reading.docx.damaged', { detail: detailOf(error) }));
  }
  const documentXml = parts.get(DOCUMENT);
  if (documentXml === undefined) throw new DocumentReadError(words('reading.docx.missing-part', { part: DOCUMENT }));
  try {
    const reader = new DocxReader(readStyles(parts.get(STYLES), parseXml), parts.get(NUMBERING));
    const body = child(parseXml(documentXml), 'body');
    if (!body) throw new DocumentReadError(words('reading.docx.no-body'));
    const blocks: Block[] = [];
    reader.blocks(body, blocks);
    return blocks;
  } catch (error) {
    throw new DocumentReadError(words('reading.docx.unreadable', { detail: detailOf(error) }));
  }
}
