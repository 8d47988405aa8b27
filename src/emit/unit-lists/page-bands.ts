// The printed page header and footer of a worksheet (ECMA-376 §18.3.1.46 headerFooter). Their
// text is a small language of its own: `&L` `&C` `&R` open the left, centre and right sections,
// `&P` is the page number, `&N` the page count, `&"font"` and `&12` change the type, and `&&` is
// one ampersand. A plan title such as `R&D 2018` must therefore be written `R&&D 2018`, or the
// spreadsheet would read `&D` as today's date.

/** Excel refuses a header or footer longer than this (it asks to repair the file). */
export const BAND_LIMIT = 255;

/** Text as a header or footer shows it literally: one line, every `&` doubled. */
export function bandText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&&');
}

/** The page number and the page count, for filling a label such as `第 {{page}} 页 共 {{pages}} 页`. */
export const PAGE_FIELDS = { page: '&P', pages: '&N' } as const;

export interface Band {
  /** Each section already in band language (literal text through `bandText`). */
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/**
 * A header or footer from its sections, within the length Excel accepts: the longest section is
 * shortened first (never inside an `&&` or a field), and ends with `…` so a reader sees the cut.
 */
export function band({ left = '', center = '', right = '' }: Band): string {
  const sections = [left, center, right];
  const codes = ['&L', '&C', '&R'];
  const length = (): number => sections.reduce((n, s) => n + (s === '' ? 0 : s.length + 2), 0);
  while (length() > BAND_LIMIT) {
    const longest = sections.reduce((best, s, i) => (s.length > sections[best]!.length ? i : best), 0);
    sections[longest] = shorten(sections[longest]!, sections[longest]!.length - (length() - BAND_LIMIT) - 1);
  }
  return sections.map((s, i) => (s === '' ? '' : codes[i]! + s)).join('');
}

/** `text` cut to at most `max` characters plus `…`, never leaving a lone `&` to start a code. */
function shorten(text: string, max: number): string {
  let cut = Array.from(text.slice(0, Math.max(0, max))).join('');
  // A surrogate pair split by slice comes out of Array.from as a lone half: drop it.
  cut = cut.replace(/[\uD800-\uDBFF]$/, '');
  const amps = /&*$/.exec(cut)![0].length;
  if (amps % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}
