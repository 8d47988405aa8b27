import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'task-within-phase',
    category: 'schedule',
    defaultSeverity: 'warning',
    messageIds: ['startsBefore', 'endsAfter', 'dueOutside'],
  },
  create(context) {
    return {
      task(task, phase) {
        if (!phase || task.ongoing) return;
        const data = { task: task.id, phase: phase.id, start: task.start, end: task.end, due: task.due, phaseStart: phase.start, phaseEnd: phase.end };
        const at = (key: string) => [...task.path, key in task.source ? key : 'id'];
        if (task.start < phase.start) context.report({ messageId: 'startsBefore', path: at('when'), data });
        if (task.end > phase.end) context.report({ messageId: 'endsAfter', path: at('when'), data });
        else if ((task.due < phase.start || task.due > phase.end) && task.due !== task.end) {
          context.report({ messageId: 'dueOutside', path: at('due'), data });
        }
      },
    };
  },
});
