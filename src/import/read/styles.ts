import { attr, child, childVal, children, int, type XmlElement } from './xml.js';

/**
 * Paragraph styles from word/styles.xml, as far as the importer cares: a style can carry a list
 * (`w:numPr`, so every "条款 1" paragraph is numbered without numPr of its own) and an outline
 * level (what makes 标题 1 a heading). Both are inherited through `w:basedOn`.
 */

export interface NumberingRef {
  readonly numId?: string;
  readonly ilvl?: number;
}

interface RawStyle {
  readonly basedOn?: string;
  readonly name?: string;
  readonly numPr?: NumberingRef;
  readonly outlineLvl?: number;
}

export interface ResolvedStyle {
  /** The list the style puts its paragraphs in; `numId` "0" means "no list" and stops inheritance. */
  readonly numPr?: NumberingRef;
  /** 0-based outline level (0 = heading 1); 9 (body text) is left out. */
  readonly outlineLvl?: number;
}

export interface Styles {
  /** The style a paragraph without `w:pStyle` has (Word's "Normal" / 正文). */
  readonly defaultParagraphStyle?: string;
  resolve(styleId: string | undefined): ResolvedStyle;
}

/** The numPr of a `w:pPr` (paragraph or style), if it has one. */
export function readNumPr(pPr: XmlElement | undefined): NumberingRef | undefined {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return undefined;
  const numId = childVal(numPr, 'numId');
  const ilvl = int(childVal(numPr, 'ilvl'));
  return { ...(numId !== undefined && { numId }), ...(ilvl !== undefined && { ilvl }) };
}

/**
 * Style names Word's built-in heading styles go by: documents written by other programs sometimes
 * use them without an outline level, and Word still treats them as headings.
 */
function headingLevelFromName(name: string | undefined): number | undefined {
  const match = name && /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return match ? Number(match[1]) - 1 : undefined;
}

export function readStyles(xml: string | undefined, parse: (text: string) => XmlElement): Styles {
  const raw = new Map<string, RawStyle>();
  let defaultParagraphStyle: string | undefined;
  if (xml) {
    for (const style of children(parse(xml), 'style')) {
      // Numbering styles matter too: a list defined with w:numStyleLink finds its numbering through one.
      const type = attr(style, 'type');
      if (type !== 'paragraph' && type !== 'numbering') continue;
      const id = attr(style, 'styleId');
      if (id === undefined) continue;
      if (type === 'paragraph' && (attr(style, 'default') === '1' || attr(style, 'default') === 'true')) defaultParagraphStyle = id;
      const pPr = child(style, 'pPr');
      const basedOn = childVal(style, 'basedOn');
      const name = childVal(style, 'name');
      const numPr = readNumPr(pPr);
      const outlineLvl = int(childVal(pPr, 'outlineLvl'));
      raw.set(id, {
        ...(basedOn !== undefined && { basedOn }),
        ...(name !== undefined && { name }),
        ...(numPr && { numPr }),
        ...(outlineLvl !== undefined && { outlineLvl }),
      });
    }
  }

  const resolved = new Map<string, ResolvedStyle>();
  const resolve = (styleId: string | undefined, seen = new Set<string>()): ResolvedStyle => {
    if (styleId === undefined) return {};
    const cached = resolved.get(styleId);
    if (cached) return cached;
    const style = raw.get(styleId);
    // An unknown style, or a basedOn loop (seen in damaged files), contributes nothing.
    if (!style || seen.has(styleId)) return {};
    seen.add(styleId);
    const parent = resolve(style.basedOn, seen);
    // A style's own numPr replaces the inherited one field by field (numId from one, ilvl from another is allowed).
    const numPr = style.numPr ? { ...parent.numPr, ...style.numPr } : parent.numPr;
    const outlineLvl = style.outlineLvl ?? parent.outlineLvl ?? headingLevelFromName(style.name);
    const result: ResolvedStyle = {
      ...(numPr && { numPr }),
      ...(outlineLvl !== undefined && outlineLvl < 9 && { outlineLvl }),
    };
    resolved.set(styleId, result);
    return result;
  };

  return { ...(defaultParagraphStyle !== undefined && { defaultParagraphStyle }), resolve: (id) => resolve(id) };
}
