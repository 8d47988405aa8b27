import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/diff/diff.js';
import { renderDiff } from '../../../src/diff/render.js';
import { titleSimilarity } from '../../../src/diff/match.js';
import { compiled } from './helpers.js';

const r1 = compiled('xietang-2018-r1.yaml').plan;
const r2 = compiled('xietang-2018-r2.yaml').plan;
const diff = diffPlans(r1, r2);
const names = new Map(r2.units.map((u) => [u.id, u.name]));

describe('plan diff on two revisions of the Xietang plan', () => {
  it('names the revisions', () => {
    expect([diff.before.revision, diff.after.revision]).toEqual([1, 2]);
    expect(diff.empty).toBe(false);
  });

  it('lists the added and removed tasks, not the renamed one', () => {
    expect(diff.tasks.added.map((t) => t.id)).toEqual(['archive-records']);
    expect(diff.tasks.removed.map((t) => t.id)).toEqual(['grassroots-showcase']);
  });

  it('recognises a renamed id by its title in the same phase', () => {
    expect(diff.tasks.renamedIds.map((r) => [r.from, r.to, r.phase])).toEqual([['collect-problems', 'solicit-problems', 'mobilize']]);
  });

  it('lists the changed title', () => {
    expect(diff.tasks.retitled).toEqual([{ id: 'leaders-reading-research', from: '部署开展班子领导读书调研活动', to: '部署开展班子领导干部读书调研活动' }]);
  });

  it('gives each deadline move in days and direction', () => {
    const moves = Object.fromEntries(diff.tasks.deadlines.map((m) => [m.task.id, [m.from, m.to, m.days, m.direction]]));
    expect(moves).toEqual({
      'convene-working-meeting': ['2018-05-31', '2018-05-18', -13, 'earlier'],
      'cadre-supervision': ['2018-12-10', '2018-11-30', -10, 'earlier'],
      // The practice phase now ends 12月中旬: its tasks without a due of their own move with it.
      'convert-outcomes': ['2018-12-10', '2018-12-20', 10, 'later'],
      'cadre-team-building': ['2018-12-10', '2018-12-20', 10, 'later'],
      'written-discussion': ['2018-12-10', '2018-12-20', 10, 'later'],
      'grassroots-party-building': ['2018-12-10', '2018-12-20', 10, 'later'],
    });
  });

  it('groups deadline moves per lead unit, in roster order', () => {
    const byUnit = diff.byUnit.map((u) => [u.unit, u.earlier.map((m) => m.task.id), u.later.map((m) => m.task.id)]);
    expect(byUnit).toEqual([
      ['dangzheng', ['convene-working-meeting'], []],
      ['xuanchuan', ['convene-working-meeting'], ['written-discussion']],
      ['jijian', ['cadre-supervision'], []],
      ['zuzhi', ['cadre-supervision'], ['cadre-team-building', 'written-discussion', 'grassroots-party-building']],
      ['dangzuzhi', [], ['convert-outcomes']],
    ]);
  });

  it('lists owner changes', () => {
    expect(diff.tasks.owners.map((o) => [o.task.id, o.leadAdded, o.leadRemoved, o.supportAdded, o.supportRemoved])).toEqual([
      ['cadre-team-building', [], [], ['jijian'], []],
      ['written-discussion', ['xuanchuan'], [], [], []],
    ]);
  });

  it('lists the changed phase window', () => {
    expect(diff.phases.windows).toEqual([
      { id: 'practice', title: '注重实践转化,提振干部干事创业精气神', from: { start: '2018-10-01', end: '2018-12-10' }, to: { start: '2018-10-01', end: '2018-12-20' } },
    ]);
    expect([diff.phases.added, diff.phases.removed, diff.phases.retitled]).toEqual([[], [], []]);
  });

  it('finds nothing between a revision and itself', () => {
    const same = diffPlans(r1, r1);
    expect(same.empty).toBe(true);
    expect(renderDiff(same, 'text', 'en', names)).toContain('No changes');
  });

  it('renders the same data as text, Markdown tables (en, zh) and JSON', () => {
    const md = renderDiff(diff, 'md', 'en', names);
    expect(md).toMatch(/^## Changes in .+: revision 1 → 2/);
    expect(md).toContain('| collect-problems | solicit-problems | 广泛征集存在问题 |');
    expect(md).toContain('| 组织条线 | cadre-supervision 加强干部日常监督和管理 | 2018-12-10 | 2018-11-30 | 10 day(s) earlier |');
    const zh = renderDiff(diff, 'md', 'zh', names);
    expect(zh).toContain('### 截止日期调整(按牵头单位)');
    expect(zh).toContain('提前 13 天');
    expect(JSON.parse(renderDiff(diff, 'json', 'en', names))).toEqual(JSON.parse(JSON.stringify(diff)));
    expect(renderDiff(diff, 'text', 'en', names)).toContain('archive-records');
  });

  it('fills every placeholder of the Chinese report (heading, windows, moves, owners) from the catalogue', () => {
    const zh = renderDiff(diff, 'text', 'zh', names).split('\n');
    expect(zh[0]).toBe(`${r2.title}的修改:第 1 稿 → 第 2 稿`);
    expect(zh).toContain('  practice  注重实践转化,提振干部干事创业精气神  2018-10-01 – 2018-12-10  2018-10-01 – 2018-12-20');
    expect(zh).toContain('  组织条线  written-discussion 组织开展街道中层以上干部书面大讨论活动  2018-12-10  2018-12-20  推迟 10 天');
    expect(zh).toContain('  cadre-team-building 选优配强干部队伍;加强高素质专业化干部队伍建设  配合 +纪检条线');
    expect(zh.join('\n')).not.toMatch(/\{\{?\w+\}\}?/);
  });

  it('escapes table cells so a title with | cannot break the Markdown table', () => {
    const piped = { ...diff, tasks: { ...diff.tasks, added: [{ ...diff.tasks.added[0]!, title: 'a|b\nc' }] } };
    expect(renderDiff(piped, 'md', 'en', names)).toContain('a\\|b c');
  });
});

describe('title similarity', () => {
  it('ignores punctuation and width, and falls with the share of edited characters', () => {
    expect(titleSimilarity('广泛征集存在问题', '广泛征集存在问题。')).toBe(1);
    expect(titleSimilarity('召开会议,部署工作', '召开会议,部署工作')).toBe(1);
    expect(titleSimilarity('广泛征集存在问题', '广泛征集存在的问题')).toBeGreaterThan(0.85);
    expect(titleSimilarity('召开动员大会', '编印学习资料汇编')).toBeLessThan(0.3);
  });
});

describe('a changed plan id', () => {
  it('is the first thing the diff says, and the diff is not empty', () => {
    const diff = diffPlans(compiled('base/plan-id-changed.old.yaml').plan, compiled('base/plan-id-changed.new.yaml').plan);
    expect(diff.empty).toBe(false);
    const text = renderDiff(diff, 'text', 'zh', new Map());
    expect(text.split('\n')[2]).toContain('方案编号改了');
    expect(text).toContain('jiefang-2018');
    expect(text).toContain('jiefang-sixiang-2018');
  });
});
