import { isClosed } from '../../progress/states.js';
import { defineRule } from '../rule.js';
import { progressScope, stateWord } from '../progress/entries.js';

export default defineRule({
  meta: {
    id: 'progress-repeated',
    needsProgress: true,
    category: 'progress',
    defaultSeverity: 'info',
    messageIds: ['repeated'],
  },
  create(context) {
    // Reporting a finished task again, with nothing new, is harmless (it was finished on the first
    // report) but makes the file longer for no reader: a hint, not a warning.
    return {
      'plan:exit'(plan) {
        const scope = progressScope(context, plan);
        if (!scope) return;
        for (const entries of scope.byTask.values()) {
          let closed: (typeof entries)[number] | undefined;
          for (const entry of entries) {
            if (closed && entry.state === closed.state && !entry.note && (entry.percent === undefined || entry.percent === closed.percent)) {
              context.report({
                messageId: 'repeated',
                path: [...entry.path, 'state'],
                span: entry.spans.state,
                data: { title: scope.tasks.get(entry.task)!.title, state: stateWord(context, entry), first: closed.date, date: entry.date },
              });
              continue;
            }
            closed = isClosed(entry.state) ? entry : undefined;
          }
        }
      },
    };
  },
});
