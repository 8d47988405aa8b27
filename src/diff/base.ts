import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';
import { locate } from '../load/locate.js';
import type { SourceFile } from '../load/source-file.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { ResolvedPlan, Task } from '../model/plan.js';
import { diffPlans } from './diff.js';

function tasksById(plan: ResolvedPlan): Map<string, Task> {
  return new Map([...plan.phases.flatMap((p) => p.tasks), ...plan.measures].map((task) => [task.id, task]));
}

/** The key whose expression decided the deadline, so the diagnostic lands on the line to look at. */
function deadlinePath(task: Task): PlanPath {
  for (const key of ['due', 'when', 'at', 'repeat']) if (task.source[key] !== undefined) return [...task.path, key];
  return [...task.path, 'id'];
}

/**
 * `plan lint --base OLD`: what a revision does to people who already rely on the old one.
 * Paths point into the NEW plan, so the caller locates them against the new file.
 */
export function baseDiagnostics(oldPlan: ResolvedPlan, newPlan: ResolvedPlan, language: Language = 'en'): Diagnostic[] {
  const diff = diffPlans(oldPlan, newPlan);
  const tasks = tasksById(newPlan);
  const units = new Map(newPlan.units.map((u) => [u.id, u.name]));
  const out: Diagnostic[] = [];
  for (const rename of diff.tasks.renamedIds) {
    const task = tasks.get(rename.to)!;
    out.push({
      code: 'task-id-renamed',
      stage: 'check',
      severity: 'warning',
      path: [...task.path, 'id'],
      message: t(language, 'task-id-renamed', { from: rename.from, to: rename.to }),
      suggestions: [rename.from],
    });
  }
  for (const move of diff.tasks.deadlines) {
    if (move.direction !== 'earlier') continue;
    const task = tasks.get(move.task.id)!;
    const names = task.lead.map((id) => units.get(id) ?? id);
    out.push({
      code: 'deadline-moved-earlier',
      stage: 'check',
      severity: 'warning',
      path: deadlinePath(task),
      message: t(language, 'deadline-moved-earlier', {
        title: task.title,
        days: -move.days,
        from: move.from,
        to: move.to,
        units: names.length > 0 ? names.join(language === 'zh' ? '、' : ', ') : language === 'zh' ? '相关单位' : 'the units concerned',
      }),
    });
  }
  return out;
}

/** Gives each diagnostic its span in the new file (what `compile` does for the other stages). */
export function locateIn(source: SourceFile, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.span ? d : { ...d, span: locate(source, d.path) }));
}
