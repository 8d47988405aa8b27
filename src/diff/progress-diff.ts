import type { IsoDate, ResolvedPlan, Task } from '../model/plan.js';
import type { ProgressState } from '../progress/states.js';
import { isOpen, standingsAsOf, type TaskStanding } from '../progress/standing.js';
import type { ProgressEntry, ProgressLog } from '../progress/types.js';

/** A task as the progress diff names it. */
export interface ProgressTaskRef {
  readonly id: string;
  readonly title: string;
  /** Lead units' names, in plan order. */
  readonly leads: readonly string[];
  readonly due: IsoDate;
}

export interface ReportedState {
  readonly state: ProgressState;
  /** The day of the report that set it. */
  readonly date: IsoDate;
}

/** The facts of "what changed since the last report", in the order a reader takes them. */
export interface ProgressDiff {
  readonly plan: { readonly id: string; readonly title: string };
  /** The earlier state is as of this day. */
  readonly since: IsoDate;
  /** The later state is as of this day. */
  readonly asOf: IsoDate;
  /** Tasks whose reported state changed (`from` absent: first reported since). */
  readonly changed: readonly { readonly task: ProgressTaskRef; readonly from?: ReportedState; readonly to: ReportedState }[];
  readonly newlyDone: readonly { readonly task: ProgressTaskRef; readonly finished: IsoDate; readonly daysLate?: number }[];
  readonly newlyOverdue: readonly { readonly task: ProgressTaskRef; readonly daysOverdue: number }[];
  /** Notes of the reports made since (new entries with a note), in date order. */
  readonly notes: readonly { readonly task: ProgressTaskRef; readonly date: IsoDate; readonly state: ProgressState; readonly unit?: string; readonly note: string }[];
  /** Open tasks that had started by the later day and were still never reported. */
  readonly unreported: readonly { readonly task: ProgressTaskRef; readonly start: IsoDate }[];
}

export interface ProgressSide {
  readonly log: ProgressLog | undefined;
  readonly asOf: IsoDate;
}

/**
 * Compares two states of a plan's progress: two logs (the file as sent with the last report and
 * as it is now), or one log as of two days (`--since`). `fresh` are the entries the later side
 * adds (their notes are listed).
 */
export function diffProgress(plan: ResolvedPlan, before: ProgressSide, after: ProgressSide, fresh: readonly ProgressEntry[]): ProgressDiff {
  const unitNames = new Map(plan.units.map((u) => [u.id, u.name]));
  const ref = (task: Task): ProgressTaskRef => ({ id: task.id, title: task.title, leads: task.lead.map((id) => unitNames.get(id) ?? id), due: task.due });
  const old = new Map(standingsAsOf(plan, before.log, before.asOf).map((s) => [s.task.id, s]));
  const now = standingsAsOf(plan, after.log, after.asOf);
  const reported = (s: TaskStanding | undefined): ReportedState | undefined => (s?.latest ? { state: s.latest.state, date: s.latest.date } : undefined);

  const changed: ProgressDiff['changed'][number][] = [];
  const newlyDone: ProgressDiff['newlyDone'][number][] = [];
  const newlyOverdue: ProgressDiff['newlyOverdue'][number][] = [];
  const unreported: ProgressDiff['unreported'][number][] = [];
  for (const standing of now) {
    const was = old.get(standing.task.id);
    const from = reported(was);
    const to = reported(standing);
    const task = ref(standing.task);
    if (to && from?.state !== to.state) changed.push({ task, ...(from ? { from } : {}), to });
    if (standing.standing === 'done' && was?.standing !== 'done') newlyDone.push({ task, finished: standing.finished!, ...(standing.daysLate !== undefined ? { daysLate: standing.daysLate } : {}) });
    if (standing.standing === 'overdue' && was?.standing !== 'overdue') newlyOverdue.push({ task, daysOverdue: standing.daysOverdue! });
    if (isOpen(standing) && !standing.latest && standing.task.start <= after.asOf) unreported.push({ task, start: standing.task.start });
  }
  const tasks = new Map(now.map((s) => [s.task.id, s.task]));
  const notes = fresh
    .filter((e) => e.note && e.date <= after.asOf)
    .map((e) => ({ task: ref(tasks.get(e.task)!), date: e.date, state: e.state, ...(e.unit ? { unit: unitNames.get(e.unit) ?? e.unit } : {}), note: e.note! }));
  return { plan: { id: plan.id, title: plan.title }, since: before.asOf, asOf: after.asOf, changed, newlyDone, newlyOverdue: newlyOverdue.sort((a, b) => b.daysOverdue - a.daysOverdue), notes, unreported };
}

/** The entries of `after` that `before` does not hold (same task, day, state, percent, note and unit). */
export function entriesAdded(before: ProgressLog | undefined, after: ProgressLog): ProgressEntry[] {
  const key = (e: ProgressEntry) => JSON.stringify([e.task, e.date, e.state, e.percent ?? null, e.note ?? null, e.unit ?? null]);
  const held = new Map<string, number>();
  for (const e of before?.entries ?? []) held.set(key(e), (held.get(key(e)) ?? 0) + 1);
  return after.entries.filter((e) => {
    const n = held.get(key(e)) ?? 0;
    if (n === 0) return true;
    held.set(key(e), n - 1);
    return false;
  });
}

/** The entries of a log reported after `since` and by `asOf` (one log, `--since`). */
export function entriesBetween(log: ProgressLog | undefined, since: IsoDate, asOf: IsoDate): ProgressEntry[] {
  return (log?.entries ?? []).filter((e) => e.date > since && e.date <= asOf);
}

/** The day of the latest report in a log, if any (the day an earlier copy was sent with a report). */
export function latestDay(log: ProgressLog | undefined): IsoDate | undefined {
  return log?.entries.at(-1)?.date;
}
