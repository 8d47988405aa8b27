import type { TableBlock, TableCell } from '../blocks.js';

/**
 * Cells by grid column. A reader gives a row's cells left to right with their colSpans, so a cell's
 * column is the sum of the spans before it; the interpreter needs the other direction (what is in
 * the 牵头单位 column of this row), which this module answers.
 */

export interface PlacedCell {
  readonly cell: TableCell;
  /** First grid column the cell covers. */
  readonly col: number;
  readonly span: number;
}

export function tableWidth(table: TableBlock): number {
  return Math.max(0, ...table.rows.map((row) => row.reduce((sum, cell) => sum + Math.max(1, cell.colSpan), 0)));
}

export function placeRow(row: readonly TableCell[]): PlacedCell[] {
  const placed: PlacedCell[] = [];
  let col = 0;
  for (const cell of row) {
    const span = Math.max(1, cell.colSpan);
    placed.push({ cell, col, span });
    col += span;
  }
  return placed;
}

/** The cell covering grid column `col`, if any (a short row has none past its end). */
export function cellCovering(row: readonly PlacedCell[], col: number): PlacedCell | undefined {
  return row.find((p) => p.col <= col && col < p.col + p.span);
}

/**
 * The text a row holds for a column. A body cell spanning several header columns (one unit list
 * written across 牵头单位 and 配合单位) counts once, for the first column it covers: the others
 * read as empty rather than repeating it.
 */
export function textAt(row: readonly PlacedCell[], col: number): string {
  const placed = cellCovering(row, col);
  return placed && placed.col === col ? placed.cell.text.trim() : '';
}

export function mergedAt(row: readonly PlacedCell[], col: number): boolean {
  const placed = cellCovering(row, col);
  return placed !== undefined && placed.col === col && placed.cell.mergedFromAbove;
}

/** The row's non-empty cells (a merged-from-above cell counts: it repeats the text above). */
export function filledCells(row: readonly PlacedCell[]): PlacedCell[] {
  return row.filter((p) => p.cell.text.trim().length > 0);
}
