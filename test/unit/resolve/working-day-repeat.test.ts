import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { resolveTask, type TaskScope } from '../../../src/resolve/resolve-task.js';
import { indexUnits } from '../../../src/resolve/unit-index.js';
import type { RawTask } from '../../../src/validate/raw-plan.js';

const { index } = indexUnits({ bgs: '办公室' });
const scope: TaskScope = { kind: 'task', start: '2019-01-01', end: '2019-12-31', context: { year: 2019 }, units: index };

function resolve(raw: Partial<RawTask>) {
  const diagnostics: Diagnostic[] = [];
  const task = resolveTask({ id: 't1', title: '报送信息', lead: ['bgs'], ...raw } as RawTask, ['phases', 0, 'tasks', 0], scope, diagnostics);
  return { task, diagnostics };
}

describe('a recurrence no RRULE can say becomes dated events', () => {
  it.each(['when', 'repeat'] as const)('每月最后一个工作日 as %s: no RRULE, one event per month on its last working day', (key) => {
    const { task, diagnostics } = resolve({ [key]: '每月最后一个工作日' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(task.repeat).toBeUndefined();
    expect(task.timing).toBe('recurring');
    expect(task.occurrences.map((o) => o.date)).toEqual(['2019-01-31', '2019-02-28', '2019-03-29', '2019-04-30', '2019-05-31', '2019-06-28', '2019-07-31', '2019-08-30', '2019-09-30', '2019-10-31', '2019-11-29', '2019-12-31']);
    expect(task.occurrences[2]).toMatchObject({ id: 'on-2019-03-29', title: '报送信息', source: '每月最后一个工作日', path: ['phases', 0, 'tasks', 0, key] });
  });

  it('每周一 keeps its RRULE', () => {
    const { task } = resolve({ repeat: '每周一' });
    expect(task.repeat?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(task.occurrences).toEqual([]);
  });
});
