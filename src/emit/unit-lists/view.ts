import type { ResolvedPlan, Unit } from '../../model/plan.js';
import type { StateColumn } from '../state-column.js';
import { fillLabel } from '../fill-label.js';
import type { Labels } from '../labels.js';
import { collectEvents } from '../summary/events.js';
import type { EventRow } from '../summary/events.js';
import { isoFromInstant, readableDate } from '../summary/format.js';
import { byDue } from '../summary/plan-index.js';
import type { PlanIndex, TaskInfo, UnitTasks } from '../summary/plan-index.js';

export type Role = 'lead' | 'support';

export interface RoleRow<T> {
  readonly role: Role;
  /** The role as printed: 牵头 / 配合. */
  readonly roleText: string;
  readonly item: T;
}

/** One unit's task list, prepared for `unit-tasks.md.eta` and the CSV writer. */
export interface UnitView {
  readonly labels: Labels;
  readonly planTitle: string;
  /** The plan's revision; in a list of several plans (src/multi/), each plan's, in plan order (`1、3`). */
  readonly revision: number | string;
  readonly generated: { readonly iso: string; readonly text: string };
  readonly unit: Unit;
  /** `宣传条线任务清单` */
  readonly heading: string;
  /** Sorted by due date: what the unit must deliver first comes first. */
  readonly lead: readonly TaskInfo[];
  readonly support: readonly TaskInfo[];
  readonly events: readonly RoleRow<EventRow>[];
  readonly measures: readonly RoleRow<TaskInfo>[];
  /** The 进展 column (heading, each task's cell), only when the plan's progress was given. */
  readonly progress?: StateColumn;
}

/** The view of one unit from the plan index; `generatedAt` only contributes its UTC date. */
export function buildUnitView(index: PlanIndex, entry: UnitTasks, generatedAt: Date, progress?: StateColumn): UnitView {
  const { plan, labels } = index;
  const lead = [...entry.lead].sort(byDue);
  const support = [...entry.support].sort(byDue);
  const leadSet = new Set<TaskInfo>([...entry.lead, ...entry.leadMeasures]);
  const role = (info: TaskInfo): Role => (leadSet.has(info) ? 'lead' : 'support');
  const roleText = (r: Role): string => (r === 'lead' ? labels.roleLead : labels.roleSupport);
  const events = collectEvents([...entry.lead, ...entry.support, ...entry.leadMeasures, ...entry.supportMeasures], plan, labels)
    .map((item) => ({ role: role(item.task), roleText: roleText(role(item.task)), item }));
  const measures = [
    ...entry.leadMeasures.map((item) => ({ role: 'lead' as const, roleText: labels.roleLead, item })),
    ...entry.supportMeasures.map((item) => ({ role: 'support' as const, roleText: labels.roleSupport, item })),
  ];
  return {
    labels,
    planTitle: plan.title,
    revision: plan.revision,
    generated: generatedDate(plan, generatedAt),
    unit: entry.unit,
    heading: fillLabel(labels.unitTasks, { unit: entry.unit.name }),
    lead,
    support,
    events,
    measures,
    ...(progress ? { progress } : {}),
  };
}

function generatedDate(plan: ResolvedPlan, generatedAt: Date): { iso: string; text: string } {
  const iso = isoFromInstant(generatedAt);
  return { iso, text: readableDate(iso, plan.locale, plan.year) };
}
