// What `plan tasks` lists, before any words or layout: each task placed relative to today (from
// the unit lists' `taskList`), with its dated events (meetings on given days, the sessions the
// plan dates) placed the same way, so a task's calendar shows, not only its deadline.
import { dayNumber } from '../emit/summary/format.js';
import { taskList, type TaskListRow } from '../emit/unit-lists/task-list.js';
import type { IsoDate, Occurrence, ResolvedPlan } from '../model/plan.js';
import type { TaskState, TaskStates } from '../progress/task-states.js';

export interface EventEntry {
  readonly occurrence: Occurrence;
  /** date − today in days; negative once it has happened. */
  readonly daysLeft: number;
}

export interface TaskEntry {
  readonly row: TaskListRow;
  /** By date, then time of day (all-day first), then plan order. */
  readonly events: readonly EventEntry[];
  /**
   * Its reported state, when progress was given: `null` for a task never reported. Absent
   * without progress, so the list is as it was.
   */
  readonly state?: TaskState | null;
}

function byDateAndTime(a: Occurrence, b: Occurrence): number {
  const ka = `${a.date} ${a.time?.start ?? ''}`;
  const kb = `${b.date} ${b.time?.start ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The tasks of `unitId` (or of the whole plan), in `taskList`'s order, each with its events (and its state, given `states`). */
export function taskEntries(plan: ResolvedPlan, today: IsoDate, unitId?: string, states?: TaskStates): TaskEntry[] {
  const todayNumber = dayNumber(today);
  return taskList(plan, today, unitId).map((row) => ({
    row,
    // Array.prototype.sort is stable, so equal dates keep the plan's order.
    events: [...row.info.task.occurrences].sort(byDateAndTime).map((occurrence) => ({ occurrence, daysLeft: dayNumber(occurrence.date) - todayNumber })),
    ...(states ? { state: states.get(row.info.task.id) ?? null } : {}),
  }));
}
