import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';

/** One input file: its text, its YAML document and the means to turn offsets into positions. */
export interface SourceFile {
  /** As given on the command line (`-` is shown as `<stdin>`). */
  readonly path: string;
  readonly text: string;
  /** The positioned YAML tree; may be built on first access (see createSourceFile). */
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export interface ParsedYaml {
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** The one way this program parses YAML with positions (the slow path and lazy documents share it). */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  return { document, lineCounter };
}

/**
 * A SourceFile whose YAML document is parsed only when first read: a clean plan loaded by the
 * fast path never needs positions, and the positioned parse is the costliest step of loading.
 */
export function createSourceFile(path: string, text: string, parsed?: ParsedYaml): SourceFile {
  let cached = parsed;
  const get = (): ParsedYaml => (cached ??= parseYaml(text));
  return {
    path,
    text,
    get document() {
      return get().document;
    },
    get lineCounter() {
      return get().lineCounter;
    },
  };
}

// Line starts are computed on first use, so a clean plan never pays for them.
const lineStartsCache = new WeakMap<object, number[]>();

/** Offsets where lines start; \r\n, \n and a lone \r each end a line, as in YAML. */
function lineStarts(source: Pick<SourceFile, 'text'>): number[] {
  let starts = lineStartsCache.get(source);
  if (starts) return starts;
  starts = [0];
  const text = source.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  lineStartsCache.set(source, starts);
  return starts;
}

/**
 * A 1-based line and a column counted in code points, so a caret lands under the right CJK
 * character even when astral characters (emoji, rare hanzi) precede it on the line.
 */
export function positionAt(source: Pick<SourceFile, 'text'>, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, source.text.length));
  const starts = lineStarts(source);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: codePointLength(source.text, starts[low]!, clamped) + 1 };
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
