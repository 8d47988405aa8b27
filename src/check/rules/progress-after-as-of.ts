import { defineRule } from '../rule.js';
import { progressScope } from '../progress/entries.js';

export default defineRule({
  meta: {
    id: 'progress-after-as-of',
    needsProgress: true,
    category: 'progress',
    defaultSeverity: 'error',
    messageIds: ['after'],
  },
  create(context) {
    // A report dated after the day progress is judged on is left out of every count; most often
    // the year is mistyped (2019 for 2018), which would hide the task's real state: an error.
    return {
      'plan:exit'(plan) {
        const scope = progressScope(context, plan);
        if (!scope?.asOf) return;
        for (const entry of scope.log.entries) {
          if (entry.date <= scope.asOf) continue;
          context.report({
            messageId: 'after',
            path: [...entry.path, 'date'],
            span: entry.spans.date,
            data: { title: scope.tasks.get(entry.task)!.title, date: entry.date, asOf: scope.asOf },
          });
        }
      },
    };
  },
});
