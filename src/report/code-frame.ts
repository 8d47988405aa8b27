import type { SourceSpan } from '../diagnostics/diagnostic.js';
import { codePointWidth } from '../text/display-width.js';

// A tab is shown as two spaces (see codeFrame), so it takes two cells here too.
function width(chars: readonly string[]): number {
  return chars.reduce((sum, ch) => sum + (ch === '\t' ? 2 : codePointWidth(ch.codePointAt(0)!)), 0);
}

// A report frames many diagnostics of one file: split it once, not once per diagnostic.
let lastText: string | undefined;
let lastLines: string[] = [];
function linesOf(text: string): string[] {
  if (text !== lastText) {
    lastText = text;
    lastLines = text.split(/\r\n|\r|\n/);
  }
  return lastLines;
}

// Lines longer than this are cut around the caret: a minified or hostile one-line file must not
// flood the terminal.
const MAX_CHARS = 100;

/** The part of a long line around `column` (1-based), with … where it was cut. */
function window(chars: readonly string[], column: number): { chars: string[]; offset: number } {
  if (chars.length <= MAX_CHARS) return { chars: [...chars], offset: 0 };
  const from = Math.max(0, Math.min(column - 1 - MAX_CHARS / 2, chars.length - MAX_CHARS));
  const cut = chars.slice(from, from + MAX_CHARS);
  if (from > 0) cut[0] = '…';
  if (from + MAX_CHARS < chars.length) cut[cut.length - 1] = '…';
  return { chars: cut, offset: from };
}

/**
 * The offending line with its neighbours and a caret run under the span, like Babel's code
 * frame but measured in terminal cells so it lines up under CJK text.
 */
export function codeFrame(text: string, span: SourceSpan, paint: (s: string) => string = (s) => s): string {
  const lines = linesOf(text);
  const line = span.start.line;
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const shown = window([...(lines[n - 1] ?? '')], n === line ? span.start.column : 1);
    const content = shown.chars.join('').replace(/\t/g, '  ');
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(gutter)} | ${content}`);
    if (n === line) {
      const chars = shown.chars;
      const startCol = Math.min(span.start.column - 1 - shown.offset, chars.length);
      const endCol = span.end.line === line ? Math.max(span.end.column - 1 - shown.offset, startCol + 1) : chars.length;
      const pad = width(chars.slice(0, startCol));
      const run = Math.max(1, width(chars.slice(startCol, Math.min(endCol, chars.length))) || 1);
      out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(pad)}${paint('^'.repeat(run))}`);
    }
  }
  return out.join('\n');
}
