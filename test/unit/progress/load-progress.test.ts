import { describe, expect, it } from 'vitest';
import { loadProgress } from '../../../src/progress/load-progress.js';
import { standingsAsOf } from '../../../src/progress/standing.js';
import { samplePlan } from '../../helpers/sample-plan.js';

const plan = samplePlan();
const read = (text: string, language: 'en' | 'zh' = 'zh') => loadProgress([{ path: 'plans/sample.progress.yaml', text }], plan, language);

describe('loadProgress', () => {
  it('reads entries in Chinese and English states, resolving units by name or alias', () => {
    const { log, diagnostics } = read(
      ['plan: sample-2018', 'unit: 宣传条线', 'entries:', '  - task: forums', '    date: 2018-09-02', '    state: 推进中', '    percent: 40', '  - task: convene', '    date: 2018-05-20', '    state: done', '    unit: 党政办', ''].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(log.entries.map((e) => [e.task, e.date, e.state, e.unit])).toEqual([
      ['convene', '2018-05-20', 'done', 'dangzheng'],
      ['forums', '2018-09-02', 'in-progress', 'xuanchuan'],
    ]);
    expect(log.entries[1]!.spans.state).toMatchObject({ file: 'plans/sample.progress.yaml', start: { line: 6, column: 12 } });
  });

  it('names an unknown task at its line and column with the nearest ids', () => {
    const { diagnostics } = read(['plan: sample-2018', 'entries:', '  - task: forum', '    date: 2018-09-02', '    state: 推进中', ''].join('\n'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'progress-unknown-task', severity: 'error', suggestions: ['forums'], span: { start: { line: 3, column: 11 } } });
    expect(diagnostics[0]!.message).toContain('“forums”');
  });

  it('refuses another plan, an unknown unit, a day not on the calendar and an unknown state', () => {
    expect(read('plan: other\nentries: []\n').diagnostics.map((d) => d.code)).toEqual(['progress-plan-mismatch']);
    const { diagnostics } = read(
      ['plan: sample-2018', 'entries:', '  - task: forums', '    date: 2018-02-30', '    state: 推进中', '    unit: 宣传科', '  - task: forums', '    date: 2018-03-01', '    state: 完成', ''].join('\n'),
      'en',
    );
    // The schema is checked first: an unknown state stops the file there.
    expect(diagnostics.map((d) => [d.code, d.span?.start.line])).toEqual([['schema-enum', 9]]);
    const references = read(['plan: sample-2018', 'entries:', '  - task: forums', '    date: 2018-02-30', '    state: 推进中', '    unit: 宣传科', ''].join('\n'), 'en').diagnostics;
    expect(references.map((d) => [d.code, d.span?.start.line])).toEqual([
      ['progress-invalid-date', 4],
      ['progress-unknown-unit', 6],
    ]);
    expect(references[1]!.message).toBe("Unknown unit '宣传科'. The plan's units are: 党政条线, 宣传条线, 街道各党组织.");
  });
});

describe('standingsAsOf', () => {
  const { log } = read(
    [
      'plan: sample-2018',
      'entries:',
      '  - { task: convene, date: 2018-05-25, state: 已完成 }',
      '  - { task: report, date: 2018-05-10, state: 推进中 }',
      '  - { task: report, date: 2018-05-24, state: 已完成 }',
      '  - { task: report, date: 2018-05-30, state: 已完成, note: 补报材料 }',
      '  - { task: forums, date: 2018-08-15, state: 滞后 }',
      '  - { task: forums, date: 2018-12-01, state: 已完成 }',
      '',
    ].join('\n'),
  );
  const at = (asOf: string) => Object.fromEntries(standingsAsOf(plan, log, asOf).map((s) => [s.task.id, s]));

  it('judges each task on the day: done on time, done late, behind, overdue, silent', () => {
    const sept = at('2018-09-30');
    expect(sept.convene).toMatchObject({ standing: 'done', finished: '2018-05-25' });
    expect(sept.convene!.daysLate).toBeUndefined();
    // finished on the first 已完成 of the last run, not the later re-report
    expect(sept.report).toMatchObject({ standing: 'done', finished: '2018-05-24', daysLate: 4 });
    expect(sept.forums).toMatchObject({ standing: 'behind', state: 'behind', silentDays: 46 });
    expect(sept.celebrations).toMatchObject({ standing: 'on-track' });
    expect(sept.celebrations!.silentDays).toBeUndefined();
    const nov = at('2018-11-05');
    expect(nov.forums).toMatchObject({ standing: 'overdue', daysOverdue: 5 });
    expect(at('2018-12-31').forums).toMatchObject({ standing: 'done', daysLate: 31 });
  });

  it('ignores entries after the day', () => {
    expect(at('2018-05-09').report).toMatchObject({ standing: 'on-track', silentDays: 8 });
    expect(at('2018-05-09').report!.latest).toBeUndefined();
  });
});
