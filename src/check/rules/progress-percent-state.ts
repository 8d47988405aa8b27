import { defineRule } from '../rule.js';
import { progressScope, stateWord } from '../progress/entries.js';

export default defineRule({
  meta: {
    id: 'progress-percent-state',
    needsProgress: true,
    category: 'progress',
    defaultSeverity: 'warning',
    messageIds: ['fullNotDone', 'doneNotFull'],
  },
  create(context) {
    // The percent and the state are read by different people (the chart counts states, the table
    // shows percents): when they disagree, one of them is wrong.
    return {
      'plan:exit'(plan) {
        const scope = progressScope(context, plan);
        if (!scope) return;
        for (const entry of scope.log.entries) {
          if (entry.percent === undefined || !entry.spans.percent) continue;
          const full = entry.percent >= 100;
          if (full === (entry.state === 'done')) continue;
          context.report({
            messageId: full ? 'fullNotDone' : 'doneNotFull',
            path: [...entry.path, 'percent'],
            span: entry.spans.percent,
            data: { title: scope.tasks.get(entry.task)!.title, percent: entry.percent, state: stateWord(context, entry) },
          });
        }
      },
    };
  },
});
