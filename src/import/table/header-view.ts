import { keywordView } from '../text.js';

/**
 * Header words in traditional script that neither the date module's table nor text.ts folds
 * (類別, 領域, 牽頭領導, 備註, 預期成效, 具體措施, 工作目標 …). Kept here rather than in text.ts
 * because only column headers need them; one for one, like keywordView.
 */
const HEADER_PAIRS = '別别領领導导備备註注預预體体標标點点類类內内節节檢检舉举績绩劃划實实際际條条';
const HEADER_FOLD = new Map<string, string>();
for (let i = 0; i + 1 < HEADER_PAIRS.length; i += 2) HEADER_FOLD.set(HEADER_PAIRS[i] as string, HEADER_PAIRS[i + 1] as string);

/**
 * The matching view of a header or note cell: simplified, half-width, and without any whitespace,
 * because printed headers are spaced out to fill the cell (`序  号`, `完成\n时限`). Only for
 * matching: what the document wrote is always taken from the cell itself.
 */
export function headerView(text: string): string {
  let out = '';
  for (const ch of keywordView(text)) out += HEADER_FOLD.get(ch) ?? ch;
  return out.replace(/\s+/g, '');
}

/** A header cell as compared with a row that may repeat it: the view without punctuation. */
export function cellKey(text: string): string {
  return headerView(text).replace(/[()（）:：、,，.。]/g, '');
}
