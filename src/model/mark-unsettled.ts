import type { Phase, ResolvedPlan, Task } from './plan.js';

/** What goes before the title of an item with an open `todo` in every output. */
export const UNSETTLED_MARK = '【待核实】';

/**
 * The plan as `plan build` shows it while `todo`s are open: the items concerned carry 【待核实】
 * before their title in every calendar, list and summary, so nobody takes them for settled.
 */
export function markUnsettled(plan: ResolvedPlan): ResolvedPlan {
  const open = (todo: readonly string[] | undefined) => todo !== undefined && todo.length > 0;
  const task = (t: Task): Task => (open(t.todo) ? { ...t, title: UNSETTLED_MARK + t.title } : t);
  const phase = (p: Phase): Phase => ({ ...p, ...(open(p.todo) ? { title: UNSETTLED_MARK + p.title } : {}), tasks: p.tasks.map(task) });
  if (!open(plan.todo) && !plan.phases.some((p) => open(p.todo) || p.tasks.some((t) => open(t.todo))) && !plan.measures.some((m) => open(m.todo))) return plan;
  return { ...plan, ...(open(plan.todo) ? { title: UNSETTLED_MARK + plan.title } : {}), phases: plan.phases.map(phase), measures: plan.measures.map(task) };
}
