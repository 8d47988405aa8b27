import { describe, expect, it } from 'vitest';
import { summaryHtmlEmitter } from '../../../../src/emit/emitters/summary-html.js';
import { summaryMdEmitter } from '../../../../src/emit/emitters/summary-md.js';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { GENERATED_AT } from './fixtures.js';
import { xietangPlan } from './xietang.js';

describe('the 斜塘 2018 plan', () => {
  const plan = xietangPlan();
  const artifacts = [summaryHtmlEmitter, summaryMdEmitter, unitListsEmitter].flatMap((e) =>
    e.emit({ plan, generatedAt: GENERATED_AT }),
  );
  const get = (path: string): string => artifacts.find((a) => a.path === path)?.contents ?? '';

  it('has the 4 phases, 22 tasks and 4 measures the document has', () => {
    expect(plan.phases.map((p) => p.tasks.length)).toEqual([5, 7, 5, 5]);
    expect(plan.measures).toHaveLength(4);
  });

  it('puts every task and measure in both summaries, and each in its lead units\' lists', () => {
    const html = get('summary.html');
    const md = get('summary.md');
    for (const t of [...plan.phases.flatMap((p) => p.tasks), ...plan.measures]) {
      expect(html).toContain(t.title.replace(/&/g, '&amp;'));
      expect(md).toContain(t.title.replace(/\*/g, '\\*'));
      for (const id of t.lead) expect(get(`units/${id}.md`)).toContain(t.title.replace(/\*/g, '\\*'));
    }
    expect(html).toContain('从2018年5月开始到2018年年底（2018年5月1日至2018年12月31日）');
  });

  it('marks 12月20日前后 approximate in the events of the summary and of 宣传条线', () => {
    expect(get('summary.html')).toContain('12月20日 <span class="approx">(前后)</span>');
    expect(get('units/xuanchuan.md')).toContain('| 12月20日 (前后) (2018-12-20) | 全天 | 省委、省政府召开庆祝改革开放40周年座谈会 |');
  });

  it('counts 纪检条线: 1 led in phase 3, 3 in phase 4', () => {
    expect(get('summary.md')).toContain('| 纪检条线 |  |  | 1 / 0 | 3 / 0 |  | 4 / 0 |');
  });
});

describe('the 斜塘 2018 timeline', () => {
  it('keeps every bar and mark inside the chart area, and rows in order', () => {
    const html = summaryHtmlEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT })[0]?.contents ?? '';
    const rects = [...html.matchAll(/<rect class="(?:phase|task)-bar[^"]*" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    expect(rects).toHaveLength(4 + 22);
    let lastY = -1;
    for (const [x = 0, y = 0, w = 0] of rects) {
      expect(x).toBeGreaterThanOrEqual(250);
      expect(x + w).toBeLessThanOrEqual(712.05);
      expect(y).toBeGreaterThan(lastY);
      lastY = y;
    }
    const marks = [...html.matchAll(/<path class="mark" d="M([\d.]+) /g)].map((m) => Number(m[1]));
    expect(marks).toHaveLength(2);
    for (const x of marks) expect(x).toBeGreaterThan(650);
  });

  it('draws the 12月18日 and 12月20日 marks side by side, not on top of each other', () => {
    const html = summaryHtmlEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT })[0]?.contents ?? '';
    // Each diamond is 8 units wide (M x y l4 5-4 5-4-5z); the two dates are ~4 units apart on the scale.
    const marks = [...html.matchAll(/<path class="mark" d="M([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(marks).toHaveLength(2);
    const [[x1 = 0, y1 = 0] = [], [x2 = 0, y2 = 0] = []] = marks;
    expect(y1).toBe(y2);
    expect(Math.abs(x2 - x1)).toBeGreaterThanOrEqual(8);
  });

  it('lists in the legend only what the timeline draws (no task of this plan is ongoing)', () => {
    const html = summaryHtmlEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT })[0]?.contents ?? '';
    expect(html).not.toMatch(/class="task-bar ongoing"/);
    const legend = /<p class="legend">.*<\/p>/.exec(html)?.[0] ?? '';
    expect(legend).toContain('阶段');
    expect(legend).toContain('l-task');
    expect(legend).toContain('l-mark');
    expect(legend).not.toContain('l-ongoing');
    expect(legend).not.toContain('长期措施');
  });
});
