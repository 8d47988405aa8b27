// One task list in the format asked for: a table (or blocks, when the table cannot fit) or
// Markdown for people, in their language; tsv, csv or json for scripts.
import chalk, { Chalk } from 'chalk';
import { escapeMarkdownCell } from '../emit/escape.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { renderBlocks } from './blocks.js';
import type { TaskEntry } from './entries.js';
import { humanRows, type Tone } from './human-rows.js';
import { toCsv, toJson, toTsv } from './machine.js';
import { renderTable } from './table.js';
import { columnsFor, heading } from './words.js';

export const TASK_FORMATS = ['table', 'md', 'tsv', 'csv', 'json'] as const;
export type TaskFormat = (typeof TASK_FORMATS)[number];

export interface RenderOptions {
  readonly format: TaskFormat;
  readonly language: Language;
  /** The unit the list is for (its name), or undefined for the whole plan. */
  readonly unitName?: string;
  /** Terminal cells a line may take (table only). */
  readonly width: number;
  readonly truncate: boolean;
  readonly color: boolean;
}

function painter(color: boolean): (line: string, tone: Tone | 'heading' | undefined) => string {
  const paint = new Chalk({ level: color ? (Math.max(1, chalk.level) as 1 | 2 | 3) : 0 });
  return (line, tone) => (tone === 'heading' ? paint.bold(line) : tone === 'overdue' ? paint.red(line) : tone === 'due-soon' ? paint.yellow(line) : line);
}

export function renderTasks(entries: readonly TaskEntry[], options: RenderOptions): string {
  const { format, language } = options;
  if (format === 'json') return toJson(entries);
  if (format === 'tsv') return toTsv(entries);
  if (format === 'csv') return toCsv(entries);
  if (entries.length === 0) {
    return `${options.unitName !== undefined ? t(language, 'tasks.empty.unit', { unit: options.unitName }) : t(language, 'tasks.empty.plan')}\n`;
  }
  const columns = columnsFor(options.unitName !== undefined, entries.some((e) => e.state !== undefined));
  const headings = columns.map((c) => heading(language, c));
  const rows = humanRows(language, entries);
  if (format === 'md') {
    const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
    return [line(headings), `|${headings.map(() => ' --- |').join('')}`, ...rows.map((r) => line(columns.map((c) => r.cells[c])))].join('\n') + '\n';
  }
  const paint = painter(options.color);
  return (
    renderTable(headings, columns, rows, { width: options.width, truncate: options.truncate, paint }) ??
    renderBlocks(language, rows, options.width, paint)
  );
}
