import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'phase-not-empty',
    category: 'structure',
    defaultSeverity: 'warning',
    messageIds: ['empty'],
  },
  create(context) {
    return {
      phase(phase) {
        if (phase.tasks.length === 0) context.report({ messageId: 'empty', path: [...phase.path, 'tasks'], data: { phase: phase.id } });
      },
    };
  },
});
