import { changesSince, deadlinePath, tasksById } from '../../diff/base.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'deadline-moved-earlier',
    description: 'plan lint --base: a deadline moved earlier than in the base revision; the units concerned must be told.',
    descriptionZh: 'plan lint --base:完成时限比上一版提前了,须通知相关单位。',
    needsBase: true,
    category: 'schedule',
    defaultSeverity: 'warning',
    messages: {
      earlier: "The deadline of '{{title}}' moved {{days}} day(s) earlier ({{from}} → {{to}}); tell {{units}} before merging.",
    },
    messagesZh: {
      earlier: '“{{title}}”的截止日期提前了 {{days}} 天({{from}} → {{to}}),合并前请通知{{unitsZh}}。',
    },
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
              units: names.length > 0 ? names.join(', ') : 'the units concerned',
              unitsZh: names.length > 0 ? names.join('、') : '相关单位',
            },
          });
        }
      },
    };
  },
});
