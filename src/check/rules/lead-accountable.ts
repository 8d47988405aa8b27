import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lead-accountable',
    description: 'A task has a lead, and not only a collective one (各部门, 各党组织) that no single office answers for.',
    descriptionZh: '任务须有牵头单位,且不宜仅由集合性单位(如“各部门”“各党组织”)牵头。',
    category: 'ownership',
    // Off by default: many real plans (Xietang among them) assign work to 各党组织 on purpose.
    defaultSeverity: 'off',
    messages: {
      noLead: "Task '{{task}}' has no lead unit.",
      onlyCollective: "Task '{{task}}' is led only by the collective '{{names}}': name an office that answers for it.",
    },
    messagesZh: {
      noLead: '任务“{{task}}”没有牵头单位。',
      onlyCollective: '任务“{{task}}”仅由集合性单位“{{names}}”牵头:请明确一个负责的牵头单位。',
    },
  },
  create(context) {
    const units = new Map(context.plan.units.map((u) => [u.id, u]));
    return {
      task(task) {
        const path = [...task.path, 'lead'];
        if (task.lead.length === 0) {
          context.report({ messageId: 'noLead', path, data: { task: task.id } });
          return;
        }
        const leads = task.lead.map((id) => units.get(id)).filter((u) => u !== undefined);
        if (leads.length > 0 && leads.every((u) => u.collective)) {
          context.report({ messageId: 'onlyCollective', path, data: { task: task.id, names: leads.map((u) => u.name).join('、') } });
        }
      },
    };
  },
});
