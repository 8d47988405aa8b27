import { parseIso, toIso } from '../dates/day-number.js';
import type { IsoDate, ResolvedPlan, Task, Unit } from '../model/plan.js';
import { isOpen, standingsAsOf, type Standing, type TaskStanding } from './standing.js';
import type { ProgressLog } from './types.js';

/** How many tasks stand where; `silent` overlaps the others (open tasks not reported for N days). */
export interface StandingCounts {
  readonly total: number;
  readonly done: number;
  readonly 'on-track': number;
  readonly behind: number;
  readonly overdue: number;
  readonly paused: number;
  readonly cancelled: number;
  /** Open tasks with no report for more than `staleDays` (never reported counts from the task's start). */
  readonly silent: number;
  /** Of the done ones, finished after their deadline. */
  readonly 'done-late': number;
}

/** One row of a count table: a phase (or a plan's measures) or a unit. */
export interface CountRow {
  /** Stable key: `plan-id/phase-id`, `plan-id/measures`, or the unit's key (its name across plans). */
  readonly key: string;
  /** The phase's title or the unit's name; empty for a plan's measures (renderers name them). */
  readonly name: string;
  readonly kind: 'phase' | 'measures' | 'unit';
  /** The plan a phase row belongs to (absent for unit rows, which span plans). */
  readonly planId?: string;
  readonly counts: StandingCounts;
}

export interface ReportItem extends TaskStanding {
  readonly planId: string;
  /** The phase title, absent for measures. */
  readonly phase?: string;
  /** Lead units' names, in plan order. */
  readonly leads: readonly string[];
  /** Days from the as-of day to the deadline (due-soon items). */
  readonly dueIn?: number;
}

export interface UnitItems {
  readonly key: string;
  readonly name: string;
  readonly items: readonly ReportItem[];
}

export interface ProgressReport {
  readonly asOf: IsoDate;
  /** "Not reported for N days": N. */
  readonly staleDays: number;
  /** "Falls due in the next N days": N. */
  readonly horizonDays: number;
  readonly plans: readonly { readonly id: string; readonly title: string; readonly file: string; readonly issuer?: string }[];
  readonly totals: StandingCounts;
  readonly phases: readonly CountRow[];
  readonly units: readonly CountRow[];
  /** Overdue tasks by lead unit (units in plan order), most days overdue first. */
  readonly overdueByUnit: readonly UnitItems[];
  /** Open tasks due after the day and within the horizon, soonest first. */
  readonly dueSoon: readonly ReportItem[];
  /** Done after their deadline, latest first by days late. */
  readonly finishedLate: readonly ReportItem[];
  /** Open tasks not reported for more than staleDays, longest silence first. */
  readonly silent: readonly ReportItem[];
  /** Every task with where it stands, plans in order, tasks in document order. */
  readonly items: readonly ReportItem[];
}

export interface ReportInput {
  readonly plan: ResolvedPlan;
  readonly log?: ProgressLog;
}

export interface ReportOptions {
  readonly asOf: IsoDate;
  readonly staleDays?: number;
  readonly horizonDays?: number;
  /**
   * Which row a plan's unit counts in, across plans: by default its name, so 宣传条线 of two plans
   * is one row. Several-plan runs pass their unit matching (names and aliases).
   */
  readonly unitKey?: (plan: ResolvedPlan, unit: Unit) => { key: string; name: string };
}

export const DEFAULT_STALE_DAYS = 30;
export const DEFAULT_HORIZON_DAYS = 14;

const emptyCounts = (): { -readonly [K in keyof StandingCounts]: number } => ({
  total: 0, done: 0, 'on-track': 0, behind: 0, overdue: 0, paused: 0, cancelled: 0, silent: 0, 'done-late': 0,
});

