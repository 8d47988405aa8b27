import type { IsoDate } from '../../dates/types.js';
import { defineRule } from '../rule.js';

const DAY = 86_400_000;
const days = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;

interface Break {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly label: string;
}

export default defineRule({
  meta: {
    id: 'window-clear-of-breaks',
    description: 'A window does not lose a large share of its days to a holiday break (10月上旬 is mostly National Day).',
    descriptionZh: '时间段不宜有很大比例落在长假内(如“10月上旬”大半是国庆假期)。',
    category: 'schedule',
    defaultSeverity: 'info',
    messages: {
      swallowed: '{{what}} ({{start}} to {{end}}) loses {{lost}} of its {{total}} days to the {{label}} break ({{breakStart}} to {{breakEnd}}).',
    },
    messagesZh: {
      swallowed: '{{whatZh}}({{start}}至{{end}})共{{total}}天,其中{{lost}}天在{{label}}假期({{breakStart}}至{{breakEnd}})内。',
    },
    optionsSchema: { type: 'object', properties: { share: { type: 'number', minimum: 0, maximum: 1 } }, required: ['share'], additionalProperties: false },
    defaultOptions: { share: 0.3 },
  },
  create(context) {
    const { breaksIn, isCovered } = context.services;
    // The breaks of each year, asked once: thousands of tasks share them.
    const byYear = new Map<number, readonly Break[]>();
    const breaksOf = (year: number): readonly Break[] => {
      let list = byYear.get(year);
      if (!list) byYear.set(year, (list = breaksIn?.(year) ?? []));
      return list;
    };
    const inspect = (what: string, whatZh: string, start: IsoDate, end: IsoDate, path: readonly (string | number)[]) => {
      if (!breaksIn || (isCovered && !isCovered(start))) return;
      const total = days(start, end);
      for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
        for (const run of breaksOf(year)) {
          if (run.end < start || run.start > end) continue;
          const lost = days(run.start < start ? start : run.start, run.end > end ? end : run.end);
          if (lost / total >= context.options.share && lost >= 3) {
            context.report({ messageId: 'swallowed', path, data: { what, whatZh, start, end, lost, total, label: run.label, breakStart: run.start, breakEnd: run.end } });
            return;
          }
        }
      }
    };
    return {
      phase(phase) {
        inspect(`Phase '${phase.id}'`, `阶段“${phase.id}”`, phase.start, phase.end, [...phase.path, 'when']);
      },
      task(task) {
        // Tasks that inherit their phase's window were covered by the phase.
        if ('when' in task.source && !task.ongoing) inspect(`Task '${task.id}'`, `任务“${task.id}”`, task.start, task.end, [...task.path, 'when']);
      },
    };
  },
});
