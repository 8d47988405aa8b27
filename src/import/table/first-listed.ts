import { headerView } from './header-view.js';

/**
 * The convention note of a one-column unit list: `列第一位的为牵头单位` (杭州: `列第一位的责任单位为
 * 牵头单位或汇总单位`), `排在首位的为牵头单位`, `第一个单位为牵头单位`. Documents put it in the
 * table title, in the unit column's header, in a footnote row under the table, or in the text
 * before the table (the caller passes that in as an option).
 */
const NOTE = [
  /(列|排)在?(第一|首)位?.{0,12}(牵头|主责|汇总)/,
  /(第一|首)(个|家)?(责任)?(单位|部门).{0,4}(为|是)(牵头|主责)/,
];

export function notesFirstListedLeads(text: string): boolean {
  const view = headerView(text);
  return NOTE.some((re) => re.test(view));
}

/** The header text with such a note cut off, so `责任单位（列第一位为牵头单位）` reads as 责任单位. */
export function withoutNote(view: string): string {
  let out = view.replace(/[(（][^()（）]*[)）]/g, '');
  for (const re of NOTE) {
    const m = re.exec(out);
    if (m) out = out.slice(0, m.index);
  }
  return out;
}
