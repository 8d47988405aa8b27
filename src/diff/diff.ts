import { parseIso } from '../dates/day-number.js';
import type { IsoDate, Phase, ResolvedPlan, Task } from '../model/plan.js';
import { matchRenamedIds } from './match.js';

/** One task as the diff names it. `phase` is absent for measures. */
export interface TaskRef {
  readonly id: string;
  readonly title: string;
  readonly phase?: string;
  readonly lead: readonly string[];
  readonly due: IsoDate;
}

export interface DeadlineMove {
  readonly task: TaskRef;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Positive: later; negative: earlier (calendar days). */
  readonly days: number;
  readonly direction: 'earlier' | 'later';
}

export interface OwnerChange {
  readonly task: TaskRef;
  readonly leadAdded: readonly string[];
  readonly leadRemoved: readonly string[];
  readonly supportAdded: readonly string[];
  readonly supportRemoved: readonly string[];
}

export interface WindowChange {
  readonly id: string;
  readonly title: string;
  readonly from: { readonly start: IsoDate; readonly end: IsoDate };
  readonly to: { readonly start: IsoDate; readonly end: IsoDate };
}

/** Deadline moves of one lead unit (a task led by two units counts for both). */
export interface UnitMoves {
  readonly unit: string;
  readonly name: string;
  readonly earlier: readonly DeadlineMove[];
  readonly later: readonly DeadlineMove[];
}

/**
 * What changed between two revisions of a plan. This is also the `--format json` output:
 * keep it stable (add fields, never rename them) and bump `format` if it must break.
 */
export interface PlanDiff {
  readonly format: 'plan-diff/1';
  readonly before: { readonly file: string; readonly id: string; readonly title: string; readonly revision: number };
  readonly after: { readonly file: string; readonly id: string; readonly title: string; readonly revision: number };
  readonly phases: {
    readonly added: readonly { id: string; title: string }[];
    readonly removed: readonly { id: string; title: string }[];
    readonly retitled: readonly { id: string; from: string; to: string }[];
    readonly windows: readonly WindowChange[];
  };
  readonly tasks: {
    readonly added: readonly TaskRef[];
    readonly removed: readonly TaskRef[];
    /** Same task, new id: calendar events subscribers already have lose their UID. */
    readonly renamedIds: readonly { from: string; to: string; title: string; phase?: string; similarity: number }[];
    readonly retitled: readonly { id: string; from: string; to: string }[];
    readonly movedPhase: readonly { id: string; title: string; from?: string; to?: string }[];
    readonly deadlines: readonly DeadlineMove[];
    readonly owners: readonly OwnerChange[];
  };
  readonly byUnit: readonly UnitMoves[];
  /** True when nothing listed above changed. */
  readonly empty: boolean;
}

function allTasks(plan: ResolvedPlan): Task[] {
  return [...plan.phases.flatMap((p) => p.tasks), ...plan.measures];
}

function ref(task: Task): TaskRef {
  return { id: task.id, title: task.title, ...(task.phaseId !== undefined ? { phase: task.phaseId } : {}), lead: task.lead, due: task.due };
}

