// How many terminal cells (or spreadsheet characters) text takes: the one measure behind the
// `plan tasks` table, the code frames under diagnostics and the .xlsx column widths, so a caret
// lines up under Chinese text and a column fits its widest cell.

/**
 * East Asian Wide and Fullwidth characters (Unicode's EastAsianWidth W and F) outside the emoji,
 * which EMOJI below finds: Hangul Jamo, CJK punctuation and ideographs, kana, Hangul syllables,
 * the full-width forms (，。：（） and ＡＢＣ), Tangut and the ideograph supplements. Sorted; the
 * kana voicing marks (U+3099–309A) and ideographic tone marks (U+302A–302D) combine, so they are left out.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x3029],
  [0x302e, 0x303e],
  [0x3041, 0x3096],
  [0x309b, 0x3247],
  [0x3250, 0x4dbf],
  [0x4e00, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe3],
  [0x16ff0, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x3fffd],
];

/** Emoji drawn as pictures (⌚, ✅, 😀, 🚀) take two cells; Node's Unicode data keeps the list current. */
const EMOJI = /\p{Emoji_Presentation}/u;
/** Combining marks, format characters (zero-width space and joiner, BOM) and controls draw nothing. */
const ZERO = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

function inWide(cp: number): boolean {
  for (const [from, to] of WIDE) {
    if (cp < from) return false;
    if (cp <= to) return true;
  }
  return false;
}

/**
 * Cells one code point takes: 2 for wide and full-width characters and emoji, 0 for combining
 * marks and controls, 1 otherwise. Latin and the common CJK blocks are answered without a regular
 * expression, since the .xlsx writer measures every cell of every workbook.
 */
export function codePointWidth(cp: number): number {
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  if (inWide(cp)) return 2;
  const ch = String.fromCodePoint(cp);
  if (ZERO.test(ch)) return 0;
  return EMOJI.test(ch) ? 2 : 1;
}

/**
 * Cells a string takes. Emoji joined into one picture (👨‍👩‍👧) count one by one, wider than a
 * terminal draws them; plans do not carry them, and a grapheme splitter is not worth its start-up.
 */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += codePointWidth(ch.codePointAt(0)!);
  return n;
}
