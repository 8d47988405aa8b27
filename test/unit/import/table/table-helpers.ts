import type { TableBlock, TableCell } from '../../../../src/import/blocks.js';

/**
 * Tables typed as a reader would produce them. A row is a list of cells: a string is a plain
 * cell, `span(text, n)` covers n columns, `merged(text)` continues a vertical merge (its text
 * repeats the merge's first cell, as the readers give it).
 */
export type CellInput = string | TableCell;

export const span = (text: string, colSpan: number): TableCell => ({ text, colSpan, mergedFromAbove: false });
export const merged = (text: string, colSpan = 1): TableCell => ({ text, colSpan, mergedFromAbove: true });

export function table(...rows: readonly CellInput[][]): TableBlock {
  return {
    kind: 'table',
    rows: rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: cell, colSpan: 1, mergedFromAbove: false } : cell))),
  };
}
