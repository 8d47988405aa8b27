/**
 * A row with no number whose task cell holds new text is a new task — except when the task above
 * is visibly cut off, which happens when a long cell is split over a page break or pasted from a
 * PDF line by line. Chinese has no lower case to mark a continuation, so the rule reads the
 * punctuation at the seam: the text above does not end a clause (。；！？) and either it ends on a
 * joining mark or word (，、：（ 和 及 与 并 或 的) or the row below starts with a mark no sentence
 * starts with (，、。；：）”).
 */
const ENDS_CLAUSE = /[。;；!！?？]$/;
const ENDS_OPEN = /([,，、:：(（“—]|和|及|与|并|或|的|以及|等)$/;
const STARTS_CLOSED = /^[,，、。;；:：)）”」]/;

export function continuesText(above: string, next: string): boolean {
  const a = above.trim();
  const n = next.trim();
  if (a.length === 0 || n.length === 0 || ENDS_CLAUSE.test(a)) return false;
  return ENDS_OPEN.test(a) || STARTS_CLOSED.test(n);
}
