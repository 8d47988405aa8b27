import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'deadline-working-day',
    category: 'schedule',
    defaultSeverity: 'warning',
    messageIds: ['offDay'],
  },
  create(context) {
    const { workday, previousWorkingDay, isCovered } = context.services;
    return {
      task(task) {
        // Only deadlines people wrote: a window's last day is not a promise to deliver that day.
        const written = 'due' in task.source || task.timing === 'deadline';
        if (!written || !workday || !previousWorkingDay || task.ongoing) return;
        if (isCovered && !isCovered(task.due)) return; // plan-past-holiday-data says so once
        const status = workday(task.due);
        if (status.working) return;
        const weekday = new Date(`${task.due}T00:00:00Z`).getUTCDay();
        const weekend = weekday === 0 || weekday === 6;
        context.report({
          messageId: 'offDay',
          path: [...task.path, 'due' in task.source ? 'due' : 'when'],
          data: {
            task: task.id,
            due: task.due,
            what: status.label
              ? context.words('rules.deadline-working-day.what.break', { label: status.label })
              : context.words(weekend ? 'rules.deadline-working-day.what.weekend' : 'rules.deadline-working-day.what.day-off'),
            previous: previousWorkingDay(task.due),
          },
        });
      },
    };
  },
});
