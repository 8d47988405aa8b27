import { describe, expect, it } from 'vitest';
import { summaryHtmlEmitter } from '../../../../src/emit/emitters/summary-html.js';
import { summaryMdEmitter } from '../../../../src/emit/emitters/summary-md.js';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';
import { textOf } from '../../../helpers/text-of.js';

const plan = samplePlan({ locale: 'en', source: { period: 'May to year end' } });
const contents = (path: string): string =>
  textOf(
    [summaryHtmlEmitter, summaryMdEmitter, unitListsEmitter].flatMap((e) => e.emit({ plan, generatedAt: GENERATED_AT })).find((a) => a.path === path),
  );

describe('locale en', () => {
  it('labels the HTML summary in English', () => {
    const html = contents('summary.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<dt>Issued by</dt>');
    expect(html).toContain('<h2>Timeline</h2>');
    expect(html).toContain('<th>Lead</th><th>Support</th><th>Dates</th><th>Due</th></tr>');
    expect(html).toContain('<h2>Dated events</h2>');
    expect(html).toContain('<h2>Ongoing measures</h2>');
    expect(html).toContain('>May</text>');
    expect(html).toContain('<td>20 May</td>');
    expect(html).toContain('May to year end (1 May 2018 – 31 Dec 2018)');
    expect(html).toContain('<span class="approx">(approx.)</span>');
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
    expect(html).not.toMatch(/牵头|配合|阶段任务|完成时限/);
  });

  it('labels the Markdown summary and the unit lists in English', () => {
    const md = contents('summary.md');
    expect(md).toContain('| No. | Task | Lead | Support | Dates | Due | Original wording |');
    expect(md).toContain('| 1.2 | 报送工作方案 |');
    expect(md).toContain('## Tasks by unit and phase');
    const unit = contents('units/xuanchuan.md');
    expect(unit.startsWith('# Tasks of 宣传条线\n')).toBe(true);
    expect(unit).toContain('## Tasks led (3)');
    expect(unit).toContain('## Tasks supported (1)');
    const csv = contents('units/xuanchuan.csv');
    expect(csv.startsWith('\uFEFFRole,Phase,Task id,Task,Lead,Support,Start,End,Due,Original wording\r\n')).toBe(true);
    expect(csv).toContain('\r\nsupport,');
  });
});
