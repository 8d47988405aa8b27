import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'task-within-phase',
    description: "A task's window and deadline lie inside its phase's window.",
    descriptionZh: '任务的时间段和完成时限应在所属阶段之内。',
    category: 'schedule',
    defaultSeverity: 'warning',
    messages: {
      startsBefore: "Task '{{task}}' starts {{start}}, before its phase '{{phase}}' starts ({{phaseStart}}).",
      endsAfter: "Task '{{task}}' runs until {{end}}, after its phase '{{phase}}' ends ({{phaseEnd}}).",
      dueOutside: "Task '{{task}}' is due {{due}}, outside its phase '{{phase}}' ({{phaseStart}} to {{phaseEnd}}).",
    },
    messagesZh: {
      startsBefore: '任务“{{task}}”开始于{{start}},早于所属阶段“{{phase}}”的开始({{phaseStart}})。',
      endsAfter: '任务“{{task}}”持续到{{end}},晚于所属阶段“{{phase}}”的结束({{phaseEnd}})。',
      dueOutside: '任务“{{task}}”的完成时限{{due}}不在所属阶段“{{phase}}”({{phaseStart}}至{{phaseEnd}})之内。',
    },
  },
  create(context) {
    return {
      task(task, phase) {
        if (!phase || task.ongoing) return;
        const data = { task: task.id, phase: phase.id, start: task.start, end: task.end, due: task.due, phaseStart: phase.start, phaseEnd: phase.end };
        const at = (key: string) => [...task.path, key in task.source ? key : 'id'];
        if (task.start < phase.start) context.report({ messageId: 'startsBefore', path: at('when'), data });
        if (task.end > phase.end) context.report({ messageId: 'endsAfter', path: at('when'), data });
        else if ((task.due < phase.start || task.due > phase.end) && task.due !== task.end) {
          context.report({ messageId: 'dueOutside', path: at('due'), data });
        }
      },
    };
  },
});
