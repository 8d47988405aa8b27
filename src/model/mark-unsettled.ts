import { languageOfTag } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { Phase, ResolvedPlan, Task } from './plan.js';

/** What goes before the title of an item with an open `todo` in every output of a plan in `locale`. */
export function unsettledMark(locale: string): string {
  return t(languageOfTag(locale) ?? 'zh', 'labels.unsettled-mark');
}

/**
 * The plan as `plan build` shows it while `todo`s are open: the items concerned carry 【待核实】
 * before their title in every calendar, list and summary, so nobody takes them for settled.
 */
export function markUnsettled(plan: ResolvedPlan): ResolvedPlan {
  const open = (todo: readonly string[] | undefined) => todo !== undefined && todo.length > 0;
  if (!open(plan.todo) && !plan.phases.some((p) => open(p.todo) || p.tasks.some((t) => open(t.todo))) && !plan.measures.some((m) => open(m.todo))) return plan;
  const mark = unsettledMark(plan.locale);
  const task = (t: Task): Task => (open(t.todo) ? { ...t, title: mark + t.title } : t);
  const phase = (p: Phase): Phase => ({ ...p, ...(open(p.todo) ? { title: mark + p.title } : {}), tasks: p.tasks.map(task) });
  return { ...plan, ...(open(plan.todo) ? { title: mark + plan.title } : {}), phases: plan.phases.map(phase), measures: plan.measures.map(task) };
}
