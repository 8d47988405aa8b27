import type { IsoDate, ResolvedPlan, Task } from '../../model/plan.js';
import { tasksById } from '../../progress/load-progress.js';
import type { ProgressEntry, ProgressLog } from '../../progress/types.js';
import type { RuleContext } from '../rule.js';

/** What the progress rules share: each task's entries in date order, the task itself, a state's label. */
export interface ProgressScope {
  readonly log: ProgressLog;
  readonly asOf?: IsoDate;
  readonly tasks: ReadonlyMap<string, Task>;
  /** Each task's entries, oldest first (ties in file order), as the log holds them. */
  readonly byTask: ReadonlyMap<string, readonly ProgressEntry[]>;
}

/** The scope of a progress rule, or undefined without progress (the rule then says nothing). */
export function progressScope(context: RuleContext<string, unknown>, plan: ResolvedPlan): ProgressScope | undefined {
  const log = context.services.progress;
  if (!log) return undefined;
  const byTask = new Map<string, ProgressEntry[]>();
  for (const entry of log.entries) {
    const list = byTask.get(entry.task);
    if (list) list.push(entry);
    else byTask.set(entry.task, [entry]);
  }
  return { log, tasks: tasksById(plan), byTask, ...(context.services.asOf ? { asOf: context.services.asOf } : {}) };
}

/** The label of an entry's state in the run's language (已完成 / done). */
export function stateWord(context: RuleContext<string, unknown>, entry: ProgressEntry): string {
  return context.words(`progress.state.${entry.state}`);
}
