import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'title-length',
    category: 'wording',
    defaultSeverity: 'warning',
    messageIds: ['tooLong'],
    optionsSchema: { type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, required: ['max'], additionalProperties: false },
    defaultOptions: { max: 60 },
  },
  create(context) {
    return {
      task(task) {
        const length = [...task.title].length;
        if (length > context.options.max) {
          context.report({ messageId: 'tooLong', path: [...task.path, 'title'], data: { task: task.id, length, max: context.options.max } });
        }
      },
    };
  },
});
