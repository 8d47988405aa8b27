import { describe, expect, it } from 'vitest';
import { createSummaryMmdEmitter, summaryMmdEmitter } from '../../../../src/emit/emitters/summary-mmd.js';
import { mermaidText } from '../../../../src/emit/summary/mermaid.js';
import type { ResolvedPlan } from '../../../../src/model/plan.js';
import { GENERATED_AT, hostilePlan } from './fixtures.js';
import { xietangPlan } from './xietang.js';

const render = (plan: ResolvedPlan, emitter = summaryMmdEmitter): string => emitter.emit({ plan, generatedAt: GENERATED_AT })[0]?.contents ?? '';

// The statements Mermaid's gantt grammar knows; everything else must be a task line.
const STATEMENT = /^(gantt|    (title|dateFormat|axisFormat|section) .+|    .+ :(milestone, )?[tm]\d+, \d{4}-\d\d-\d\d, (\d{4}-\d\d-\d\d|0d)|%% .+)$/;

describe('summary.mmd', () => {
  const plan = xietangPlan();
  const mmd = render(plan);

  it('is a Mermaid gantt chart: a section per phase, then the measures', () => {
    expect(mmd.startsWith('gantt\n    title 斜塘街道解放思想大讨论活动实施方案\n    dateFormat YYYY-MM-DD\n')).toBe(true);
    const sections = mmd.split('\n').filter((l) => l.startsWith('    section '));
    expect(sections).toEqual([...plan.phases.map((p, i) => `    section ${i + 1}. ${p.title}`), '    section 长期措施']);
    for (const line of mmd.trimEnd().split('\n')) expect(line).toMatch(STATEMENT);
  });

  it('draws every task, with Mermaid’s exclusive end (the day after the plan’s last day)', () => {
    for (const t of [...plan.phases.flatMap((p) => p.tasks), ...plan.measures]) {
      const line = mmd.split('\n').find((l) => l.includes(` :t`) && l.includes(mermaidText(t.title)));
      expect(line, t.title).toBeDefined();
      expect(line).toContain(`, ${t.start}, `);
    }
    expect(mmd).toContain('    1.(1) 召开街道党工委会议精心策划部署 :t1, 2018-05-01, 2018-06-01\n');
  });

  it('marks dated events as milestones', () => {
    expect(mmd).toMatch(/ :milestone, m\d+, 2018-12-18, 0d\n/);
    expect(mmd).toMatch(/ :milestone, m\d+, 2018-12-20, 0d\n/);
  });

  it('turns Mermaid syntax in user text into full-width look-alikes', () => {
    expect(mermaidText('a: b; #1 %% <b>`x`</b>\nnext')).toBe('a： b； ＃1 ％％ ＜b＞｀x｀＜/b＞ next');
    expect(mermaidText('  ')).toBe('-');
    const hostile = render(hostilePlan({ title: 'click t1 href "javascript:alert(1)"' }));
    expect(hostile).toContain('    title click t1 href "javascript：alert(1)"\n');
    for (const line of hostile.trimEnd().split('\n')) expect(line).toMatch(STATEMENT);
    expect(hostile).not.toMatch(/<script/i);
  });

  it('bounds the chart and says in a comment how many tasks it leaves out', () => {
    const small = render(plan, createSummaryMmdEmitter({ maxTaskRows: 4 }));
    expect(small.match(/ :t\d+, /g)).toHaveLength(8);
    expect(small).toContain('%% 另有 18 项任务未在图中列出，详见下文任务表。\n');
  });
});
