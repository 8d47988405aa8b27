// Plain-text tables for the terminal: columns padded by display width, where a CJK character
// takes two cells, so Chinese titles line up under their headings.
import { displayWidth } from '../../text/display-width.js';

/** Cuts text to at most `max` cells, ending in `…` when cut. */
export function fitWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (n + w > max - 1) break;
    out += ch;
    n += w;
  }
  return `${out}…`;
}

export interface TextTableOptions {
  /** Paints a finished row (after padding, so colour codes never upset the widths). */
  readonly paint?: (line: string, rowIndex: number) => string;
  /** Widest a column may be, in cells; longer text is cut with `…`. */
  readonly maxColumnWidth?: number;
}

/** Rows of cells as aligned lines; the first row is the header, underlined with `─`. */
export function textTable(rows: readonly (readonly string[])[], options: TextTableOptions = {}): string {
  const max = options.maxColumnWidth ?? 60;
  // Control characters (a tab or newline in a title) would break the grid: show them as spaces.
  const cells = rows.map((row) => row.map((c) => fitWidth(c.replace(/[\p{Cc}\u2028\u2029]+/gu, ' '), max)));
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  const line = (row: readonly string[]): string =>
    row.map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - displayWidth(c)))).join('  ').trimEnd();
  const out: string[] = [];
  cells.forEach((row, i) => {
    out.push(options.paint ? options.paint(line(row), i) : line(row));
    if (i === 0) out.push(widths.map((w) => '─'.repeat(w)).join('  '));
  });
  return `${out.join('\n')}\n`;
}
