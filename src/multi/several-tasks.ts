import { byDue } from '../emit/summary/plan-index.js';
import type { IsoDate, ResolvedPlan } from '../model/plan.js';
import { taskEntries, type TaskEntry } from '../tasks/entries.js';
import { labelTasks } from './merged-unit-views.js';
import type { TaskStates } from '../progress/task-states.js';

/**
 * `plan tasks A B [--unit U]`: the task lists of several plans as one, each task marked with its
 * plan. As for one plan: what the unit leads, then what it supports, each by due date across all
 * plans, then its measures (or, without a unit, every task by due date, then the measures).
 * `plans` have their units under merged ids (in-merged-units.ts); `unitId` is a merged id.
 */
export function severalTaskEntries(plans: readonly ResolvedPlan[], prefixes: readonly string[], today: IsoDate, unitId?: string, states: readonly (TaskStates | undefined)[] = []): TaskEntry[] {
  // One plan with progress gives every plan's tasks a 进展 cell (a plan without any: not reported).
  const anyStates = states.some((s) => s !== undefined);
  const all = plans.flatMap((plan, i) => {
    const label = labelTasks(prefixes[i] ?? '', i, plan.id);
    return taskEntries(plan, today, unitId, anyStates ? (states[i] ?? new Map()) : undefined).map((entry) => ({ ...entry, row: { ...entry.row, info: label(entry.row.info) } }));
  });
  const group = (entry: TaskEntry): number => (entry.row.info.task.kind === 'measure' ? 2 : 0) + (entry.row.role === 'support' ? 1 : 0);
  // Measures keep plan order (they have no deadline to sort by); `order` runs on across plans.
  return all.sort((a, b) => group(a) - group(b) || (group(a) < 2 ? byDue(a.row.info, b.row.info) : a.row.info.order - b.row.info.order));
}
