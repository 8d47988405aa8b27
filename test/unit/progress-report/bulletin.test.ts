import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { progressReport } from '../../../src/progress/report-model.js';
import { bulletinOf } from '../../../src/progress-report/bulletin.js';
import { renderDocx } from '../../../src/progress-report/docx.js';
import { renderHtml } from '../../../src/progress-report/html.js';
import { renderXlsx } from '../../../src/progress-report/xlsx.js';
import { xietangReport } from '../../helpers/progress-report.js';
import { samplePlan } from '../../helpers/sample-plan.js';

describe('the printable 督办 report', () => {
  const report = xietangReport('2018-11-28');

  it('is the same bytes in any time zone, in every format; Word is dated the report’s day, not the clock', () => {
    const render = () => [renderHtml, renderDocx, renderXlsx].map((r) => Buffer.from(r({ report, language: 'zh' })));
    const zone = process.env.TZ;
    let first: Buffer[];
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      first = render();
      process.env.TZ = 'America/Los_Angeles';
      const second = render();
      first.forEach((bytes, i) => expect(bytes.equals(second[i]!), `format ${i}`).toBe(true));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const core = strFromU8(unzipSync(new Uint8Array(first[1]!))['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2018-11-28T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>关于《斜塘街道解放思想大讨论活动实施方案》工作进展情况的通报</dc:title>');
  });

  it('numbers the sections, says none for an empty list and has no external resource', () => {
    const early = String(renderHtml({ report: xietangReport('2018-05-20'), language: 'zh' }));
    expect(early).toContain('<h2>三、逾期未完成任务</h2>\n<p class="none">无。</p>');
    expect(early).not.toMatch(/\b(src|href)=|url\((?!#)|@import/);
  });

  it('cuts a long units chart into blocks that each fit a page, one scale, one legend at the end', () => {
    const many = { ...report, units: Array.from({ length: 65 }, (_, i) => ({ ...report.units[i % report.units.length]!, key: `u${i}`, name: `单位${i}` })) };
    const html = String(renderHtml({ report: many, language: 'zh' }));
    const blocks = html.match(/<svg class="units-chart"[^]*?<\/svg>/g) ?? [];
    expect(blocks.map((b) => (b.match(/<g class="bar"/g) ?? []).length)).toEqual([30, 30, 5]);
    expect(blocks.map((b) => b.includes('<g class="legend">'))).toEqual([false, false, true]);
    expect((html.match(/<pattern id="bar-behind"/g) ?? []).length).toBe(1);
    // 宣传条线's 14 tasks are as long in the third block as in the first.
    const widthOf = (block: string, unit: string) => new RegExp(`data-unit="${unit}"[^]*?width="([\\d.]+)"`).exec(block)?.[1];
    expect(widthOf(blocks[2]!, '单位61')).toBe(widthOf(blocks[0]!, '单位1'));
  });

  it('speaks English under en, with English dates', () => {
    const english = bulletinOf(xietangReport('2018-11-28', 'en'), 'en');
    expect(english.title).toBe('Progress report on “斜塘街道解放思想大讨论活动实施方案”');
    expect(english.asOfLine).toBe('(as of 28 Nov 2018)');
    expect(english.sections[0]!.paragraphs[0]).toBe('Of 26 tasks in all, 8 are done (2 of them late), 12 on track, 1 behind, 3 overdue, 1 paused, 1 cancelled, 7 not reported for over 30 days.');
    expect(english.sections.map((s) => s.heading)).toEqual(['Overall progress', 'Progress by unit', 'Overdue tasks', 'Falling due in the next 14 days', 'Finished late', 'Not reported for over 30 days']);
  });

  it('names several plans in one title and labels each phase and listed task with its plan', () => {
    const xietang = xietangReport('2018-11-28');
    const sample = samplePlan();
    const both = { ...xietang, ...progressReport([{ plan: sample }], { asOf: '2018-11-28' }) };
    const combined = { ...both, plans: [...xietang.plans, ...both.plans], phases: [...xietang.phases, ...both.phases], silent: [...xietang.silent, ...both.silent] };
    const bulletin = bulletinOf(combined, 'zh');
    expect(bulletin.title).toBe('关于《斜塘街道解放思想大讨论活动实施方案》等2个方案工作进展情况的通报');
    const overall = bulletin.sections[0]!.table;
    expect(overall.groupHeading).toBe('所属方案');
    expect(new Set(overall.rows.filter((r) => !r.total).map((r) => r.group))).toEqual(new Set(['斜塘街道解放思想大讨论活动实施方案', sample.title]));
    const silent = bulletin.sections.find((s) => s.key === 'silent')!.table;
    expect(silent.columns.map((c) => c.heading)).toContain('所属方案');
    expect(silent.rows.map((r) => r.cells[2])).toContain(sample.title);
    // Different issuers: no one signs for both.
    expect(bulletinOf({ ...combined, plans: [combined.plans[0]!, { ...combined.plans[1]!, issuer: '别的单位' }] }, 'zh').issuer).toBeUndefined();
  });
});
