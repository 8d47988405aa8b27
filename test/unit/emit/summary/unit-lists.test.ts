import { describe, expect, it } from 'vitest';
import { createUnitListsEmitter, unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import type { TextArtifact } from '../../../../src/emit/artifact.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';
import { parseCsv } from './rfc4180.js';

const plan = samplePlan();
const artifacts = unitListsEmitter.emit({ plan, generatedAt: GENERATED_AT });
const byPath = new Map<string, TextArtifact>(artifacts.map((a) => [a.path, a]));
const file = (path: string): string => {
  const artifact = byPath.get(path);
  if (!artifact) throw new Error(`no ${path}`);
  return artifact.contents;
};
/** The Markdown section under `## heading`, up to the next `## `. */
const section = (md: string, heading: string): string => {
  const start = md.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const next = md.indexOf('\n## ', start + 3);
  return md.slice(start, next < 0 ? undefined : next);
};

describe('units/<id>.md and .csv', () => {
  it('writes a Markdown and a CSV file for every unit', () => {
    expect(artifacts.map((a) => `${a.path} ${a.mediaType}`)).toEqual(
      plan.units.flatMap((u) => [`units/${u.id}.md text/markdown`, `units/${u.id}.csv text/csv`]),
    );
  });

  it('separates what a unit leads from what it supports', () => {
    const md = file('units/xuanchuan.md');
    expect(md.startsWith('# 宣传条线任务清单\n')).toBe(true);
    const leads = section(md, '牵头任务');
    const supports = section(md, '配合任务');
    expect(leads).toContain('## 牵头任务 (3)');
    for (const title of ['召开街道党工委会议', '举办3期“解放思想大讨论”论坛', '认真组织好中央和省重要庆祝活动']) {
      expect(leads).toContain(title);
      expect(supports).not.toContain(title);
    }
    expect(supports).toContain('## 配合任务 (1)');
    expect(supports).toContain('| 5月20日 (2018-05-20) | 1.(2) | 报送工作方案 | 强化宣传发动,形成广泛思想共识 |');
    expect(leads).not.toContain('报送工作方案');
  });

  it('sorts each list by due date, not plan order', () => {
    const md = file('units/dangzuzhi.md');
    const leads = section(md, '牵头任务');
    expect(leads.indexOf('报送工作方案')).toBeLessThan(leads.indexOf('每月报送进展情况'));
    const dues = [...leads.matchAll(/^\| [^|]+ \((\d{4}-\d\d-\d\d)\) \|/gm)].map((m) => m[1]);
    expect(dues).toEqual(['2018-05-20', '2018-12-28']);
    expect(md).toContain('- 集体单位，由所属各组织分别落实');
  });

  it("lists the unit's dated events and ongoing measures", () => {
    const md = file('units/xuanchuan.md');
    const events = section(md, '重要日程');
    expect(events).toContain('| 12月18日 (2018-12-18) | 09:00–12:00 | 收听收看庆祝改革开放40周年大会 |');
    expect(events).toContain('| 12月20日 (前后) (2018-12-20) | 全天 |');
    expect(section(md, '长期措施')).toContain('| 牵头 | 营造浓厚氛围 | 宣传条线 |');
    const other = file('units/dangzheng.md');
    expect(section(other, '重要日程')).toContain('无');
    expect(section(other, '长期措施')).toContain('无');
  });

  it('writes CSV with a BOM, CRLF line ends and rows that parse back', () => {
    const csv = file('units/xuanchuan.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['角色', '阶段', '任务编号', '任务', '牵头单位', '配合单位', '开始', '结束', '完成时限', '原文表述'],
      ['牵头', '强化宣传发动,形成广泛思想共识', 'convene', plan.phases[0]?.tasks[0]?.title, '党政条线、宣传条线', '', '2018-05-01', '2018-05-31', '2018-05-31', '时间：5月'],
      ['牵头', '深化学习讨论', 'forums', '举办3期“解放思想大讨论”论坛', '党政条线、宣传条线', '', '2018-08-01', '2018-10-31', '2018-10-31', '时间：在8月~10月期间；次数：3'],
      ['牵头', '深化学习讨论', 'celebrations', '认真组织好中央和省重要庆祝活动的收听收看和学习讨论', '宣传条线', '', '2018-12-11', '2018-12-31', '2018-12-31', '时间：12月中旬至年底'],
      ['配合', '强化宣传发动,形成广泛思想共识', 'report', '报送工作方案', '街道各党组织', '宣传条线', '2018-05-01', '2018-05-20', '2018-05-20', '时限：5月20日前'],
      ['牵头', '长期措施', 'atmosphere', '营造浓厚氛围', '宣传条线', '', '2018-05-01', '2018-12-31', '2018-12-31', '时间：长期坚持'],
    ]);
    // RFC 4180: a field with a comma is quoted.
    expect(csv).toContain(',"强化宣传发动,形成广泛思想共识",');
  });

  it('can leave the CSV out', () => {
    const mdOnly = createUnitListsEmitter({ csv: false }).emit({ plan, generatedAt: GENERATED_AT });
    expect(mdOnly.every((a) => a.path.endsWith('.md'))).toBe(true);
    expect(mdOnly).toHaveLength(plan.units.length);
  });

  it('renders identical bytes twice', () => {
    const again = unitListsEmitter.emit({ plan: samplePlan(), generatedAt: GENERATED_AT });
    expect(again).toEqual(artifacts);
  });
});
