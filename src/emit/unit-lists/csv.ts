import type { TaskInfo } from '../summary/plan-index.js';
import type { Role, UnitView } from './view.js';

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

function taskRow(view: UnitView, role: Role, t: TaskInfo): string {
  let tail = tails.get(t);
  if (tail === undefined) {
    tail = taskFields(t);
    tails.set(t, tail);
  }
  return `${csvField(role === 'lead' ? view.labels.roleLead : view.labels.roleSupport)},${tail}`;
}

function taskFields(t: TaskInfo): string {
  return row([
    t.phaseTitle,
    t.task.id,
    t.task.title,
    t.leadNames,
    t.supportNames,
    t.task.start,
    t.task.end,
    t.task.due,
    t.wording,
  ]);
}

/**
 * A unit's tasks as CSV for spreadsheets: UTF-8 with a BOM (so Excel detects UTF-8), CRLF line
 * ends (RFC 4180); led tasks, then supported ones, each by due date, then ongoing measures.
 */
export function unitCsv(view: UnitView): string {
  const L = view.labels;
  const lines = [row([L.role, L.phase, L.taskId, L.task, L.lead, L.support, L.start, L.end, L.due, L.wording])];
  for (const t of view.lead) lines.push(taskRow(view, 'lead', t));
  for (const t of view.support) lines.push(taskRow(view, 'support', t));
  for (const m of view.measures) lines.push(taskRow(view, m.role, m.item));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
