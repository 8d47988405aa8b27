import { describe, expect, it } from 'vitest';
import { diffProgress, entriesAdded, entriesBetween, latestDay } from '../../../src/diff/progress-diff.js';
import { loadProgress } from '../../../src/progress/load-progress.js';
import { samplePlan } from '../../helpers/sample-plan.js';

const plan = samplePlan();
const log = (lines: readonly string[]) => {
  const loaded = loadProgress([{ path: 'p.progress.yaml', text: ['plan: sample-2018', 'entries:', ...lines, ''].join('\n') }], plan, 'en');
  expect(loaded.diagnostics).toEqual([]);
  return loaded.log;
};

describe('diffProgress', () => {
  const before = log(['  - { task: convene, date: 2018-05-10, state: 推进中 }', '  - { task: report, date: 2018-05-10, state: 推进中 }']);
  const after = log([
    '  - { task: convene, date: 2018-05-10, state: 推进中 }',
    '  - { task: report, date: 2018-05-10, state: 推进中 }',
    '  - { task: report, date: 2018-05-10, state: 推进中 }',
    '  - { task: convene, date: 2018-05-30, state: 已完成, note: 已召开 }',
    '  - { task: forums, date: 2018-06-10, state: 滞后, note: 场地未定 }',
  ]);

  it('lists only the entries the later log adds, a repeated entry once per copy', () => {
    expect(entriesAdded(before, after).map((e) => `${e.task}@${e.date}`)).toEqual(['report@2018-05-10', 'convene@2018-05-30', 'forums@2018-06-10']);
    expect(entriesBetween(after, '2018-05-10', '2018-06-01').map((e) => e.task)).toEqual(['convene']);
    expect(latestDay(before)).toBe('2018-05-10');
    expect(latestDay(undefined)).toBeUndefined();
  });

  it('finds states changed, newly done, newly overdue, notes and never-reported tasks between two days', () => {
    const diff = diffProgress(plan, { log: before, asOf: '2018-05-15' }, { log: after, asOf: '2018-06-15' }, entriesAdded(before, after));
    expect(diff.changed.map((c) => [c.task.id, c.from?.state, c.to.state])).toEqual([
      ['convene', 'in-progress', 'done'],
      ['forums', undefined, 'behind'],
    ]);
    expect(diff.newlyDone).toEqual([{ task: expect.objectContaining({ id: 'convene', leads: ['党政条线', '宣传条线'] }), finished: '2018-05-30' }]);
    // report was due 2018-05-20 and is still 推进中.
    expect(diff.newlyOverdue.map((o) => [o.task.id, o.daysOverdue])).toEqual([['report', 26]]);
    expect(diff.notes.map((n) => [n.task.id, n.note])).toEqual([
      ['convene', '已召开'],
      ['forums', '场地未定'],
    ]);
    expect(diff.unreported.map((u) => u.task.id)).not.toContain('forums');
    expect(diff).toMatchObject({ since: '2018-05-15', asOf: '2018-06-15', plan: { id: 'sample-2018' } });
  });

  it('says nothing changed between a log and itself on one day', () => {
    const diff = diffProgress(plan, { log: after, asOf: '2018-06-15' }, { log: after, asOf: '2018-06-15' }, []);
    expect([diff.changed, diff.newlyDone, diff.newlyOverdue, diff.notes]).toEqual([[], [], [], []]);
  });
});
