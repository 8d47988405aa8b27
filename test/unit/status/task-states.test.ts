import { describe, expect, it } from 'vitest';
import { loadProgress } from '../../../src/progress/load-progress.js';
import { taskStates } from '../../../src/progress/task-states.js';
import { stateCell } from '../../../src/emit/state-column.js';
import { samplePlan } from '../../helpers/sample-plan.js';

const plan = samplePlan();
const log = (...entries: string[][]) => {
  const { log, diagnostics } = loadProgress([{ path: 'p.progress.yaml', text: ['plan: sample-2018', 'entries:', ...entries.flat(), ''].join('\n') }], plan, 'en');
  expect(diagnostics).toEqual([]);
  return log;
};
const entry = (task: string, date: string, state: string, extra: string[] = []) => [`  - task: ${task}`, `    date: ${date}`, `    state: ${state}`, ...extra.map((l) => `    ${l}`)];

describe('taskStates', () => {
  const progress = log(
    entry('forums', '2018-06-01', '推进中', ['percent: 30']),
    entry('forums', '2018-07-01', '推进中', ['note: 第二期已办']),
    entry('forums', '2018-08-01', '已完成'),
    entry('forums', '2018-08-05', '已完成'),
    entry('convene', '2018-05-20', '暂缓', ['percent: 10']),
    entry('convene', '2018-05-25', '推进中'),
  );

  it('takes each task\'s latest entry, whatever the clock, and leaves unreported tasks out', () => {
    const states = taskStates(progress);
    expect(states.get('forums')).toMatchObject({ state: 'done', date: '2018-08-05', finished: '2018-08-01', percent: 100 });
    // A new state starts without the percent of the one before.
    expect(states.get('convene')).toMatchObject({ state: 'in-progress', date: '2018-05-25' });
    expect(states.get('convene')?.percent).toBeUndefined();
    expect([...states.keys()].sort()).toEqual(['convene', 'forums']);
  });

  it('as of a day, counts only the entries on or before it; a percent holds while the state does', () => {
    const states = taskStates(progress, '2018-07-15');
    expect(states.get('forums')).toMatchObject({ state: 'in-progress', date: '2018-07-01', percent: 30, note: '第二期已办' });
    expect(states.get('forums')?.finished).toBeUndefined();
    expect(taskStates(progress, '2018-05-01').size).toBe(0);
  });

  it('words a cell in both languages', () => {
    const states = taskStates(progress, '2018-07-15');
    const iso = (d: string) => d;
    expect(stateCell(states.get('forums'), 'zh', iso)).toBe('推进中（30%）');
    expect(stateCell(states.get('forums'), 'en', iso)).toBe('in progress (30%)');
    expect(stateCell(taskStates(progress).get('forums'), 'zh', iso)).toBe('已完成（2018-08-01）');
    expect(stateCell(taskStates(progress).get('forums'), 'en', iso)).toBe('done 2018-08-01');
    expect(stateCell(undefined, 'zh', iso)).toBe('未报送');
    expect(stateCell(undefined, 'en', iso)).toBe('not reported');
  });
});
