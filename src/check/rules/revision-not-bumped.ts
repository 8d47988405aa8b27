import { changesSince } from '../../diff/base.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'revision-not-bumped',
    needsBase: true,
    category: 'structure',
    defaultSeverity: 'warning',
    messageIds: ['same'],
  },
  create(context) {
    const { base } = context.services;
    // A calendar client keeps its copy of an event unless the new one has a higher SEQUENCE, which
    // comes from `revision`: a changed plan with the old number changes nobody's calendar.
    if (!base) return {};
    return {
      'plan:exit'(plan) {
        if (plan.revision > base.revision || changesSince(base, plan).empty) return;
        context.report({ messageId: 'same', path: ['plan', 'revision'], data: { revision: plan.revision, base: base.revision } });
      },
    };
  },
});
