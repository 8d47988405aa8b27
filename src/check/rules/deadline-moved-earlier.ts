import { changesSince, deadlinePath, tasksById } from '../../diff/base.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'deadline-moved-earlier',
    needsBase: true,
    category: 'schedule',
    defaultSeverity: 'warning',
    messageIds: ['earlier'],
  },
  create(context) {
    const { base } = context.services;
    // Without the previous revision there is nothing to have moved.
    if (!base) return {};
    return {
      'plan:exit'(plan) {
        const earlier = changesSince(base, plan).tasks.deadlines.filter((move) => move.direction === 'earlier');
        if (earlier.length === 0) return;
        const tasks = tasksById(plan);
        const units = new Map(plan.units.map((u) => [u.id, u.name]));
        for (const move of earlier) {
          const task = tasks.get(move.task.id)!;
          const names = task.lead.map((id) => units.get(id) ?? id);
          context.report({
            messageId: 'earlier',
            path: deadlinePath(task),
            data: {
              title: task.title,
              days: -move.days,
              from: move.from,
              to: move.to,
              units: names.length > 0 ? names.join(context.words('rules.deadline-moved-earlier.units.separator')) : context.words('rules.deadline-moved-earlier.units.none'),
            },
          });
        }
      },
    };
  },
});
