import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lead-accountable',
    category: 'ownership',
    // Off by default: many real plans (Xietang among them) assign work to 各党组织 on purpose.
    defaultSeverity: 'off',
    messageIds: ['noLead', 'onlyCollective'],
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
          context.report({ messageId: 'onlyCollective', path, data: { task: task.id, names: leads.map((u) => u.name).join(context.words('rules.lead-accountable.names.separator')) } });
        }
      },
    };
  },
});
