import { foldWidth } from '../../../src/import/fidelity.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { planToJson } from '../../../src/emit/emitters/plan-json.js';
import { allTasks, byNames, corpus, importAndCompile, repoFile } from './helpers.js';

const hand = (() => {
  const result = compile({ path: 'plans/xietang-2018.yaml', text: repoFile('plans/xietang-2018.yaml') });
  if (!result.plan) throw new Error('the hand encoding does not compile');
  return byNames(planToJson(result.plan));
})();

describe('plan import: the Xietang plan', () => {
  const imported = importAndCompile(corpus('xietang-2018-jiefang-sixiang.txt'));

  it('writes a plan that compiles without errors', () => {
    expect(imported.errors).toEqual([]);
    expect(imported.json).toBeDefined();
  });

  it('yields the phases, tasks, units and resolved dates of plans/xietang-2018.yaml (plan.json through names)', () => {
    const mine = byNames(imported.json as NonNullable<typeof imported.json>);
    expect(hand.phases.map((p) => p.tasks.length)).toEqual([5, 7, 5, 5]);
    expect(mine.plan).toEqual(hand.plan);
    expect(mine.units).toEqual(hand.units);
    expect(mine.phases).toEqual(hand.phases);
    expect(mine.measures).toEqual(hand.measures);
  });

  it('reads 4 phases with their windows, 22 tasks and 4 measures', () => {
    const { draft } = imported;
    expect(draft.phases.map((p) => p.when)).toEqual(['5月', '6月至10月', '10月至12月上旬', '12月中旬至年底']);
    expect(draft.phases.reduce((n, p) => n + p.tasks.length, 0)).toBe(22);
    expect(draft.measures).toHaveLength(4);
    expect(draft.plan.period).toBe('从2018年5月开始到2018年年底');
    expect(draft.plan.year).toBe(2018);
  });

  it('keeps the forum window and session count, and the two dated meetings as events', () => {
    const tasks = allTasks(imported.draft);
    const forums = tasks.find((t) => t.sessions !== undefined);
    expect(forums).toMatchObject({ when: '在8月~10月期间', sessions: 3, title: '举办3期“解放思想大讨论”论坛' });
    const meetings = tasks.find((t) => t.events.length > 0);
    expect(meetings?.events.map((e) => e.at)).toEqual(['2018年12月18日上午', '12月20日前后']);
  });

  it('measures take the lead the text names; 四.2 gets the plan-level lead and a TODO', () => {
    const leads = imported.draft.measures.map((m) => m.lead);
    expect(leads).toEqual([['党政条线', '宣传条线'], ['党政条线', '宣传条线'], ['宣传条线'], ['街道各党组织']]);
    expect(imported.draft.measures.map((m) => m.todos.length)).toEqual([0, 1, 0, 0]);
    expect(imported.yaml).toMatch(/- id: m2-[^]*?todo:\n\s+- 原文未写本项牵头单位,暂填全方案的牵头单位\(由…牵头\),请确定\n\s+# 四\.3\n\s+- id: m3-/);
    const collective = imported.draft.units.find((u) => u.name === '街道各党组织');
    expect(collective).toMatchObject({ collective: true, aliases: ['各级党组织'] });
  });

  it('gives readable, stable ids: the same document twice gives the same file', () => {
    const again = importAndCompile(corpus('xietang-2018-jiefang-sixiang.txt'));
    expect(again.yaml).toBe(imported.yaml);
    expect(imported.draft.units.map((u) => u.id)).toEqual(expect.arrayContaining(['dangzheng', 'xuanchuan', 'jijian', 'zuzhi']));
    expect(imported.draft.phases[0]?.tasks[0]?.id).toBe('1-1-zhaokai-jiedao-danggong');
  });

  it('starts with the schema line and keeps the prose parts under x-document', () => {
    expect(imported.yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
    const sections = imported.draft.document.sections.map((s) => s.heading);
    expect(sections).toEqual(expect.arrayContaining(['一、深刻领会解放思想大讨论活动的重大意义', '二、准确把握解放思想大讨论活动的主题和原则']));
  });

  it('reads the re-full-widthed copy (as Word or WPS has it) into the same plan, in its own characters', () => {
    const full = importAndCompile(corpus('xietang-2018-jiefang-sixiang.fullwidth.txt'));
    expect(full.errors).toEqual([]);
    const fullPlan = JSON.stringify(byNames(full.json as NonNullable<typeof full.json>));
    expect(foldWidth(fullPlan)).toEqual(JSON.stringify(byNames(imported.json as NonNullable<typeof imported.json>)));
    // Fidelity: the plan keeps the document's full-width punctuation, not a normalised copy.
    const titles = allTasks(full.draft).map((t) => t.detail ?? t.title).join('');
    expect(titles).toContain('，');
    expect(titles).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
  });
});
