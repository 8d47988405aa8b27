import { describe, expect, it } from 'vitest';
import type { ResolvedPlan, Unit } from '../../../src/model/plan.js';
import { matchUnits } from '../../../src/multi/match-units.js';
import { planLabels } from '../../../src/multi/plan-labels.js';

const unit = (id: string, name: string, aliases: string[] = []): Unit => ({ id, name, aliases, collective: false, path: ['units', id] });
const plan = (id: string, units: Unit[], title = id): ResolvedPlan =>
  ({ file: `${id}.yaml`, id, title, units, locale: 'zh-CN', phases: [], measures: [] }) as unknown as ResolvedPlan;

describe('matchUnits', () => {
  const a = plan('a', [unit('xuanchuan', '宣传条线', ['宣传']), unit('dangzheng', '党政条线')]);
  const b = plan('b', [unit('xcb', '宣传办', ['宣传条线']), unit('office', '党政条线'), unit('shiye', '社会事业条线')]);
  const c = plan('c', [unit('xc', '宣传')]);

  it('joins units by a shared name or alias; the first plan gives the id and name', () => {
    const m = matchUnits([a, b, c]);
    expect(m.conflicts).toEqual([]);
    expect(m.units.map((u) => [u.id, u.name, u.members.map((x) => `${x.plan.id}:${x.unit.id}`)])).toEqual([
      ['xuanchuan', '宣传条线', ['a:xuanchuan', 'b:xcb', 'c:xc']],
      ['dangzheng', '党政条线', ['a:dangzheng', 'b:office']],
      ['shiye', '社会事业条线', ['b:shiye']],
    ]);
    expect(m.units[0]!.aliases).toEqual(['宣传', '宣传办']);
    expect(m.find('宣传办')?.id).toBe('xuanchuan');
    expect(m.find('office')?.id).toBe('dangzheng');
  });

  it('gives the progress report one key and name for one unit in every plan', () => {
    const m = matchUnits([a, b]);
    expect(m.unitKey(b, b.units[0]!)).toEqual({ key: 'xuanchuan', name: '宣传条线' });
    expect(m.unitKey(a, a.units[0]!)).toEqual({ key: 'xuanchuan', name: '宣传条线' });
    expect(m.unitKey(b, b.units[2]!)).toEqual({ key: 'shiye', name: '社会事业条线' });
    // A plan it was not given: the unit's own name.
    expect(m.unitKey(c, c.units[0]!)).toEqual({ key: '宣传', name: '宣传' });
  });

  it('does not join different names that share an id, and says so', () => {
    const m = matchUnits([a, plan('d', [unit('xuanchuan', '信息办')])]);
    expect(m.conflicts.map((x) => [x.kind, x.at.unit?.name, x.others.map((o) => o.unit?.name)])).toEqual([['id-conflict', '信息办', ['宣传条线']]]);
  });

  it('refuses a unit that matches two units of another plan, and a chain that joins two units of one plan', () => {
    const both = matchUnits([a, plan('e', [unit('zonghe', '综合办', ['宣传条线', '党政条线'])])]);
    expect(both.conflicts.map((x) => [x.kind, x.at.unit?.id, x.others.map((o) => o.unit?.id)])).toEqual([['ambiguous', 'zonghe', ['xuanchuan', 'dangzheng']]]);
    const chain = matchUnits([plan('f', [unit('x', '甲'), unit('y', '乙')]), plan('g', [unit('p', '丙', ['甲'])]), plan('h', [unit('q', '丁', ['丙', '乙'])])]);
    expect(chain.conflicts.map((x) => x.kind)).toContain('ambiguous');
  });

  it('refuses two plans with one id', () => {
    expect(matchUnits([a, plan('a', [])]).conflicts.map((x) => [x.kind, x.at.planIndex])).toEqual([['plan-id', 1]]);
  });
});

describe('planLabels', () => {
  it('keeps what tells the titles apart, cut at word boundaries', () => {
    expect(planLabels([plan('a', [], '斜塘街道解放思想大讨论活动实施方案'), plan('b', [], '斜塘街道基层党建工作实施方案')])).toEqual(['解放思想大讨论活动', '基层党建工作']);
  });
  it('keeps a whole title that would lose everything, and titles that would look alike', () => {
    expect(planLabels([plan('a', [], '某方案'), plan('b', [], '某方案')])).toEqual(['某方案', '某方案']);
    expect(planLabels([plan('a', [], '工作方案'), plan('b', [], '工作实施方案')])).toEqual(['工作方案', '实施']);
  });
});
