import { simplifiedChar } from './traditional.js';

/**
 * The expression after NFKC (full-width digits and punctuation → ASCII) and traditional →
 * simplified keywords. `origin[i]` is the UTF-16 offset in the ORIGINAL string of normalised code
 * unit i; `origin[text.length]` is the original length, so spans map back for error carets.
 */
export interface Normalised {
  readonly text: string;
  /** Undefined when every unit kept its place (the common case: no per-call array). */
  readonly origin: readonly number[] | undefined;
}

export function normalise(expr: string): Normalised {
  const nfkc = expr.normalize('NFKC');
  if (nfkc === expr) {
    // Common case: only the 1:1 traditional map can change anything, and offsets stay put.
    let text = expr;
    for (let i = 0; i < expr.length; i++) {
      const ch = expr[i] as string;
      if (ch.charCodeAt(0) < 0x80) continue;
      const simple = simplifiedChar(ch);
      if (simple !== ch) text = text.slice(0, i) + simple + text.slice(i + 1);
    }
    return { text, origin: undefined };
  }
  // Per code point, so every normalised unit knows which original character it came from.
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < expr.length; ) {
    const cp = expr.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const piece = expr.slice(i, i + width).normalize('NFKC');
    for (let k = 0; k < piece.length; k++) {
      text += simplifiedChar(piece[k] as string);
      origin.push(i);
    }
    i += width;
  }
  origin.push(expr.length);
  return { text, origin };
}

/** Maps a normalised span [start, end) back to an original {offset, length}. */
export function originalSpan(n: Normalised, start: number, end: number): { offset: number; length: number } {
  const from = Math.max(0, Math.min(start, n.text.length));
  const to = Math.max(from, Math.min(end, n.text.length));
  if (n.origin === undefined) return { offset: from, length: to - from };
  const s = n.origin[from] ?? 0;
  // The end maps to the original start of the unit after the span, so a 1→2 NFKC expansion stays whole.
  const e = n.origin[to] ?? s;
  return { offset: s, length: Math.max(0, e - s) };
}

/** Length of the original expression. */
export function originalLength(n: Normalised): number {
  return n.origin === undefined ? n.text.length : (n.origin[n.text.length] ?? n.text.length);
}