/** The 督办 report's facts as of a day: what a terminal, Markdown, HTML, Word or Excel rendering shows. */
export function progressReport(inputs: readonly ReportInput[], options: ReportOptions): ProgressReport {
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const unitKey = options.unitKey ?? ((_plan: ResolvedPlan, unit: Unit) => ({ key: unit.name, name: unit.name }));
  const asOfDay = parseIso(options.asOf)!;
  const horizon = toIso(asOfDay + horizonDays);

  const totals = emptyCounts();
  const phases: { key: string; name: string; kind: 'phase' | 'measures'; planId: string; counts: ReturnType<typeof emptyCounts> }[] = [];
  const units = new Map<string, { key: string; name: string; counts: ReturnType<typeof emptyCounts>; overdue: ReportItem[] }>();
  const items: ReportItem[] = [];

  for (const { plan, log } of inputs) {
    const unitById = new Map(plan.units.map((u) => [u.id, u]));
    const phaseOf = new Map<string, { title: string; row: ReturnType<typeof emptyCounts> }>();
    for (const phase of plan.phases) {
      const row = { key: `${plan.id}/${phase.id}`, name: phase.title, kind: 'phase' as const, planId: plan.id, counts: emptyCounts() };
      phases.push(row);
      for (const task of phase.tasks) phaseOf.set(task.id, { title: phase.title, row: row.counts });
    }
    const measuresRow = plan.measures.length > 0 ? { key: `${plan.id}/measures`, name: '', kind: 'measures' as const, planId: plan.id, counts: emptyCounts() } : undefined;
    if (measuresRow) phases.push(measuresRow);
    // Units enter in plan order, so rows read like the plan's own list.
    for (const unit of plan.units) {
      const { key, name } = unitKey(plan, unit);
      if (!units.has(key)) units.set(key, { key, name, counts: emptyCounts(), overdue: [] });
    }

    for (const standing of standingsAsOf(plan, log, options.asOf)) {
      const task: Task = standing.task;
      const phase = phaseOf.get(task.id);
      const leads = task.lead.map((id) => unitById.get(id)!).filter(Boolean);
      const dueIn = parseIso(task.due)! - asOfDay;
      // Built in one shape, optional fields added after (not spread): a report reads 10,000 of
      // these several times, and objects spread from conditional spreads read several times slower.
      const item: { -readonly [K in keyof ReportItem]: ReportItem[K] } = { task, standing: standing.standing, planId: plan.id, leads: leads.map((u) => u.name) };
      if (standing.latest) item.latest = standing.latest;
      if (standing.state) item.state = standing.state;
      if (standing.daysOverdue !== undefined) item.daysOverdue = standing.daysOverdue;
      if (standing.finished !== undefined) item.finished = standing.finished;
      if (standing.daysLate !== undefined) item.daysLate = standing.daysLate;
      if (standing.silentDays !== undefined) item.silentDays = standing.silentDays;
      if (phase) item.phase = phase.title;
      if (isOpen(standing) && dueIn >= 0 && task.due <= horizon) item.dueIn = dueIn;
      items.push(item);
      const rows = [totals, phase?.row ?? measuresRow!.counts, ...leads.map((u) => units.get(unitKey(plan, u).key)!.counts)];
      for (const row of rows) count(row, item, staleDays);
      if (item.standing === 'overdue') for (const u of leads) units.get(unitKey(plan, u).key)!.overdue.push(item);
    }
  }

  return {
    asOf: options.asOf,
    staleDays,
    horizonDays,
    plans: inputs.map(({ plan }) => ({ id: plan.id, title: plan.title, file: plan.file, ...(plan.issuer ? { issuer: plan.issuer } : {}) })),
    totals,
    phases,
    units: [...units.values()].map(({ key, name, counts }) => ({ key, name, kind: 'unit' as const, counts })),
    overdueByUnit: [...units.values()]
      .filter((u) => u.overdue.length > 0)
      .map((u) => ({ key: u.key, name: u.name, items: stable(u.overdue, (a, b) => b.daysOverdue! - a.daysOverdue!) })),
    dueSoon: stable(items.filter((i) => i.dueIn !== undefined && i.standing !== 'overdue'), (a, b) => a.dueIn! - b.dueIn!),
    finishedLate: stable(items.filter((i) => i.daysLate !== undefined), (a, b) => b.daysLate! - a.daysLate!),
    silent: stable(items.filter((item) => isSilent(item, staleDays)), (a, b) => b.silentDays! - a.silentDays!),
    items,
  };
}

/** Open and not reported for more than `staleDays` (never reported: counted from the task's start). */
function isSilent(item: ReportItem, staleDays: number): boolean {
  return isOpen(item) && item.silentDays !== undefined && item.silentDays > staleDays;
}

function count(row: ReturnType<typeof emptyCounts>, item: ReportItem, staleDays: number): void {
  row.total++;
  row[item.standing satisfies Standing]++;
  if (item.daysLate !== undefined) row['done-late']++;
  if (isSilent(item, staleDays)) row.silent++;
}

/** Sorted copy that keeps document order among equals (Array.prototype.sort is stable). */
function stable<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...list].sort(compare);
}
