import { defineRule } from '../rule.js';
import { progressScope, stateWord } from '../progress/entries.js';

export default defineRule({
  meta: {
    id: 'progress-conflict',
    needsProgress: true,
    category: 'progress',
    defaultSeverity: 'error',
    messageIds: ['conflict'],
  },
  create(context) {
    // Two states for one task on one day: which one holds depends on file order, so the report
    // could say either. The office must keep one.
    return {
      'plan:exit'(plan) {
        const scope = progressScope(context, plan);
        if (!scope) return;
        for (const entries of scope.byTask.values()) {
          const firstOfDay = new Map<string, (typeof entries)[number]>();
          for (const entry of entries) {
            const first = firstOfDay.get(entry.date);
            if (!first) {
              firstOfDay.set(entry.date, entry);
              continue;
            }
            if (first.state === entry.state) continue;
            context.report({
              messageId: 'conflict',
              path: [...entry.path, 'state'],
              span: entry.spans.state,
              data: { title: scope.tasks.get(entry.task)!.title, date: entry.date, first: stateWord(context, first), second: stateWord(context, entry) },
              related: [{ message: context.words('rules.progress-conflict.first', { state: stateWord(context, first) }), path: [...first.path, 'state'], span: first.spans.state }],
            });
          }
        }
      },
    };
  },
});
