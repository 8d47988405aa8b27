import type { IsoDate } from '../model/plan.js';
import type { ProgressState } from './states.js';
import type { ProgressEntry, ProgressLog } from './types.js';

/** What the outputs of `plan build`, `plan ics` and `plan tasks` show of one task's progress. */
export interface TaskState {
  /** The state of its latest entry (as of the day asked, if any). */
  readonly state: ProgressState;
  /** The day of that entry. */
  readonly date: IsoDate;
  /** The latest percent reported, while the state has not changed since (done counts as 100). */
  readonly percent?: number;
  readonly note?: string;
  /** Done: the first day of the run of 已完成 reports the latest one ends (when it was finished). */
  readonly finished?: IsoDate;
  /** Every entry on the task up to that day, oldest first: calendars count changes in them. */
  readonly entries: readonly ProgressEntry[];
}

/** Task id → its state; a task never reported is absent. */
export type TaskStates = ReadonlyMap<string, TaskState>;

/**
 * Each task's state from its latest entry: of all entries (the default, so a build never depends
 * on the clock), or of those dated on or before `asOf`. The log is sorted by date, then file
 * order, so the last entry of a day is the one written last.
 */
export function taskStates(log: ProgressLog | undefined, asOf?: IsoDate): TaskStates {
  const byTask = new Map<string, ProgressEntry[]>();
  for (const entry of log?.entries ?? []) {
    if (asOf !== undefined && entry.date > asOf) continue;
    const list = byTask.get(entry.task);
    if (list) list.push(entry);
    else byTask.set(entry.task, [entry]);
  }
  const states = new Map<string, TaskState>();
  for (const [task, entries] of byTask) states.set(task, stateOf(entries));
  return states;
}

function stateOf(entries: readonly ProgressEntry[]): TaskState {
  const latest = entries.at(-1)!;
  // The run of entries with the latest state: a percent said earlier in it still holds.
  let first = entries.length - 1;
  while (first > 0 && entries[first - 1]!.state === latest.state) first--;
  let percent = latest.state === 'done' ? 100 : undefined;
  for (let i = first; i < entries.length && latest.state !== 'done'; i++) percent = entries[i]!.percent ?? percent;
  return {
    state: latest.state,
    date: latest.date,
    ...(percent !== undefined ? { percent } : {}),
    ...(latest.note !== undefined ? { note: latest.note } : {}),
    ...(latest.state === 'done' ? { finished: entries[first]!.date } : {}),
    entries,
  };
}
