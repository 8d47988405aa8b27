import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'phase-not-empty',
    description: 'Every phase holds at least one task.',
    descriptionZh: '每个阶段至少包含一项任务。',
    category: 'structure',
    defaultSeverity: 'warning',
    messages: { empty: "Phase '{{phase}}' has no tasks: add its tasks or remove the phase." },
    messagesZh: { empty: '阶段“{{phase}}”没有任务:请补充任务或删除该阶段。' },
  },
  create(context) {
    return {
      phase(phase) {
        if (phase.tasks.length === 0) context.report({ messageId: 'empty', path: [...phase.path, 'tasks'], data: { phase: phase.id } });
      },
    };
  },
});
