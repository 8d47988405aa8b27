import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { ResolvedPlan, Unit } from '../model/plan.js';
import { fillLabel } from '../emit/fill-label.js';
import type { EventRow } from '../emit/summary/events.js';
import { byDue, indexPlan, type TaskInfo } from '../emit/summary/plan-index.js';
import { buildUnitView, type RoleRow, type UnitView } from '../emit/unit-lists/view.js';
import type { MergedUnit, UnitMatching } from './match-units.js';
import { stateColumn, type StateColumn } from '../emit/state-column.js';
import type { TaskStates } from '../progress/task-states.js';

/** Plan order stays the tie-break of equal dates across plans: each plan's positions move past the one before. */
const PLAN_STRIDE = 1e9;

/**
 * Marks a plan's task rows with the plan's short name (【解放思想大讨论活动】召开会议), each row once,
 * and their ids with the plan's (`plan-id/task-id`): two plans may use the same task id, and the
 * combined lists' id column and 进展 column must tell them apart.
 */
export function labelTasks(prefix: string, planIndex: number, planId: string): (info: TaskInfo) => TaskInfo {
  const done = new Map<TaskInfo, TaskInfo>();
  return (info) => {
    let out = done.get(info);
    if (out === undefined) {
      out = { ...info, task: { ...info.task, id: `${planId}/${info.task.id}`, title: prefix + info.task.title }, order: planIndex * PLAN_STRIDE + info.order };
      done.set(info, out);
    }
    return out;
  };
}

/** The item label of the outputs' language (【…】 / […]) for each plan's short name. */
export function itemPrefixes(labels: readonly string[], language: Language): string[] {
  return labels.map((label) => t(language, 'multi.item-label', { label }));
}

/**
 * Each merged unit's task list across all plans, for the unit-list writers: its items of every
 * plan, each marked with its plan, sorted together (led tasks by due date, then supported ones,
 * dated events by day, then measures). `plans` are already in the outputs' locale, their units under
 * their merged ids (in-merged-units.ts).
 */
export function* mergedUnitViews(
  plans: readonly ResolvedPlan[],
  matching: UnitMatching,
  prefixes: readonly string[],
  generatedAt: Date,
  language: Language,
  states: readonly (TaskStates | undefined)[] = [],
): Iterable<UnitView> {
  const indexes = plans.map((plan) => indexPlan(plan));
  const relabel = plans.map((plan, i) => labelTasks(prefixes[i] ?? '', i, plan.id));
  const progress = combinedStateColumn(plans, states);
  const first = indexes[0]!;
  const planTitle = plans.map((p) => p.title).join(t(language, 'multi.plans-joined'));
  const revision = plans.map((p) => String(p.revision)).join(t(language, 'multi.revisions-joined'));
  for (const merged of matching.units) {
    const views = merged.members.map((m) => {
      const index = indexes[m.planIndex]!;
      const entry = index.units.find((u) => u.unit.id === merged.id)!;
      return { view: buildUnitView(index, entry, generatedAt), label: relabel[m.planIndex]! };
    });
    const tasks = (pick: (v: UnitView) => readonly TaskInfo[]): TaskInfo[] => views.flatMap(({ view, label }) => pick(view).map(label)).sort(byDue);
    const rows = <T>(pick: (v: UnitView) => readonly RoleRow<T>[], map: (item: T, label: (i: TaskInfo) => TaskInfo) => T): RoleRow<T>[] =>
      views.flatMap(({ view, label }) => pick(view).map((r) => ({ ...r, item: map(r.item, label) })));
    const events = rows<EventRow>((v) => v.events, (e, label) => ({ ...e, task: label(e.task) }));
    // Stable: one plan's events keep their order (date, then time) among those of the same day.
    events.sort((a, b) => (a.item.date.iso < b.item.date.iso ? -1 : a.item.date.iso > b.item.date.iso ? 1 : 0));
    const unit = unitOf(merged);
    yield {
      ...views[0]!.view,
      labels: first.labels,
      planTitle,
      revision,
      unit,
      heading: fillLabel(first.labels.unitTasks, { unit: unit.name }),
      lead: tasks((v) => v.lead),
      support: tasks((v) => v.support),
      events,
      measures: rows<TaskInfo>((v) => v.measures, (item, label) => label(item)),
      ...(progress ? { progress } : {}),
    };
  }
}

/**
 * One 进展 column over the plans' own (ids `plan-id/task-id`, see labelTasks), when any plan has
 * progress; a plan without any shows its tasks as not reported.
 */
function combinedStateColumn(plans: readonly ResolvedPlan[], states: readonly (TaskStates | undefined)[]): StateColumn | undefined {
  if (!states.some((s) => s !== undefined)) return undefined;
  const columns = new Map(plans.map((plan, i) => [plan.id, stateColumn(states[i] ?? new Map(), plan.locale, plans[0]!.year)!]));
  const split = (id: string): [StateColumn, string] => {
    const slash = id.indexOf('/');
    return [columns.get(id.slice(0, slash))!, id.slice(slash + 1)];
  };
  const first = columns.values().next().value!;
  return {
    heading: first.heading,
    cell: (id) => {
      const [column, task] = split(id);
      return column.cell(task);
    },
    state: (id) => {
      const [column, task] = split(id);
      return column.state(task);
    },
  };
}

function unitOf(merged: MergedUnit): Unit {
  const first = merged.members[0]!.unit;
  return { ...first, id: merged.id, name: merged.name, aliases: merged.aliases, collective: merged.collective };
}
