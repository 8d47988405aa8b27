/**
 * The outline of a Chinese official document: numbered paragraphs at four customary levels
 * (一、 > (一) > 1. > (1)) and the unnumbered paragraphs that belong to each. Levels are ranked by
 * style, not by order of appearance, because excerpts may start at any level (08 starts at (一)).
 */

export interface OutlineNode {
  /** 1 一、 / 1.5 第一阶段 / 2 (一) / 3 1. / 4 (1) / 5 ①; 0 for the document root. */
  readonly rank: number;
  /** The number as written, e.g. `三、`, `(一)`, `1.`, `(2)`; '' for the root. */
  readonly marker: string;
  /** The paragraph text after the marker ('' for the root). */
  readonly text: string;
  /** Unnumbered paragraphs that follow the numbered one, before any child. */
  readonly body: string[];
  readonly children: OutlineNode[];
  /** Paragraph index in the document (for stable ordering and messages). */
  readonly index: number;
}

const CN_NUM = '[一二三四五六七八九十百零〇]+';
const MARKERS: readonly { rank: number; re: RegExp }[] = [
  { rank: 1, re: new RegExp(`^(${CN_NUM}[、.])\\s*`) },
  { rank: 2, re: new RegExp(`^([(〔【]${CN_NUM}[)〕】])\\s*`) },
  // 1. / 1、 but not a decimal (1.5亿元) or a date (2023年…).
  { rank: 3, re: /^(\d{1,2}(?:[.、](?!\d)))\s*/ },
  { rank: 4, re: /^([(〔【]\d{1,2}[)〕】])\s*/ },
  // ㈠ ⑴ ⒈ are (一), (1) and 1. typed as one character (WPS and older Word write them).
  { rank: 2, re: /^([\u3220-\u3229])\s*/ },
  { rank: 4, re: /^([\u2474-\u2487])\s*/ },
  { rank: 3, re: /^([\u2488-\u249b])\s*/ },
  // ① is the level under (1) in most documents.
  { rank: 5, re: /^([\u2460-\u2473])\s*/ },
  // 第一阶段: / 第二步、: steps of a schedule, between 一、 and (一) (they sit under 三、实施步骤).
  { rank: 1.5, re: new RegExp(`^(第${CN_NUM}(?:阶段|步)[::、.,]?)\\s*`) },
];

export function readMarker(paragraph: string): { rank: number; marker: string; text: string } | undefined {
  for (const { rank, re } of MARKERS) {
    const m = re.exec(paragraph);
    if (m && m[0].length < paragraph.length) return { rank, marker: m[1] as string, text: paragraph.slice(m[0].length) };
  }
  return undefined;
}

/** Builds the tree; a numbered paragraph closes every open node of its rank or deeper. */
export function buildOutline(paragraphs: readonly string[]): OutlineNode {
  const root: OutlineNode = { rank: 0, marker: '', text: '', body: [], children: [], index: -1 };
  const stack: OutlineNode[] = [root];
  paragraphs.forEach((paragraph, index) => {
    const marker = readMarker(paragraph);
    if (!marker) {
      (stack[stack.length - 1] as OutlineNode).body.push(paragraph);
      return;
    }
    while (stack.length > 1 && (stack[stack.length - 1] as OutlineNode).rank >= marker.rank) stack.pop();
    const node: OutlineNode = { ...marker, body: [], children: [], index };
    (stack[stack.length - 1] as OutlineNode).children.push(node);
    stack.push(node);
  });
  return root;
}
