import { isClosed } from '../../progress/states.js';
import { defineRule } from '../rule.js';
import { progressScope, stateWord } from '../progress/entries.js';

export default defineRule({
  meta: {
    id: 'progress-reopened',
    needsProgress: true,
    category: 'progress',
    defaultSeverity: 'warning',
    messageIds: ['reopened'],
  },
  create(context) {
    // A task reported done or cancelled and later reported otherwise is back in every count of
    // open work; the office reading the report must be told why, in the entry's note.
    return {
      'plan:exit'(plan) {
        const scope = progressScope(context, plan);
        if (!scope) return;
        for (const entries of scope.byTask.values()) {
          let closed: (typeof entries)[number] | undefined;
          for (const entry of entries) {
            // Same-day disagreements are progress-conflict's.
            if (closed && entry.state !== closed.state && entry.date !== closed.date && !entry.note) {
              context.report({
                messageId: 'reopened',
                path: [...entry.path, 'state'],
                span: entry.spans.state,
                data: { title: scope.tasks.get(entry.task)!.title, closed: stateWord(context, closed), closedOn: closed.date, state: stateWord(context, entry), date: entry.date },
              });
            }
            closed = isClosed(entry.state) ? entry : undefined;
          }
        }
      },
    };
  },
});
