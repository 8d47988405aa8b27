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
    category: 'schedule',
    defaultSeverity: 'info',
    messageIds: ['swallowed'],
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
    // `what` names the window only when it is reported: most windows are clear.
    const inspect = (what: () => string, start: IsoDate, end: IsoDate, path: readonly (string | number)[]) => {
      if (!breaksIn || (isCovered && !isCovered(start))) return;
      const total = days(start, end);
      for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
        for (const run of breaksOf(year)) {
          if (run.end < start || run.start > end) continue;
          const lost = days(run.start < start ? start : run.start, run.end > end ? end : run.end);
          if (lost / total >= context.options.share && lost >= 3) {
            context.report({ messageId: 'swallowed', path, data: { what: what(), start, end, lost, total, label: run.label, breakStart: run.start, breakEnd: run.end } });
            return;
          }
        }
      }
    };
    return {
      phase(phase) {
        inspect(() => context.words('rules.window-clear-of-breaks.what.phase', { id: phase.id }), phase.start, phase.end, [...phase.path, 'when']);
      },
      task(task) {
        // Tasks that inherit their phase's window were covered by the phase.
        if ('when' in task.source && !task.ongoing) inspect(() => context.words('rules.window-clear-of-breaks.what.task', { id: task.id }), task.start, task.end, [...task.path, 'when']);
      },
    };
  },
});
