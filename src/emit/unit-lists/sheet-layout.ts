import { codePointWidth } from '../../text/display-width.js';

// Column widths and row heights worked out from the text, because a workbook written without
// them opens with the header over row 1 and long titles cut off: Excel and LibreOffice only
// fit a row to its wrapped text when someone edits it, never when they open or print a file.
// Widths are in spreadsheet characters: the width of a digit, 7 pixels in 11-point 等线 (Excel's
// and WPS's default Chinese typeface), so a Chinese character, 15 pixels, takes a little over two.

/** Space left beside the widest line when a column is sized to it, in characters. */
const CELL_PADDING = 1;

/**
 * Of a column `width` characters wide, the room wrapped text has, counted in display width
 * (src/text/display-width.ts: a Chinese character two): Excel keeps the whole width for text,
 * but a Chinese character is 15/7 characters wide, not 2, and a little is kept for rounding.
 */
function roomIn(width: number): number {
  return Math.max(1, width * (14 / 15) - 0.2);
}

/** The narrowest column whose room holds a line `display` wide: the inverse of roomIn. */
function widthFor(display: number): number {
  return Math.ceil(((display + 0.2) * 15) / 14);
}

/**
 * The lines `text` takes in a column `width` characters wide when wrapped: each of its own lines,
 * broken as a spreadsheet breaks them — between any two Chinese characters, between Latin words,
 * inside a Latin word only when it is wider than the column.
 */
export function wrappedLines(text: string, width: number): number {
  const room = roomIn(width);
  // No character is wider than two, so text of at most room/2 UTF-16 units fits on one line:
  // most cells (roles, numbers, unit names) are answered without a scan.
  if (text.length * 2 <= room && !text.includes('\n')) return 1;
  let lines = 0;
  for (const line of text.split('\n')) lines += linesOf(line, room);
  return lines;
}

function linesOf(line: string, room: number): number {
  let lines = 1;
  let used = 0;
  // A Latin word (letters, digits, punctuation up to a space or a wide character) moves to the next line whole.
  let word = 0;
  const place = (w: number): void => {
    if (used + w > room && used > 0) {
      lines++;
      used = 0;
    }
    while (w > room) {
      lines++;
      w -= room;
    }
    used += w;
  };
  for (const ch of line) {
    const w = codePointWidth(ch.codePointAt(0)!);
    if (w === 2) {
      place(word);
      word = 0;
      place(2);
    } else if (ch === ' ') {
      // A space may hang past the edge; it never pushes the word before it down a line.
      place(word);
      used += 1;
      word = 0;
    } else {
      word += w;
    }
  }
  place(word);
  return lines;
}

/** Display width of the widest line of `text`, in characters (CJK counting two). */
export function longestLineWidth(text: string): number {
  let longest = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c === 10) {
      if (n > longest) longest = n;
      n = 0;
      continue;
    }
    if (c > 0xffff) i++; // the low half of a surrogate pair
    n += codePointWidth(c);
  }
  return n > longest ? n : longest;
}

export interface ColumnRule {
  /** Narrowest and widest the column may be, in characters. */
  readonly min: number;
  readonly max: number;
  /** Wrapped text may be narrowed to fit the page; a date or a short code may not. */
  readonly wraps: boolean;
}

/**
 * Widths that fit each column's widest line within its rule, then, when together they are wider
 * than `page`, the wrapping columns narrowed in proportion to what they have above their minimum
 * (their rows grow taller instead). What still does not fit is left to the printer's fit-to-width.
 */
export function columnWidths(texts: readonly (readonly string[])[], rules: readonly ColumnRule[], page: number): number[] {
  const natural = rules.map((rule, c) => {
    let widest = 0;
    for (const row of texts) {
      const text = row[c] ?? '';
      // Text that cannot be wider than the widest so far (two a UTF-16 unit at most) needs no scan.
      if (text.length * 2 > widest) widest = Math.max(widest, longestLineWidth(text));
    }
    return Math.min(rule.max, Math.max(rule.min, widthFor(widest) + CELL_PADDING));
  });
  const total = natural.reduce((a, b) => a + b, 0);
  const spare = rules.reduce((n, rule, c) => n + (rule.wraps ? natural[c]! - rule.min : 0), 0);
  if (total <= page || spare === 0) return natural;
  const keep = Math.max(0, 1 - (total - page) / spare);
  return natural.map((w, c) => (rules[c]!.wraps ? Math.floor(rules[c]!.min + (w - rules[c]!.min) * keep) : w));
}

/** Points one line of 11-point text takes, with the line spacing of the Chinese typefaces. */
const LINE_HEIGHT = 15;
/** Points above and below the text, so a bordered cell does not touch its text. */
const ROW_PADDING = 4;

/** The tallest row a spreadsheet allows; Excel asks to repair a file with a taller one. */
export const MAX_ROW_HEIGHT = 409;

/** A row's height in points: enough for the cell that wraps into the most lines, up to the limit. */
export function rowHeight(cells: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c] ?? '';
    if (text !== '') lines = Math.max(lines, wrappedLines(text, widths[c] ?? 8));
  }
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
}
