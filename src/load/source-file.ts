import type { Document, LineCounter } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';

/** One input file: its text, its YAML document and the means to turn offsets into positions. */
export interface SourceFile {
  /** As given on the command line (`-` is shown as `<stdin>`). */
  readonly path: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/**
 * A 1-based line and a column counted in code points, so a caret lands under the right CJK
 * character even when astral characters (emoji, rare hanzi) precede it on the line.
 */
export function positionAt(source: Pick<SourceFile, 'text' | 'lineCounter'>, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, source.text.length));
  const { line, col } = source.lineCounter.linePos(clamped);
  const lineStart = clamped - (col - 1);
  return { line, column: codePointLength(source.text, lineStart, clamped) + 1 };
}

function codePointLength(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
