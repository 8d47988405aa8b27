import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'task-dates-ordered',
    category: 'schedule',
    defaultSeverity: 'error',
    messageIds: ['dueBeforeStart'],
  },
  create(context) {
    return {
      task(task) {
        if (task.due >= task.start) return;
        const key = 'due' in task.source ? 'due' : 'when';
        context.report({ messageId: 'dueBeforeStart', path: [...task.path, key], data: { task: task.id, due: task.due, start: task.start } });
      },
    };
  },
});
