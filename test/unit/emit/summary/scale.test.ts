import { describe, expect, it } from 'vitest';
import { summaryHtmlEmitter } from '../../../../src/emit/emitters/summary-html.js';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import type { Phase, ResolvedPlan, Task } from '../../../../src/model/plan.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';
import { textOf } from '../../../helpers/text-of.js';

/** A deterministic plan with `perPhase` tasks in each of 4 phases over 200 units. */
function bigPlan(perPhase: number): ResolvedPlan {
  const units = Array.from({ length: 200 }, (_, i) => ({ id: `u${i}`, name: `单位${i}`, aliases: [], collective: false, path: [] }));
  let n = 0;
  const phases: Phase[] = Array.from({ length: 4 }, (_, p) => ({
    id: `p${p}`,
    title: `阶段${p + 1}`,
    start: '2018-01-01',
    end: '2018-12-31',
    source: {},
    path: [],
    tasks: Array.from({ length: perPhase }, (): Task => {
      const i = n++;
      const month = String(12 - (i % 12)).padStart(2, '0');
      return {
        id: `t${i}`, kind: 'task', title: `任务${i}`, lead: [`u${i % 200}`], support: [`u${(i + 1) % 200}`], phaseId: `p${p}`,
        start: `2018-${month}-01`, end: `2018-${month}-28`, due: `2018-${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
        timing: 'window', ongoing: false, occurrences: [], source: {}, path: [],
      };
    }),
  }));
  return samplePlan({ units, phases, measures: [], start: '2018-01-01', end: '2018-12-31' });
}

describe('a large plan', () => {
  const plan = bigPlan(1000);

  it('keeps the timeline bounded and says how many tasks it omits', () => {
    const html = textOf(summaryHtmlEmitter.emit({ plan, generatedAt: GENERATED_AT })[0]);
    const svg = /<svg class="gantt"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg.match(/class="phase-bar"/g)).toHaveLength(4);
    expect(svg.match(/class="task-bar/g)).toHaveLength(40);
    expect(html).toContain('另有 3960 项任务未在图中列出');
    expect(html.match(/<tr><td class="num">/g)).toHaveLength(4000);
  });

  it('gives every unit its tasks, each list sorted by due date', () => {
    const artifacts = unitListsEmitter.emit({ plan, generatedAt: GENERATED_AT });
    expect(artifacts).toHaveLength(400);
    const md = artifacts.find((a) => a.path === 'units/u7.md')?.contents ?? '';
    const leads = md.slice(md.indexOf('## 牵头任务'), md.indexOf('## 配合任务'));
    expect(leads).toContain('## 牵头任务 (20)');
    const dues = [...leads.matchAll(/\((\d{4}-\d\d-\d\d)\) \| /g)].map((m) => m[1] ?? '');
    expect(dues).toHaveLength(20);
    expect(dues).toEqual([...dues].sort());
  });
});
