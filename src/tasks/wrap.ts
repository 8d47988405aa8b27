// Fitting one cell's text into a column a given number of terminal cells wide. Chinese breaks
// between any two characters; English breaks at spaces, so a word is split only when it alone is
// wider than the column. Widths are display widths: a CJK character takes two cells.
import { codePointWidth, displayWidth } from '../text/display-width.js';

/** Punctuation that must not begin a line (禁则: 、。，）」” and their kin): it takes the character before it along. */
const NO_LINE_START = /^[,.;:!?)\]}%\u3001\u3002\u3009\u300b\u300d\u300f\u3011\u201d\u2019\u2026\uff01\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d]/u;

/** Punctuation that must not end a line (（「“ and their kin): it goes down with the character after it. */
const NO_LINE_END = /^[(\[{\u3008\u300a\u300c\u300e\u3010\u201c\u2018\uff08\uff3b\uff5b]$/u;

/** Tabs, newlines and other controls would break the grid: they show as one space. */
export function flatten(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

/** Units that are never split: a run of letters or digits (a word, `2018`, `40`), or one wide character, or one space. */
function pieces(text: string): string[] {
  return text.match(/[ ]|[^\s\u{1100}-\u{10ffff}]+|./gsu) ?? [];
}

/** Splits `piece` into chunks no wider than `width` (a word wider than the whole column). */
function hardSplit(piece: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of piece) {
    const w = codePointWidth(ch.codePointAt(0)!);
    if (used + w > width && line !== '') {
      out.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * `text` as lines no wider than `width` cells (at least 2, so a CJK character fits). Spaces at a
 * break are dropped, nothing else is: joining the lines (with a space where English broke at
 * one) gives the text back.
 */
export function wrap(text: string, width: number): string[] {
  const flat = flatten(text).trim();
  if (flat === '') return [''];
  if (displayWidth(flat) <= width) return [flat];
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    const trimmed = line.trimEnd();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  for (const piece of pieces(flat)) {
    if (piece === ' ') {
      if (line !== '') line += ' ';
      continue;
    }
    const w = displayWidth(piece);
    if (displayWidth(line) + w <= width) {
      line += piece;
      continue;
    }
    if (w > width) {
      // A word wider than the whole column starts a line of its own and is cut where it must be.
      push();
      const chunks = hardSplit(piece, width);
      line = chunks.pop() ?? '';
      lines.push(...chunks);
      continue;
    }
    // A closing mark may not open a line, nor an opening one end it: the character before the
    // break comes down to the next line.
    const chars = [...line];
    const last = chars.at(-1);
    if (last !== undefined && (NO_LINE_START.test(piece) || NO_LINE_END.test(last)) && last !== ' ' && chars.length > 1 && displayWidth(last) + w <= width) {
      line = chars.slice(0, -1).join('');
      push();
      line = last + piece;
      continue;
    }
    push();
    line = piece;
  }
  push();
  return lines;
}

/** `text` on one line of at most `width` cells, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  const flat = flatten(text).trim();
  if (displayWidth(flat) <= width) return flat;
  let out = '';
  let used = 0;
  for (const ch of flat) {
    const w = codePointWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Where a list of names may break: after `、` or after `, `. */
const LIST_BREAK = /(?<=、)|(?<=, )/u;

/**
 * A list of names (`党政条线、宣传条线`) as lines no wider than `width`, breaking between names
 * where it can, so a name is cut only when it alone is wider than the column.
 */
export function wrapList(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const name of flatten(text).trim().split(LIST_BREAK)) {
    if (displayWidth(line + name.trimEnd()) <= width) {
      line += name;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    line = '';
    if (displayWidth(name.trimEnd()) <= width) line = name;
    else {
      const parts = wrap(name, width);
      line = parts.pop() ?? '';
      lines.push(...parts);
    }
  }
  lines.push(line.trimEnd());
  return lines;
}
