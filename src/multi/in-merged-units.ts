import type { ResolvedPlan, Task } from '../model/plan.js';
import type { UnitMatching } from './match-units.js';

/**
 * The plan with its units under their merged ids and names (宣传办 of plan B becomes 宣传条线,
 * id xuanchuan, when plan A names it so), tasks' lead and support included: every output of a
 * combined build then speaks of one body by one name, and selects its items by one id.
 */
export function inMergedUnits(plan: ResolvedPlan, matching: UnitMatching): ResolvedPlan {
  const merged = new Map(plan.units.map((u) => [u.id, matching.mergedOf(plan, u.id)] as const));
  if ([...merged].every(([id, m]) => m === undefined || (m.id === id && m.name === plan.units.find((u) => u.id === id)?.name))) return plan;
  const id = (unit: string): string => merged.get(unit)?.id ?? unit;
  const task = (t: Task): Task => ({ ...t, lead: t.lead.map(id), support: t.support.map(id) });
  return {
    ...plan,
    units: plan.units.map((u) => {
      const m = merged.get(u.id);
      return m === undefined ? u : { ...u, id: m.id, name: m.name };
    }),
    phases: plan.phases.map((p) => ({ ...p, tasks: p.tasks.map(task) })),
    measures: plan.measures.map(task),
  };
}
