import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'title-length',
    description: 'Task titles stay short enough to read in a calendar; the full text belongs in `detail`.',
    descriptionZh: '任务标题应简短,便于在日历中阅读;全文放在 detail 中。',
    category: 'wording',
    defaultSeverity: 'warning',
    messages: { tooLong: "Title of '{{task}}' is {{length}} characters long (limit {{max}}): move the full text to `detail`." },
    messagesZh: { tooLong: '“{{task}}”的标题有{{length}}个字(上限{{max}}):请把全文移到 detail。' },
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
