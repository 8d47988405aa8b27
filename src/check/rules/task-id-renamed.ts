import { changesSince, tasksById } from '../../diff/base.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'task-id-renamed',
    description:
      'plan lint --base: a task kept its title but changed its id, which orphans the calendar events subscribers already have; keep the old id.',
    descriptionZh: 'plan lint --base:任务标题未变而编号改了,已订阅日历的人手里的旧事件会失联;请保留原编号。',
    needsBase: true,
    category: 'structure',
    defaultSeverity: 'warning',
    messages: {
      renamed: "Task id '{{from}}' was renamed to '{{to}}': renaming a task id orphans the calendar events subscribers already have; keep the old id.",
    },
    messagesZh: {
      renamed: '任务编号“{{from}}”被改成了“{{to}}”。改编号会让已订阅日历的人手里的旧事件失联,请保留原编号。',
    },
  },
  create(context) {
    const { base } = context.services;
    // Only a comparison with the previous revision can see a rename.
    if (!base) return {};
    return {
      'plan:exit'(plan) {
        const renames = changesSince(base, plan).tasks.renamedIds;
        if (renames.length === 0) return;
        const tasks = tasksById(plan);
        for (const rename of renames) {
          context.report({
            messageId: 'renamed',
            path: [...tasks.get(rename.to)!.path, 'id'],
            data: { from: rename.from, to: rename.to },
            suggestions: [rename.from],
          });
        }
      },
    };
  },
});