/** Whole days from `a` to `b` (UTC-free: day numbers, not Date objects). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return (parseIso(b) ?? 0) - (parseIso(a) ?? 0);
}

const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

/** Compares two resolved revisions; tasks are matched by id, then renamed ids by title. */
export function diffPlans(before: ResolvedPlan, after: ResolvedPlan): PlanDiff {
  const oldTasks = new Map(allTasks(before).map((t) => [t.id, t]));
  const newTasks = new Map(allTasks(after).map((t) => [t.id, t]));
  const removedTasks = [...oldTasks.values()].filter((t) => !newTasks.has(t.id));
  const addedTasks = [...newTasks.values()].filter((t) => !oldTasks.has(t.id));
  const renames = matchRenamedIds(removedTasks, addedTasks);
  const renamedOld = new Set(renames.map((r) => r.before));
  const renamedNew = new Set(renames.map((r) => r.after));

  // Pairs of the same task in both revisions: same id, or a renamed id.
  const pairs: [Task, Task][] = [
    ...[...newTasks.values()].flatMap((t): [Task, Task][] => (oldTasks.has(t.id) ? [[oldTasks.get(t.id)!, t]] : [])),
    ...renames.map((r): [Task, Task] => [r.before, r.after]),
  ];
  const order = new Map(allTasks(after).map((t, i) => [t, i]));
  pairs.sort((p, q) => order.get(p[1])! - order.get(q[1])!);

  const deadlines: DeadlineMove[] = [];
  const owners: OwnerChange[] = [];
  const retitled: { id: string; from: string; to: string }[] = [];
  const movedPhase: { id: string; title: string; from?: string; to?: string }[] = [];
  for (const [o, n] of pairs) {
    if (o.title !== n.title && o.id === n.id) retitled.push({ id: n.id, from: o.title, to: n.title });
    if ((o.phaseId ?? '') !== (n.phaseId ?? '')) {
      movedPhase.push({ id: n.id, title: n.title, ...(o.phaseId !== undefined ? { from: o.phaseId } : {}), ...(n.phaseId !== undefined ? { to: n.phaseId } : {}) });
    }
    if (o.due !== n.due) {
      const days = daysBetween(o.due, n.due);
      deadlines.push({ task: ref(n), from: o.due, to: n.due, days, direction: days < 0 ? 'earlier' : 'later' });
    }
    const change: OwnerChange = {
      task: ref(n),
      leadAdded: minus(n.lead, o.lead),
      leadRemoved: minus(o.lead, n.lead),
      supportAdded: minus(n.support, o.support),
      supportRemoved: minus(o.support, n.support),
    };
    if (change.leadAdded.length + change.leadRemoved.length + change.supportAdded.length + change.supportRemoved.length > 0) owners.push(change);
  }

  const phases = diffPhases(before.phases, after.phases);
  const tasks = {
    added: addedTasks.filter((t) => !renamedNew.has(t)).map(ref),
    removed: removedTasks.filter((t) => !renamedOld.has(t)).map(ref),
    renamedIds: renames.map((r) => ({
      from: r.before.id,
      to: r.after.id,
      title: r.after.title,
      ...(r.after.phaseId !== undefined ? { phase: r.after.phaseId } : {}),
      similarity: Math.round(r.similarity * 100) / 100,
    })),
    retitled,
    movedPhase,
    deadlines,
    owners,
  };
  const empty =
    before.id === after.id && Object.values(phases).every((list) => list.length === 0) && Object.values(tasks).every((list) => list.length === 0);
  return {
    format: 'plan-diff/1',
    before: { file: before.file, id: before.id, title: before.title, revision: before.revision },
    after: { file: after.file, id: after.id, title: after.title, revision: after.revision },
    phases,
    tasks,
    byUnit: movesByUnit(deadlines, after, before),
    empty,
  };
}

function diffPhases(before: readonly Phase[], after: readonly Phase[]): PlanDiff['phases'] {
  const old = new Map(before.map((p) => [p.id, p]));
  const ids = new Set(after.map((p) => p.id));
  const windows: WindowChange[] = [];
  const retitled: { id: string; from: string; to: string }[] = [];
  for (const p of after) {
    const o = old.get(p.id);
    if (!o) continue;
    if (o.title !== p.title) retitled.push({ id: p.id, from: o.title, to: p.title });
    if (o.start !== p.start || o.end !== p.end) windows.push({ id: p.id, title: p.title, from: { start: o.start, end: o.end }, to: { start: p.start, end: p.end } });
  }
  return {
    added: after.filter((p) => !old.has(p.id)).map((p) => ({ id: p.id, title: p.title })),
    removed: before.filter((p) => !ids.has(p.id)).map((p) => ({ id: p.id, title: p.title })),
    retitled,
    windows,
  };
}

/** Groups deadline moves by lead unit, in the order the new plan declares its units. */
function movesByUnit(moves: readonly DeadlineMove[], after: ResolvedPlan, before: ResolvedPlan): UnitMoves[] {
  const names = new Map([...before.units, ...after.units].map((u) => [u.id, u.name]));
  const order = [...after.units.map((u) => u.id), ...before.units.map((u) => u.id).filter((id) => !after.units.some((u) => u.id === id))];
  const out: UnitMoves[] = [];
  for (const unit of order) {
    const mine = moves.filter((m) => m.task.lead.includes(unit));
    if (mine.length === 0) continue;
    out.push({ unit, name: names.get(unit) ?? unit, earlier: mine.filter((m) => m.days < 0), later: mine.filter((m) => m.days > 0) });
  }
  return out;
}
