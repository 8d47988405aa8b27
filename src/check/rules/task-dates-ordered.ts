import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'task-dates-ordered',
    description: 'A task is not due before it starts.',
    descriptionZh: '任务的完成时限不得早于开始时间。',
    category: 'schedule',
    defaultSeverity: 'error',
    messages: {
      dueBeforeStart: "Task '{{task}}' is due {{due}}, before it starts ({{start}}).",
    },
    messagesZh: {
      dueBeforeStart: '任务“{{task}}”的完成时限{{due}}早于开始时间{{start}}。',
    },
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
