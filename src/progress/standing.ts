import { parseIso } from '../dates/day-number.js';
import type { IsoDate, ResolvedPlan, Task } from '../model/plan.js';
import type { ProgressState } from './states.js';
import type { ProgressEntry, ProgressLog } from './types.js';

/**
 * Where a task stands on a day, for counting: exactly one of these per task.
 * - done: its latest report is 已完成;
 * - cancelled / paused: 取消 / 暂缓;
 * - overdue: not closed and its deadline has passed (the day after `due` or later);
 * - behind: its unit reported 滞后 and the deadline has not passed yet;
 * - on-track: everything else (reported 推进中 / 未启动, or not reported, deadline ahead).
 */
export type Standing = 'done' | 'cancelled' | 'paused' | 'overdue' | 'behind' | 'on-track';

export const STANDINGS: readonly Standing[] = ['done', 'on-track', 'behind', 'overdue', 'paused', 'cancelled'];

export interface TaskStanding {
  readonly task: Task;
  readonly standing: Standing;
  /** The latest entry dated on or before the day; undefined: never reported by then. */
  readonly latest?: ProgressEntry;
  /** The reported state (undefined: never reported). */
  readonly state?: ProgressState;
  /** Days past the deadline (overdue tasks only): as-of − due. */
  readonly daysOverdue?: number;
  /** Done: the day it was finished (the first 已完成 of the run of 已完成 reports the latest one ends). */
  readonly finished?: IsoDate;
  /** Done after its deadline: finished − due, in days (absent when on time). */
  readonly daysLate?: number;
  /**
   * Days without a report while work was due: from the last report (or, never reported, from the
   * task's start) to the day. Absent for closed tasks and tasks not started by the day.
   */
  readonly silentDays?: number;
}

const day = (iso: IsoDate): number => parseIso(iso)!;

/** Every task and measure of the plan in document order, with where it stands on `asOf`. */
export function standingsAsOf(plan: ResolvedPlan, log: ProgressLog | undefined, asOf: IsoDate): TaskStanding[] {
  const byTask = entriesByTask(log, asOf);
  const tasks = [...plan.phases.flatMap((p) => p.tasks), ...plan.measures];
  return tasks.map((task) => standingOf(task, byTask.get(task.id) ?? [], asOf));
}

/** Each task's entries dated on or before `asOf`, oldest first (the log is in date order). */
function entriesByTask(log: ProgressLog | undefined, asOf: IsoDate): Map<string, ProgressEntry[]> {
  const byTask = new Map<string, ProgressEntry[]>();
  for (const entry of log?.entries ?? []) {
    if (entry.date > asOf) continue;
    const list = byTask.get(entry.task);
    if (list) list.push(entry);
    else byTask.set(entry.task, [entry]);
  }
  return byTask;
}

export function standingOf(task: Task, entries: readonly ProgressEntry[], asOf: IsoDate): TaskStanding {
  const latest = entries.at(-1);
  const state = latest?.state;
  const now = day(asOf);
  if (state === 'done') {
    let first = entries.length - 1;
    while (first > 0 && entries[first - 1]!.state === 'done') first--;
    const finished = entries[first]!.date;
    const late = day(finished) - day(task.due);
    return { task, standing: 'done', latest: latest!, state, finished, ...(late > 0 ? { daysLate: late } : {}) };
  }
  if (state === 'cancelled' || state === 'paused') return { task, standing: state, latest: latest!, state };
  const started = day(task.start) <= now;
  const silentSince = latest ? day(latest.date) : day(task.start);
  const silent = started ? { silentDays: now - silentSince } : {};
  const reported = latest ? { latest, state: state! } : {};
  const overdue = now - day(task.due);
  if (overdue > 0) return { task, standing: 'overdue', daysOverdue: overdue, ...reported, ...silent };
  return { task, standing: state === 'behind' ? 'behind' : 'on-track', ...reported, ...silent };
}

/** Whether a task still asks for work on the day (due soon, not reported…): not done, cancelled or paused. */
export function isOpen(standing: TaskStanding): boolean {
  return standing.standing !== 'done' && standing.standing !== 'cancelled' && standing.standing !== 'paused';
}
