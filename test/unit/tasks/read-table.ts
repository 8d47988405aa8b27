// Reads a rendered `plan tasks` table back by display column, the way a reader's eye does, so the
// tests check what the terminal shows rather than how the renderer built it.
import { codePointWidth, displayWidth } from '../../../src/text/display-width.js';

/** The characters of a line by display column; the second cell of a wide character is `null`. */
export function cellsOf(line: string): (string | null)[] {
  const cells: (string | null)[] = [];
  for (const ch of line) {
    cells.push(ch);
    if (codePointWidth(ch.codePointAt(0)!) === 2) cells.push(null);
  }
  return cells;
}

/** Where each column starts, read from the rule under the headings (`-----  ---  ...`). */
export function columnStarts(rule: string): number[] {
  return [...rule.matchAll(/-+/g)].map((m) => m.index);
}

/** The text of a line between display columns `from` and `to` (exclusive), trimmed. */
export function slice(line: string, from: number, to: number): string {
  return cellsOf(line)
    .slice(from, to)
    .filter((c) => c !== null)
    .join('')
    .trim();
}

/** Problems with how `line` sits on the grid: a character across a column edge, or text in the gap before a column. */
export function gridProblems(line: string, starts: readonly number[], gap = 2): string[] {
  const cells = cellsOf(line);
  const problems: string[] = [];
  for (const start of starts.slice(1)) {
    if (cells[start] === null) problems.push(`a wide character straddles column ${start}: ${line}`);
    for (let k = start - gap; k < start; k++) if (cells[k] !== undefined && cells[k] !== ' ') problems.push(`text in the gap at ${k}: ${line}`);
  }
  return problems;
}

export interface TableRow {
  /** Each column's lines, in order. */
  readonly columns: string[][];
}

/**
 * Body rows: a line whose first column is filled starts a row (a task, an event), and so does one
 * whose title begins with `- ` (a note under a task); the lines below continue it.
 */
export function readRows(lines: readonly string[], starts: readonly number[], titleColumn: number): TableRow[] {
  const rows: TableRow[] = [];
  for (const line of lines) {
    const parts = starts.map((s, i) => slice(line, s, starts[i + 1] ?? displayWidth(line) + 1));
    if (parts[0] !== '' || parts[titleColumn]!.startsWith('- ') || rows.length === 0) rows.push({ columns: parts.map((p) => (p === '' ? [] : [p])) });
    else parts.forEach((p, i) => p !== '' && rows.at(-1)!.columns[i]!.push(p));
  }
  return rows;
}
