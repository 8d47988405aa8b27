import type { TableColumn } from './columns.js';
import { filledCells, type PlacedCell } from './grid.js';
import { cellKey, headerView } from './header-view.js';
import { headingRank } from './heading-levels.js';

/**
 * Rows of a table body that are not tasks: a heading across the table, a footnote, the header
 * printed again at the top of a new page, the row of column numbers (1 2 3 4 5) some tables put
 * under the header.
 */

/** The header's words as compared: the view without punctuation (`序  号` is 序号). */
export function headerWords(rows: readonly (readonly PlacedCell[])[]): Set<string> {
  const words = new Set<string>();
  for (const row of rows) for (const p of filledCells(row)) words.add(cellKey(p.cell.text));
  return words;
}

/**
 * The header printed again at the top of a new page: two or more filled cells, every one a word of
 * the header. Set-based rather than cell-for-cell, so a two-tier header re-printed as one row
 * (text pasted from a PDF: 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) is caught too.
 */
export function repeatsHeader(row: readonly PlacedCell[], words: ReadonlySet<string>): boolean {
  const filled = filledCells(row);
  return filled.length >= 2 && filled.every((p) => words.has(cellKey(p.cell.text)));
}

/** 1 | 2 | 3 | 4 | 5: the column numbers under a header, not an item. */
export function isColumnNumbers(row: readonly PlacedCell[]): boolean {
  const filled = filledCells(row).map((p) => p.cell.text.trim());
  return filled.length >= 3 && filled.every((t, i) => t === String(i + 1));
}

/** `注：…`, `备注：…`, `说明：…` in the row's only filled cell (usually one spanning the table). */
export function footnoteText(row: readonly PlacedCell[]): string | undefined {
  const filled = filledCells(row);
  const only = filled[0];
  if (filled.length !== 1 || !only || only.col !== 0) return undefined;
  const text = only.cell.text.trim();
  return /^(注|备注|说明|附注)\d*[:.]/.test(headerView(text)) ? text : undefined;
}

export interface HeadingRow {
  readonly text: string;
  /** The number when it has a cell of its own (`一 | 强化组织领导` merged across the rest). */
  readonly number?: string;
}

/**
 * A row that heads the task rows below it:
 * - one cell spanning the whole table (`一、宣传发动阶段（2019年3月）`);
 * - the number cell, then one cell spanning the rest (`一 | 强化组织领导`);
 * - only the first cell filled, all others empty, when the first column is the number or a
 *   section column — or the task column itself but the text is numbered like a heading (一、,
 *   （一）, 第一阶段): an unnumbered task with no units yet must stay a task.
 */
export function headingRow(row: readonly PlacedCell[], width: number, columns: readonly TableColumn[]): HeadingRow | undefined {
  if (width < 2) return undefined;
  const filled = filledCells(row);
  const first = filled[0];
  if (!first || first.col !== 0 || first.cell.mergedFromAbove) return undefined;
  const firstRole = columns.find((c) => c.col <= 0 && 0 < c.col + c.span)?.role;
  if (filled.length === 1) {
    const text = first.cell.text.trim();
    if (first.span >= width) return { text };
    if (firstRole === 'number' || firstRole === 'section') return /^[\d.、]+$/.test(text) ? undefined : { text };
    const rank = headingRank(text);
    return rank !== undefined && rank <= 2 ? { text } : undefined;
  }
  const second = filled[1];
  if (filled.length === 2 && second && firstRole === 'number' && first.span === 1 && width >= 3) {
    if (second.col === first.col + first.span && second.span >= 2 && second.col + second.span >= width && !second.cell.mergedFromAbove) {
      return { text: second.cell.text.trim(), number: first.cell.text.trim() };
    }
  }
  return undefined;
}
