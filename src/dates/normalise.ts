import { simplifiedChar } from './traditional.js';

/**
 * The expression after NFKC (full-width digits and punctuation → ASCII) and traditional →
 * simplified keywords. `origin[i]` is the UTF-16 offset in the ORIGINAL string of normalised code
 * unit i; `origin[text.length]` is the original length, so spans map back for error carets.
 */
export interface Normalised {
  readonly text: string;
  readonly origin: readonly number[];
}

export function normalise(expr: string): Normalised {
  const nfkc = expr.normalize('NFKC');
  let text = '';
  const origin: number[] = [];
  if (nfkc === expr) {
    // Common case: only the 1:1 traditional map can change anything.
    for (let i = 0; i < expr.length; i++) {
      const ch = expr[i] as string;
      text += ch.charCodeAt(0) < 0x80 ? ch : simplifiedChar(ch);
      origin.push(i);
    }
  } else {
    // Per code point, so every normalised unit knows which original character it came from.
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
  }
  origin.push(expr.length);
  return { text, origin };
}

/** Maps a normalised span [start, end) back to an original {offset, length}. */
export function originalSpan(n: Normalised, start: number, end: number): { offset: number; length: number } {
  const s = n.origin[Math.max(0, Math.min(start, n.text.length))] ?? 0;
  const last = Math.max(start, end);
  // The end maps to the original start of the unit after the span, so a 1→2 NFKC expansion stays whole.
  const e = last >= n.text.length ? (n.origin[n.text.length] ?? s) : (n.origin[last] ?? s);
  return { offset: s, length: Math.max(0, e - s) };
}
