// The task list as a table that fits the terminal: every column headed, long titles and unit
// lists wrapped inside their column (or cut with `…`), columns two spaces apart on every line.
import { displayWidth } from '../text/display-width.js';
import { columnWidths, type ColumnNeed } from './column-widths.js';
import { UNDER_TASK, type HumanRow, type Tone } from './human-rows.js';
import { flatten, truncate, wrap, wrapList } from './wrap.js';
import type { Column } from './words.js';

export const GAP = '  ';

/** Columns that wrap: the narrowest each may get before the table gives way to blocks, and its share of the room. */
const WRAPS: Partial<Record<Column, { readonly floor: number; readonly weight: number }>> = {
  title: { floor: 12, weight: 2 },
  lead: { floor: 8, weight: 1 },
  support: { floor: 8, weight: 1 },
  progress: { floor: 8, weight: 1 },
};

/**
 * Unit lists break between names; everything else wherever the text allows. A line under a task
 * (`- 庆祝…大会`) hangs its continuation under its text, not under the dash.
 */
function fit(column: Column, text: string, width: number, cut: boolean): string[] {
  if (cut) return [truncate(text, width)];
  if (column === 'lead' || column === 'support') return wrapList(text, width);
  if (!text.startsWith(UNDER_TASK) || width <= UNDER_TASK.length + 2) return wrap(text, width);
  const hang = ' '.repeat(UNDER_TASK.length);
  const [first = '', ...rest] = wrap(text.slice(UNDER_TASK.length), width - UNDER_TASK.length);
  return [UNDER_TASK + first, ...rest.map((line) => hang + line)];
}

export interface TableOptions {
  readonly width: number;
  /** One line a row, long cells cut with `…`, instead of wrapping. */
  readonly truncate: boolean;
  /** Colours a finished line (after padding, so colour codes never upset the widths). */
  readonly paint: (line: string, tone: Tone | 'heading' | undefined) => string;
}

/** The widest of these texts, at least `floor`; a loop, not Math.max(...), which overflows the stack on a 200,000-task plan. */
function widest(texts: Iterable<string>, floor: number): number {
  let max = floor;
  for (const text of texts) max = Math.max(max, displayWidth(text));
  return max;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Unit lists broken between names often use less than their column: hand the cells they leave
 * to the title, which then wraps less.
 */
function giveSlackToTitle(columns: readonly Column[], headings: readonly string[], rows: readonly HumanRow[], widths: number[], cut: boolean): void {
  const title = columns.indexOf('title');
  if (title < 0 || cut) return;
  columns.forEach((column, i) => {
    if (column !== 'lead' && column !== 'support') return;
    const used = widest(
      rows.flatMap((r) => fit(column, r.cells[column], widths[i]!, false)),
      displayWidth(headings[i]!),
    );
    widths[title]! += widths[i]! - used;
    widths[i] = used;
  });
}

/** The table, or undefined when `options.width` is too narrow for its columns. */
export function renderTable(headings: readonly string[], columns: readonly Column[], rows: readonly HumanRow[], options: TableOptions): string | undefined {
  const needs: ColumnNeed[] = columns.map((column, i) => {
    const natural = widest(
      rows.map((r) => flatten(r.cells[column]).trim()),
      displayWidth(headings[i]!),
    );
    const wraps = WRAPS[column];
    return wraps ? { natural, minimum: Math.max(displayWidth(headings[i]!), wraps.floor), weight: wraps.weight } : { natural, minimum: natural };
  });
  const widths = columnWidths(needs, options.width - GAP.length * (columns.length - 1));
  if (!widths) return undefined;
  giveSlackToTitle(columns, headings, rows, widths, options.truncate);
  const line = (cells: readonly string[]): string => cells.map((c, i) => pad(c, widths[i]!)).join(GAP).trimEnd();
  const out = [options.paint(line(headings), 'heading'), widths.map((w) => '-'.repeat(w)).join(GAP)];
  for (const row of rows) {
    const cells = columns.map((column, i) => fit(column, row.cells[column], widths[i]!, options.truncate));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(options.paint(line(cells.map((c) => c[k] ?? '')), row.tone));
  }
  return `${out.join('\n')}\n`;
}
