import type { SourceSpan } from '../../diagnostics/diagnostic.js';
import { defineRule } from '../rule.js';
import { progressScope } from '../progress/entries.js';

export default defineRule({
  meta: {
    id: 'progress-unit-not-owner',
    needsProgress: true,
    category: 'progress',
    defaultSeverity: 'warning',
    messageIds: ['notOwner'],
  },
  create(context) {
    // A unit reporting on a task the plan gives to others: a wrong task id, or a file under the wrong unit.
    return {
      'plan:exit'(plan) {
        const scope = progressScope(context, plan);
        if (!scope) return;
        const names = new Map(plan.units.map((u) => [u.id, u.name]));
        for (const entry of scope.log.entries) {
          const task = scope.tasks.get(entry.task)!;
          if (entry.unit === undefined || task.lead.includes(entry.unit) || task.support.includes(entry.unit)) continue;
          const leads = task.lead.map((id) => names.get(id) ?? id);
          context.report({
            messageId: 'notOwner',
            // The entry's own `unit:`, else the file's.
            path: entry.spans.unit && inside(entry.spans.unit, entry.spans.entry) ? [...entry.path, 'unit'] : ['unit'],
            span: entry.spans.unit ?? entry.spans.task,
            data: {
              unit: names.get(entry.unit) ?? entry.unit,
              title: task.title,
              leads: leads.length > 0 ? leads.join(context.words('rules.progress-unit-not-owner.separator')) : context.words('rules.progress-unit-not-owner.none'),
            },
          });
        }
      },
    };
  },
});

const before = (a: SourceSpan['start'], b: SourceSpan['start']) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/** Whether a field's span lies within an entry's (the entry's own `unit:` rather than the file's). */
function inside(field: SourceSpan, entry: SourceSpan): boolean {
  return before(entry.start, field.start) && before(field.end, entry.end);
}
