import { describe, expect, it } from 'vitest';
import { summaryMdEmitter } from '../../../../src/emit/emitters/summary-md.js';
import type { ResolvedPlan } from '../../../../src/model/plan.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';

function render(plan: ResolvedPlan): string {
  const artifacts = summaryMdEmitter.emit({ plan, generatedAt: GENERATED_AT });
  expect(artifacts.map((a) => [a.path, a.mediaType])).toEqual([['summary.md', 'text/markdown']]);
  return artifacts[0]?.contents ?? '';
}

describe('summary.md', () => {
  const plan = samplePlan();
  const md = render(plan);

  it('starts with the title block', () => {
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# 示例街道解放思想大讨论活动实施方案',
      '',
      '- **发文单位**：示例街道党工委',
      '- **实施期间**：2018年5月至年底（2018年5月1日至2018年12月31日） (2018-05-01..2018-12-31)',
      '- **印发日期**：2018年5月2日 (2018-05-02)',
      '- **修订版次**：1',
      '',
      '## 阶段任务',
    ]);
  });

  it('has one section and one table per phase, with every task', () => {
    expect(md).toContain('### 1. 强化宣传发动,形成广泛思想共识\n');
    expect(md).toContain('### 2. 深化学习讨论\n');
    expect(md.match(/^\| 序号 \| 任务 \| 牵头单位 \| 配合单位 \| 时间 \| 完成时限 \| 原文表述 \|$/gm)).toHaveLength(2);
    expect(md).toContain(
      '| 1.(2) | 报送工作方案 | 街道各党组织 | 宣传条线 | 5月1日至5月20日 (2018-05-01..2018-05-20) | 5月20日 (2018-05-20) | 时限：5月20日前 |',
    );
    for (const task of plan.phases.flatMap((p) => p.tasks)) expect(md).toContain(`| ${task.title} |`);
  });

  it('has well-formed tables: every row of a table has the same number of cells', () => {
    const tables = md.split(/\n\n/).filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      const widths = table.trimEnd().split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(widths).size, table).toBe(1);
    }
  });

  it('has the unit matrix, dated events and measures', () => {
    expect(md).toContain('| 单位 | 1. 强化宣传发动,形成广泛思想共识 | 2. 深化学习讨论 | 长期措施 | 合计 |');
    expect(md).toContain('| 宣传条线 | 1 / 1 | 2 / 0 | 1 / 0 | 4 / 1 |');
    expect(md).toContain('| 12月18日 (2018-12-18) | 09:00–12:00 | 收听收看庆祝改革开放40周年大会 |');
    expect(md).toContain('| 12月20日 (前后) (2018-12-20) | 全天 | 省委、省政府召开庆祝改革开放40周年座谈会 |');
    expect(md).toContain('## 长期措施\n');
    expect(md).toContain('| 1 | 营造浓厚氛围 | 宣传条线 |  | 5月1日至12月31日 (2018-05-01..2018-12-31); 长期坚持 | 时间：长期坚持 |');
  });

  it('escapes Markdown in the original wording (~ would strike through)', () => {
    expect(md).toContain('时间：在8月\\~10月期间；次数：3');
  });

  it('ends with one newline and renders identical bytes twice', () => {
    expect(md.endsWith('|\n')).toBe(true);
    expect(render(samplePlan())).toBe(md);
  });
});
