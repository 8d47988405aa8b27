import type { PlanPath } from '../diagnostics/diagnostic.js';
import type { ResolvedPlan, Task } from '../model/plan.js';
import { diffPlans, type PlanDiff } from './diff.js';

// Both `--base` rules read the same diff; one compile asks twice, so keep the last one per plan.
const lastDiff = new WeakMap<ResolvedPlan, { readonly base: ResolvedPlan; readonly diff: PlanDiff }>();

/** What `plan` changes against `base` (the previous revision), computed once per pair. */
export function changesSince(base: ResolvedPlan, plan: ResolvedPlan): PlanDiff {
  const seen = lastDiff.get(plan);
  if (seen?.base === base) return seen.diff;
  const diff = diffPlans(base, plan);
  lastDiff.set(plan, { base, diff });
  return diff;
}

/** Every task and measure of a plan by id: the diff names tasks, the rules need their paths. */
export function tasksById(plan: ResolvedPlan): Map<string, Task> {
  return new Map([...plan.phases.flatMap((p) => p.tasks), ...plan.measures].map((task) => [task.id, task]));
}

/** The key whose expression decided the deadline, so the diagnostic lands on the line to look at. */
export function deadlinePath(task: Task): PlanPath {
  for (const key of ['due', 'when', 'at', 'repeat']) if (task.source[key] !== undefined) return [...task.path, key];
  return [...task.path, 'id'];
}
