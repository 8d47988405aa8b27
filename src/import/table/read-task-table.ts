import type { TableBlock } from '../blocks.js';
import { readHeader, type TableColumn } from './columns.js';
import { continuesText } from './continuation.js';
import { notesFirstListedLeads } from './first-listed.js';
import { filledCells, mergedAt, placeRow, tableWidth, textAt, type PlacedCell } from './grid.js';
import { headingLevels, headingRank } from './heading-levels.js';
import { footnoteText, headerWords, headingRow, isColumnNumbers, repeatsHeader, type HeadingRow } from './row-kinds.js';
import { addNames, isSameAsAbove, unitNames } from './units-cell.js';

/**
 * A task table (任务分工表, 重点任务清单, 责任分解表) as tasks: one per numbered or new-text row,
 * with its units, its timing as written, its other columns as detail, and the heading rows and
 * section-column values it sits under. Works on the reader-neutral TableBlock, so .docx, .xlsx,
 * .csv and pasted text all go through the same rules.
 */

export interface TableTask {
  /** 0-based index of the task's first row in the table. */
  readonly row: number;
  /** The 序号 cell as written. */
  readonly number?: string;
  /** The task cell as written; cell lines joined by '\n'. */
  readonly text: string;
  readonly lead: string[];
  readonly support: string[];
  /** The due cell as written (lines of continuation rows joined by '\n'). */
  readonly timing?: string;
  /** The other columns (leaders, targets, notes, unknown headers) under their header as written. */
  readonly detail: { header: string; text: string }[];
  /** Heading rows and section-column values the task sits under, outermost first. */
  readonly groups: string[];
}

export interface TableHeading {
  readonly row: number;
  /** The heading cell as written. */
  readonly text: string;
  /** The number when it stands in a cell of its own. */
  readonly number?: string;
  /** 1 = outermost (from the numbering style: 第一阶段 > 一、 > （一） > 1. > （1）). */
  readonly level: number;
}

export interface TaskTable {
  /** The columns and what they hold. */
  readonly roles: readonly TableColumn[];
  /** Indexes of the header row(s). */
  readonly headerRows: readonly number[];
  readonly tasks: TableTask[];
  /** Rows spanning the table that head the tasks below them: phases or sections. */
  readonly headings: TableHeading[];
  /** Rows above the header: a table title such as 重点任务分工表. */
  readonly titleRows: string[];
  /** Footnote rows (注：…). */
  readonly notes: string[];
  /** The first unit of the one unit column leads (a `列第一位的为牵头单位` note applied). */
  readonly firstListedLeads: boolean;
}

export interface ReadTaskTableOptions {
  /**
   * The text around the table says `列第一位的为牵头单位` (杭州's notice puts it in the cover
   * letter, not the table): the first unit of a single unit column leads.
   */
  readonly firstListedLeads?: boolean;
}

interface Draft {
  row: number;
  number?: string;
  text: string;
  lead: string[];
  support: string[];
  timing?: string;
  detail: { header: string; text: string }[];
  groups: string[];
}

type RowKind =
  | { kind: 'skip' }
  | { kind: 'note'; text: string }
  | { kind: 'heading'; heading: HeadingRow }
  | { kind: 'body' };

function rowText(row: readonly PlacedCell[]): string {
  const texts: string[] = [];
  for (const p of filledCells(row)) if (!texts.includes(p.cell.text.trim())) texts.push(p.cell.text.trim());
  return texts.join(' ');
}

/** A column's text in a row; a column over several grid columns joins them line by line. */
function columnText(row: readonly PlacedCell[], column: TableColumn): string {
  const parts: string[] = [];
  for (let c = column.col; c < column.col + column.span; c++) {
    const t = textAt(row, c);
    if (t.length > 0) parts.push(t);
  }
  return parts.join('\n');
}

function appendLine(existing: string | undefined, text: string): string {
  if (existing === undefined || existing.length === 0) return text;
  return existing.split('\n').includes(text) ? existing : `${existing}\n${text}`;
}

