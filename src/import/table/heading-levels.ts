import { readMarker } from '../outline.js';
import { keywordView } from '../text.js';

/**
 * Levels of the heading rows of a table. A heading's numbering style gives its rank (第一阶段 >
 * 一、 > （一） > 1. > （1）), as in the document outline; the levels are those ranks renumbered
 * 1, 2, … among the styles the table actually uses, so a table whose headings start at （一）
 * has them at level 1. Unnumbered headings rank by order: outermost when the table opens with one
 * (宣传发动阶段 above numbered groups), innermost otherwise.
 */

const CN = '[一二三四五六七八九十百零〇]+';
const STAGE = new RegExp(`^第(${CN}|\\d+)(阶段|部分|篇|章|板块|步)`);
/** A number standing alone in its own cell: 一 / 一、 / (一) / 1 / (1). */
const BARE: readonly { rank: number; re: RegExp }[] = [
  { rank: 1, re: new RegExp(`^${CN}[、.]?$`) },
  { rank: 2, re: new RegExp(`^[(〔【]${CN}[)〕】]$`) },
  { rank: 3, re: /^\d{1,2}[.、]?$/ },
  { rank: 4, re: /^[(〔【]\d{1,2}[)〕】]$/ },
];

/** Rank of a heading's numbering: 0 第X阶段, 1 一、, 2 （一）, 3 1., 4 （1）; undefined if unnumbered. */
export function headingRank(text: string, number?: string): number | undefined {
  if (number !== undefined && number.length > 0) {
    const bare = keywordView(number.trim());
    const hit = BARE.find((b) => b.re.test(bare));
    if (hit) return hit.rank;
    if (STAGE.test(bare)) return 0;
  }
  const view = keywordView(text.trim());
  if (STAGE.test(view)) return 0;
  return readMarker(view)?.rank;
}

/** Levels (1 = outermost) for headings given in table order by their ranks. */
export function headingLevels(ranks: readonly (number | undefined)[]): number[] {
  const unnumbered = ranks[0] === undefined ? -1 : 99;
  const keyed = ranks.map((r) => r ?? unnumbered);
  const distinct = [...new Set(keyed)].sort((a, b) => a - b);
  return keyed.map((k) => distinct.indexOf(k) + 1);
}
