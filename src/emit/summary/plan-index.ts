import { t } from '../../i18n/messages.js';
import type { Phase, ResolvedPlan, Task, Unit } from '../../model/plan.js';
import { compileLabel, fillLabel } from '../fill-label.js';
import { labelsFor, languageOfLocale } from '../labels.js';
import type { Labels } from '../labels.js';
import { formatWording, showDate, showRange } from './format.js';
import type { ShownDate, ShownRange } from './format.js';

/** A task (or measure) with everything the outputs print already worked out once. */
export interface TaskInfo {
  readonly task: Task;
  /** Position in the plan (phase tasks, then measures): the tie-break that keeps sorts stable. */
  readonly order: number;
  /** `1.(2)` as the document numbers it (`1.2` in English); measures count on their own. */
  readonly number: string;
  /** Index into plan.phases; -1 for measures. */
  readonly phaseIndex: number;
  readonly phaseTitle: string;
  readonly leadNames: string;
  readonly supportNames: string;
  readonly window: ShownRange;
  readonly due: ShownDate;
  readonly wording: string;
  /** 共 3 次 / 长期坚持: facts about the timing that the dates alone do not say. */
  readonly note: string;
}

export interface PhaseInfo {
  readonly phase: Phase;
  readonly number: number;
  readonly window: ShownRange;
  readonly wording: string;
  readonly tasks: readonly TaskInfo[];
}

/** What one unit leads and supports; lists are in plan order (callers sort as they need). */
export interface UnitTasks {
  readonly unit: Unit;
  readonly lead: TaskInfo[];
  readonly support: TaskInfo[];
  readonly leadMeasures: TaskInfo[];
  readonly supportMeasures: TaskInfo[];
}

export interface PlanIndex {
  readonly plan: ResolvedPlan;
  readonly labels: Labels;
  readonly phases: readonly PhaseInfo[];
  readonly measures: readonly TaskInfo[];
  /** Every unit, in declaration order, with its tasks grouped in a single pass over the plan. */
  readonly units: readonly UnitTasks[];
  unitName(id: string): string;
}

// Emitters run several times over one immutable plan; the index is a pure function of it.
const cache = new WeakMap<ResolvedPlan, PlanIndex>();

/** Indexes a plan once: names joined, dates formatted, tasks grouped by unit (O(tasks + refs)). */
export function indexPlan(plan: ResolvedPlan): PlanIndex {
  const cached = cache.get(plan);
  if (cached) return cached;
  const labels = labelsFor(plan.locale);
  const taskNumber = compileLabel(t(languageOfLocale(plan.locale), 'labels.task-number'));
  const names = new Map<string, string>(plan.units.map((u) => [u.id, u.name]));
  // An id the resolver let through unresolved is printed as is rather than dropped.
  const unitName = (id: string): string => names.get(id) ?? id;
  const byUnit = new Map<string, UnitTasks>();
  const units = plan.units.map((unit) => {
    const entry: UnitTasks = { unit, lead: [], support: [], leadMeasures: [], supportMeasures: [] };
    byUnit.set(unit.id, entry);
    return entry;
  });

  let order = 0;
  const info = (task: Task, number: string, phaseIndex: number, phaseTitle: string): TaskInfo => {
    const notes: string[] = [];
    if (task.sessionCount !== undefined) notes.push(fillLabel(labels.sessions, { n: task.sessionCount }));
    if (task.ongoing) notes.push(labels.ongoing);
    const result: TaskInfo = {
      task,
      order: order++,
      number,
      phaseIndex,
      phaseTitle,
      leadNames: task.lead.map(unitName).join(labels.listSep),
      supportNames: task.support.map(unitName).join(labels.listSep),
      window: showRange(task.start, task.end, plan.locale, plan.year, labels),
      due: showDate(task.due, plan.locale, plan.year),
      wording: formatWording(task.source, labels),
      note: notes.join(labels.wordingSep),
    };
    // A unit named twice (or as both lead and support) is listed once, as lead.
    const leads = new Set(task.lead);
    for (const id of leads) {
      const entry = byUnit.get(id);
      if (entry) (task.kind === 'measure' ? entry.leadMeasures : entry.lead).push(result);
    }
    for (const id of new Set(task.support)) {
      const entry = byUnit.get(id);
      if (entry && !leads.has(id)) (task.kind === 'measure' ? entry.supportMeasures : entry.support).push(result);
    }
    return result;
  };

  const phases = plan.phases.map((phase, p): PhaseInfo => ({
    phase,
    number: p + 1,
    window: showRange(phase.start, phase.end, plan.locale, plan.year, labels),
    wording: formatWording(phase.source, labels),
    tasks: phase.tasks.map((task, t) =>
      info(task, taskNumber({ phase: p + 1, task: t + 1 }), p, phase.title),
    ),
  }));
  const measures = plan.measures.map((task, m) => info(task, String(m + 1), -1, labels.measures));

  const index: PlanIndex = { plan, labels, phases, measures, units, unitName };
  cache.set(plan, index);
  return index;
}

/** Orders by deadline, then start, then plan order: a stable "what is due first" list. */
export function byDue(a: TaskInfo, b: TaskInfo): number {
  if (a.task.due !== b.task.due) return a.task.due < b.task.due ? -1 : 1;
  if (a.task.start !== b.task.start) return a.task.start < b.task.start ? -1 : 1;
  return a.order - b.order;
}
