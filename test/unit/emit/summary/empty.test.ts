import { describe, expect, it } from 'vitest';
import { summaryHtmlEmitter } from '../../../../src/emit/emitters/summary-html.js';
import { summaryMdEmitter } from '../../../../src/emit/emitters/summary-md.js';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';

describe('a plan with nothing in it yet', () => {
  const base = samplePlan();
  const plan = samplePlan({ phases: [], measures: [], units: base.units.slice(0, 1) });
  const { issuer: _issuer, issued: _issued, ...rest } = plan;
  const bare = { ...rest, source: {} };

  it('still renders every output, saying there is nothing', () => {
    for (const p of [plan, bare]) {
      const html = summaryHtmlEmitter.emit({ plan: p, generatedAt: GENERATED_AT })[0]?.contents ?? '';
      expect(html).toContain('<h2>重要日程</h2>\n<p>无</p>');
      expect(html).not.toContain('class="phase-bar"');
      const md = summaryMdEmitter.emit({ plan: p, generatedAt: GENERATED_AT })[0]?.contents ?? '';
      expect(md).toContain('## 长期措施\n\n无\n');
      const unit = unitListsEmitter.emit({ plan: p, generatedAt: GENERATED_AT });
      expect(unit.map((a) => a.path)).toEqual(['units/dangzheng.md', 'units/dangzheng.csv']);
      expect(unit[0]?.contents).toContain('## 牵头任务 (0)\n\n无\n');
    }
    const html = summaryHtmlEmitter.emit({ plan: bare, generatedAt: GENERATED_AT })[0]?.contents ?? '';
    expect(html).not.toContain('发文单位');
    expect(html).toContain('<dt>实施期间</dt><dd>2018年5月1日至2018年12月31日</dd>');
  });
});
