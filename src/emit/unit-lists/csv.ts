import type { TaskInfo } from '../summary/plan-index.js';
import { roleLabel, taskCells, unitHeader, unitTaskRows } from './rows.js';
import type { UnitView } from './view.js';

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection); a leading
// apostrophe makes Excel, LibreOffice and Google Sheets show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula starts neutralised, then quoted per RFC 4180 when it needs to be. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

// A task appears in the CSV of each of its units with the same fields after the role; encode
// those once per task (TaskInfo objects are shared by all units of one plan).
const tails = new WeakMap<TaskInfo, string>();

function tail(t: TaskInfo): string {
  let text = tails.get(t);
  if (text === undefined) {
    text = row(taskCells(t));
    tails.set(t, text);
  }
  return text;
}

/**
 * A unit's tasks as CSV for spreadsheets: UTF-8 with a BOM (so Excel and WPS detect UTF-8), CRLF
 * line ends (RFC 4180); led tasks, then supported ones, each by due date, then ongoing measures; a 进展 column last when progress was given.
 */
export function unitCsv(view: UnitView): string {
  const { progress } = view;
  // The 进展 column comes last, after the cached tail: states belong to a build, not to the plan.
  const header = unitHeader(view.labels);
  const lines = [row(progress ? [...header, progress.heading] : header)];
  for (const r of unitTaskRows(view)) {
    const state = progress ? `,${csvField(progress.cell(r.task.task.id))}` : '';
    lines.push(`${csvField(roleLabel(view.labels, r.role))},${tail(r.task)}${state}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
