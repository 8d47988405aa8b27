import { changesSince, tasksById } from '../../diff/base.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'task-id-renamed',
    needsBase: true,
    category: 'structure',
    defaultSeverity: 'warning',
    messageIds: ['renamed'],
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
