import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'unit-used',
    category: 'ownership',
    defaultSeverity: 'warning',
    messageIds: ['unused'],
  },
  create(context) {
    const used = new Set<string>();
    return {
      task(task) {
        for (const id of task.lead) used.add(id);
        for (const id of task.support) used.add(id);
      },
      'plan:exit'(plan) {
        for (const unit of plan.units) {
          if (!used.has(unit.id)) context.report({ messageId: 'unused', path: unit.path, atKey: true, data: { unit: unit.id, name: unit.name } });
        }
      },
    };
  },
});
