import type { Edit } from '../load/slips/index.js';

/**
 * Applies non-overlapping edits to `text` (an edit overlapping one already taken is dropped, and
 * left for the next round); returns the text and how many edits were applied, in input order.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: boolean[] } {
  const order = edits.map((edit, i) => ({ edit, i })).sort((a, b) => a.edit.offset - b.edit.offset);
  const applied = edits.map(() => false);
  let out = '';
  let at = 0;
  for (const { edit, i } of order) {
    if (edit.offset < at) continue;
    out += text.slice(at, edit.offset) + edit.text;
    at = edit.offset + edit.length;
    applied[i] = true;
  }
  return { text: out + text.slice(at), applied };
}