export function readTaskTable(table: TableBlock, options: ReadTaskTableOptions = {}): TaskTable | undefined {
  const header = readHeader(table);
  if (!header) return undefined;
  const width = tableWidth(table);
  const rows = table.rows.map(placeRow);
  const columns = header.columns;
  const headerRows = Array.from({ length: header.depth }, (_, i) => header.row + i);
  const words = headerWords(headerRows.map((r) => rows[r] as PlacedCell[]));
  const titleRows = rows.slice(0, header.row).map(rowText).filter((t) => t.length > 0);

  // Classify the body first: heading levels depend on all the headings' numbering styles.
  const bodyStart = header.row + header.depth;
  const kinds: RowKind[] = rows.map((row, r): RowKind => {
    if (r < bodyStart || filledCells(row).length === 0) return { kind: 'skip' };
    if (repeatsHeader(row, words) || isColumnNumbers(row)) return { kind: 'skip' };
    const note = footnoteText(row);
    if (note !== undefined) return { kind: 'note', text: note };
    const heading = headingRow(row, width, columns);
    return heading ? { kind: 'heading', heading } : { kind: 'body' };
  });
  const notes = kinds.flatMap((k) => (k.kind === 'note' ? [k.text] : []));
  const headingEntries = kinds.flatMap((k, r) => (k.kind === 'heading' ? [{ r, heading: k.heading }] : []));
  const levels = headingLevels(headingEntries.map((h) => headingRank(h.heading.text, h.heading.number)));
  const headings: TableHeading[] = headingEntries.map((h, i) => ({
    row: h.r,
    text: h.heading.text,
    ...(h.heading.number !== undefined ? { number: h.heading.number } : {}),
    level: levels[i] as number,
  }));

  const unitColumns = columns.filter((c) => c.role === 'lead' || c.role === 'support');
  const firstListedLeads =
    unitColumns.length === 1 &&
    (options.firstListedLeads === true || header.firstListedLeads || titleRows.some(notesFirstListedLeads) || notes.some(notesFirstListedLeads));

  const numberColumn = columns.find((c) => c.role === 'number');
  const taskColumn = columns.find((c) => c.role === 'task') as TableColumn;
  const sectionColumns = columns.filter((c) => c.role === 'section');
  const sectionValues = new Map<TableColumn, string>();
  const open: { level: number; text: string }[] = [];
  const tasks: Draft[] = [];
  let current: Draft | undefined;

  /** Fills a task from a row; `continuing` rows add only what they newly write (not merged cells). */
  const take = (draft: Draft, row: readonly PlacedCell[], continuing: boolean): void => {
    // 同上 repeats the task above this one.
    const previous = tasks[tasks.indexOf(draft) - 1];
    for (const column of columns) {
      if (column === taskColumn || column === numberColumn || column.role === 'section') continue;
      if (continuing && mergedAt(row, column.col)) continue;
      const text = columnText(row, column);
      if (text.length === 0) continue;
      const same = isSameAsAbove(text);
      if (same && continuing) continue;
      if (column.role === 'lead' || column.role === 'support') {
        const names = same ? (previous?.[column.role] ?? []) : unitNames(text);
        addNames(draft[column.role], names);
      } else if (column.role === 'due') {
        const timing = same ? previous?.timing : text;
        if (timing !== undefined) draft.timing = appendLine(draft.timing, timing);
      } else {
        const entry = draft.detail.find((d) => d.header === column.header);
        const value = same ? previous?.detail.find((d) => d.header === column.header)?.text : text;
        if (value === undefined) continue;
        if (entry) entry.text = appendLine(entry.text, value);
        else draft.detail.push({ header: column.header, text: value });
      }
    }
  };

  rows.forEach((row, r) => {
    const kind = kinds[r] as RowKind;
    if (kind.kind === 'heading') {
      const level = (headings.find((h) => h.row === r) as TableHeading).level;
      while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= level) open.pop();
      open.push({ level, text: kind.heading.text });
      // A heading row ends the vertical merges of a section column above it.
      sectionValues.clear();
      current = undefined;
      return;
    }
    if (kind.kind !== 'body') return;
    // A section cell left empty by a reader that does not carry merges keeps the value above.
    for (const column of sectionColumns) {
      const value = columnText(row, column);
      if (value.length > 0) sectionValues.set(column, value);
    }
    const number = numberColumn && !mergedAt(row, numberColumn.col) ? columnText(row, numberColumn) : '';
    const taskMerged = mergedAt(row, taskColumn.col);
    const cellText = columnText(row, taskColumn);
    const text = taskMerged ? '' : cellText;
    if (current && number.length === 0) {
      // Same task, more content: its task cell merged down, or no task text of its own.
      if (taskMerged || text.length === 0) {
        take(current, row, true);
        return;
      }
      if (continuesText(current.text, text)) {
        current.text += text;
        take(current, row, true);
        return;
      }
    }
    if (number.length === 0 && text.length === 0) return; // units with no task above them
    const draft: Draft = {
      row: r,
      ...(number.length > 0 ? { number } : {}),
      // A numbered row under a task cell merged from above shares that task's text.
      text: text.length > 0 ? text : cellText,
      lead: [],
      support: [],
      detail: [],
      groups: [...open.map((h) => h.text), ...sectionColumns.flatMap((c) => sectionValues.get(c) ?? [])],
    };
    tasks.push(draft);
    current = draft;
    take(draft, row, false);
  });

  return {
    roles: columns,
    headerRows,
    tasks: tasks.map((t) => finish(t, firstListedLeads)),
    headings,
    titleRows,
    notes,
    firstListedLeads,
  };
}

/** `列第一位的为牵头单位` with one unit column: the first name leads, the others support. */
function finish(draft: Draft, firstListedLeads: boolean): TableTask {
  const names = [...draft.lead, ...draft.support];
  const lead = firstListedLeads ? names.slice(0, 1) : draft.lead;
  const support = firstListedLeads ? names.slice(1) : draft.support;
  return {
    row: draft.row,
    ...(draft.number !== undefined ? { number: draft.number } : {}),
    text: draft.text,
    lead,
    support,
    ...(draft.timing !== undefined ? { timing: draft.timing } : {}),
    detail: draft.detail,
    groups: draft.groups,
  };
}
