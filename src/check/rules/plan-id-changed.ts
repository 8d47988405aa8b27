import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'plan-id-changed',
    needsBase: true,
    category: 'structure',
    defaultSeverity: 'error',
    messageIds: ['changed'],
  },
  create(context) {
    const { base } = context.services;
    // Every calendar UID ends in @<plan id>: a new id makes every event a new one in every calendar
    // that already holds the plan, beside the old ones, which nothing will ever remove.
    if (!base) return {};
    return {
      'plan:exit'(plan) {
        if (plan.id !== base.id) context.report({ messageId: 'changed', path: ['plan', 'id'], data: { from: base.id, to: plan.id }, suggestions: [base.id] });
      },
    };
  },
});
