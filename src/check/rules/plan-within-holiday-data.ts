import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'plan-within-holiday-data',
    description: 'The plan does not reach past the years whose holiday arrangements are published.',
    descriptionZh: '方案的时间不超出已公布节假日安排的年份。',
    category: 'schedule',
    defaultSeverity: 'warning',
    messages: {
      pastData: 'The plan runs until {{end}}, but holiday arrangements are known only for {{first}}–{{last}}: holidays after {{last}} are not checked. Add them under calendar: (holidays, workdays) or pass --holidays FILE when the State Council publishes them.',
    },
    messagesZh: {
      pastData: '方案持续到{{end}},但节假日安排只收录到{{first}}–{{last}}年:{{last}}年以后的节假日无法检查。国务院公布后,请在 calendar: 中补充 holidays、workdays,或使用 --holidays 文件。',
    },
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
