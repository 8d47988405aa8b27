// How wide each column of the task table is, given the terminal's width: columns that fit keep
// their natural width, and the room left is shared among the wrapping ones (title, units) so that
// the short ones stay whole and the long ones share the rest by weight (titles get more).

export interface ColumnNeed {
  /** Widest cell, heading included. */
  readonly natural: number;
  /** Narrowest it may be: its heading, or its whole widest cell when it must not wrap. */
  readonly minimum: number;
  /** Share of the room left over, relative to the other wrapping columns (default 1). */
  readonly weight?: number;
}

/**
 * Widths (summing to at most `room`) for columns with these needs, or undefined when even their
 * minimums do not fit. Water-filling: every wrapping column gets min(natural, level) with the
 * highest level that fits (times its weight); the cells left over go to the first columns still short of natural.
 */
export function columnWidths(needs: readonly ColumnNeed[], room: number): number[] | undefined {
  const floor = needs.map((n) => Math.min(n.minimum, n.natural));
  if (floor.reduce((a, b) => a + b, 0) > room) return undefined;
  const at = (level: number): number[] => needs.map((n, i) => Math.max(floor[i]!, Math.min(n.natural, level * (n.weight ?? 1))));
  const sum = (widths: readonly number[]): number => widths.reduce((a, b) => a + b, 0);
  const top = Math.max(0, ...needs.map((n) => n.natural));
  if (sum(at(top)) <= room) return at(top);
  let low = 0;
  let high = top;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (sum(at(mid)) <= room) low = mid;
    else high = mid - 1;
  }
  const widths = at(low);
  let spare = room - sum(widths);
  for (let i = 0; i < widths.length && spare > 0; i++) {
    if (widths[i]! < needs[i]!.natural) {
      widths[i]!++;
      spare--;
    }
  }
  return widths;
}
