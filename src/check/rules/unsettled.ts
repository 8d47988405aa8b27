import type { PlanPath } from '../../diagnostics/diagnostic.js';
import { defineRule } from '../rule.js';

/**
 * A `todo:` is what `plan import` could not settle (no lead in the text, a date it could not
 * read). `plan build` still writes the outputs, marked 【待核实】, so an office can start at once;
 * lint keeps failing until a person has settled each point, so CI cannot pass an unfinished import.
 */
export default defineRule({
  meta: {
    id: 'unsettled',
    category: 'structure',
    defaultSeverity: 'error',
    messageIds: ['open'],
  },
  create(context) {
    const report = (todo: readonly string[] | undefined, path: PlanPath) =>
      todo?.forEach((text, i) => context.report({ messageId: 'open', path: [...path, 'todo', i], data: { todo: text } }));
    return {
      phase(phase) {
        report(phase.todo, phase.path);
      },
      task(task) {
        report(task.todo, task.path);
      },
      'plan:exit'(plan) {
        report(plan.todo, ['plan']);
      },
    };
  },
});
