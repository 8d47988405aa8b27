import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'phases-ordered',
    description: 'Phases are listed in the order they start, and (optionally) do not overlap.',
    descriptionZh: '各阶段按开始时间先后排列(可选:阶段之间不重叠)。',
    category: 'structure',
    defaultSeverity: 'warning',
    messages: {
      outOfOrder: "Phase '{{phase}}' starts {{start}}, before the phase listed above it ('{{previous}}', {{previousStart}}).",
      overlaps: "Phase '{{phase}}' starts {{start}}, while '{{previous}}' still runs until {{previousEnd}}.",
    },
    messagesZh: {
      outOfOrder: '阶段“{{phase}}”开始于{{start}},早于排在其前的阶段“{{previous}}”({{previousStart}})。',
      overlaps: '阶段“{{phase}}”开始于{{start}},而阶段“{{previous}}”持续到{{previousEnd}}。',
    },
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
