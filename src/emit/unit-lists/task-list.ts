import type { IsoDate, ResolvedPlan } from '../../model/plan.js';
import { fillLabel } from '../fill-label.js';
import type { Labels } from '../labels.js';
import { dayNumber } from '../summary/format.js';
import { byDue, indexPlan } from '../summary/plan-index.js';
import type { TaskInfo } from '../summary/plan-index.js';
import type { Role } from './view.js';

/** How a task stands on `today`: past its deadline, due within the warning window, later, or ongoing. */
export type TaskStatus = 'overdue' | 'due-soon' | 'open' | 'ongoing';

/** Days ahead that count as "due soon" (a working week and its weekend). */
export const DUE_SOON_DAYS = 7;

export interface TaskListRow {
  readonly info: TaskInfo;
  /** Absent when the list is the whole plan rather than one unit's. */
  readonly role?: Role;
  /** due − today in days; negative when overdue. */
  readonly daysLeft: number;
  readonly status: TaskStatus;
  /** `剩 3 天` / `逾期 2 天` / `今天` / `长期坚持`. */
  readonly relative: string;
}

function status(info: TaskInfo, daysLeft: number): TaskStatus {
  if (info.task.ongoing || info.task.kind === 'measure') return 'ongoing';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

function relative(labels: Labels, s: TaskStatus, daysLeft: number): string {
  if (s === 'ongoing') return labels.ongoing;
  if (daysLeft === 0) return labels.today;
  return daysLeft < 0 ? fillLabel(labels.daysOver, { n: -daysLeft }) : fillLabel(labels.daysLeft, { n: daysLeft });
}

/**
 * The tasks of one unit (what it leads, then what it supports, each by due date, then its
 * measures), or of the whole plan by due date, each placed relative to `today`.
 */
export function taskList(plan: ResolvedPlan, today: IsoDate, unitId?: string): TaskListRow[] {
  const index = indexPlan(plan);
  const todayNumber = dayNumber(today);
  const row = (info: TaskInfo, role?: Role): TaskListRow => {
    const daysLeft = dayNumber(info.task.due) - todayNumber;
    const s = status(info, daysLeft);
    return { info, ...(role ? { role } : {}), daysLeft, status: s, relative: relative(index.labels, s, daysLeft) };
  };
  if (unitId === undefined) {
    const tasks = index.phases.flatMap((p) => p.tasks).sort(byDue);
    return [...tasks.map((t) => row(t)), ...index.measures.map((t) => row(t))];
  }
  const entry = index.units.find((u) => u.unit.id === unitId);
  if (!entry) return [];
  return [
    ...[...entry.lead].sort(byDue).map((t) => row(t, 'lead')),
    ...[...entry.support].sort(byDue).map((t) => row(t, 'support')),
    ...entry.leadMeasures.map((t) => row(t, 'lead')),
    ...entry.supportMeasures.map((t) => row(t, 'support')),
  ];
}
