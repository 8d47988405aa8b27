import type { Labels } from '../labels.js';
import type { TaskInfo } from '../summary/plan-index.js';
import type { Role, UnitView } from './view.js';

// The one definition of a unit's spreadsheet rows, so the CSV and the XLSX cannot drift apart.

/** The column headings of a unit's spreadsheet. */
export function unitHeader(L: Labels): string[] {
  return [L.role, L.phase, L.taskId, L.task, L.lead, L.support, L.start, L.end, L.due, L.wording];
}

/** The cells after the role; the same for every unit the task belongs to. */
export function taskCells(t: TaskInfo): string[] {
  return [t.phaseTitle, t.task.id, t.task.title, t.leadNames, t.supportNames, t.task.start, t.task.end, t.task.due, t.wording];
}

export function roleLabel(labels: Labels, role: Role): string {
  return role === 'lead' ? labels.roleLead : labels.roleSupport;
}

/** Led tasks, then supported ones (each by due date), then ongoing measures: as the view orders them. */
export function unitTaskRows(view: UnitView): { role: Role; task: TaskInfo }[] {
  return [
    ...view.lead.map((task) => ({ role: 'lead' as const, task })),
    ...view.support.map((task) => ({ role: 'support' as const, task })),
    ...view.measures.map((m) => ({ role: m.role, task: m.item })),
  ];
}

/** Every row of the spreadsheet as plain text cells, header first; the 进展 column last, when progress was given. */
export function unitTable(view: UnitView): string[][] {
  const { progress } = view;
  const state = (cells: string[], cell: string): string[] => (progress ? [...cells, cell] : cells);
  return [
    state(unitHeader(view.labels), progress?.heading ?? ''),
    ...unitTaskRows(view).map((r) => state([roleLabel(view.labels, r.role), ...taskCells(r.task)], progress?.cell(r.task.task.id) ?? '')),
  ];
}
