import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'plan-within-holiday-data',
    category: 'schedule',
    defaultSeverity: 'warning',
    messageIds: ['pastData'],
  },
  create(context) {
    return {
      'plan:exit'(plan) {
        const coverage = context.services.holidayCoverage;
        const covered = context.services.isCovered;
        if (!coverage || !covered) return;
        let latest = plan.end;
        for (const phase of plan.phases) for (const task of phase.tasks) if (task.due > latest) latest = task.due;
        if (covered(latest)) return;
        context.report({ messageId: 'pastData', path: ['plan', 'period' in plan.source ? 'period' : 'id'], data: { end: latest, first: coverage.firstYear, last: coverage.lastYear } });
      },
    };
  },
});
