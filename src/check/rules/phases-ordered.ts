import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'phases-ordered',
    category: 'structure',
    defaultSeverity: 'warning',
    messageIds: ['outOfOrder', 'overlaps'],
    // Real plans often let phases share a month (6月至10月, then 10月至12月上旬), so overlap is opt-in.
    optionsSchema: {
      type: 'object',
      properties: { allowOverlap: { type: 'boolean' } },
      required: ['allowOverlap'],
      additionalProperties: false,
    },
    defaultOptions: { allowOverlap: true },
  },
  create(context) {
    return {
      phase(phase, index) {
        const previous = context.plan.phases[index - 1];
        if (!previous) return;
        const data = { phase: phase.id, start: phase.start, previous: previous.id, previousStart: previous.start, previousEnd: previous.end };
        if (phase.start < previous.start) context.report({ messageId: 'outOfOrder', path: [...phase.path, 'when'], data });
        else if (!context.options.allowOverlap && phase.start <= previous.end) context.report({ messageId: 'overlaps', path: [...phase.path, 'when'], data });
      },
    };
  },
});
