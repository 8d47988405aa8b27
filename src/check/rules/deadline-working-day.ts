import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'deadline-working-day',
    description: 'A written deadline falls on a working day, not on a weekend or statutory holiday.',
    descriptionZh: '明确写出的完成时限应落在工作日,而非周末或法定节假日。',
    category: 'schedule',
    defaultSeverity: 'warning',
    messages: {
      offDay: "Task '{{task}}' is due {{due}}, a {{what}}; the previous working day is {{previous}}.",
    },
    messagesZh: {
      offDay: '任务“{{task}}”的完成时限{{due}}是{{whatZh}};前一个工作日是{{previous}}。',
    },
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
            what: status.label ? `day of the ${status.label} break` : weekend ? 'weekend' : 'day off',
            whatZh: status.label ? `${status.label}假期` : weekend ? '周末' : '休息日',
            previous: previousWorkingDay(task.due),
          },
        });
      },
    };
  },
});
