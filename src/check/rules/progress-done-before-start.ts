import { defineRule } from '../rule.js';
import { progressScope } from '../progress/entries.js';

export default defineRule({
  meta: {
    id: 'progress-done-before-start',
    needsProgress: true,
    category: 'progress',
    defaultSeverity: 'warning',
    messageIds: ['before'],
  },
  create(context) {
    // Finished before the plan even starts the task: usually a wrong date, or the wrong task id.
    return {
      'plan:exit'(plan) {
        const scope = progressScope(context, plan);
        if (!scope) return;
        for (const entry of scope.log.entries) {
          const task = scope.tasks.get(entry.task)!;
          if (entry.state !== 'done' || entry.date >= task.start) continue;
          context.report({ messageId: 'before', path: [...entry.path, 'date'], span: entry.spans.date, data: { title: task.title, date: entry.date, start: task.start } });
        }
      },
    };
  },
});
