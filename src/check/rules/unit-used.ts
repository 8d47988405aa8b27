import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'unit-used',
    description: 'Every declared unit leads or supports at least one task or measure.',
    descriptionZh: '声明的每个单位至少牵头或配合一项任务或措施。',
    category: 'ownership',
    defaultSeverity: 'warning',
    messages: { unused: "Unit '{{unit}}' ({{name}}) is declared but owns no task: remove it or assign it work." },
    messagesZh: { unused: '单位“{{name}}”({{unit}})已声明但没有任何任务:请删除或分配任务。' },
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
