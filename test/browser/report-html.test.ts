import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, htmlToPdf } from '../../src/pdf/print.js';
import { renderHtml } from '../../src/progress-report/html.js';
import { browserToolsMissing } from './browser-tools.js';
import { xietangReport } from '../helpers/progress-report.js';

// The printable 督办 report in a real browser: Chromium lays the page out at A4 print width and
// prints it; the chart's bars are measured where they were drawn, the PDF read back by poppler.
const missing = browserToolsMissing('test/browser/report-html');

const squeeze = (text: string): string => text.replace(/\s+/g, '');

interface Part {
  unit: string;
  standing: string;
  count: number;
  width: number;
}

describe.skipIf(missing !== undefined)('the 斜塘 2018 督办 report as HTML, in Chromium', () => {
  const report = xietangReport('2018-11-28');
  const html = String(renderHtml({ report, language: 'zh' }));
  const dir = mkdtempSync(join(tmpdir(), 'plan-report-html-'));
  const pdfPath = join(dir, 'report.pdf');
  let parts: Part[] = [];
  let legend: string[] = [];
  let pageText = '';

  beforeAll(async () => {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    const browser = await chromium.launch({ executablePath: findChromium(process.env), args: ['--disable-gpu', '--no-first-run'] });
    try {
      // 210 mm less the page margins (16 mm each side) at 96 dpi: the width the page prints at.
      const page = await browser.newPage({ viewport: { width: Math.round(((210 - 32) / 25.4) * 96), height: 1200 } });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(html, { waitUntil: 'load' });
      parts = await page.$$eval('svg.units-chart g.bar rect.part', (rects) =>
        rects.map((r) => ({
          unit: r.parentElement!.getAttribute('data-unit')!,
          standing: r.getAttribute('data-standing')!,
          count: Number(r.getAttribute('data-count')),
          width: r.getBoundingClientRect().width,
        })),
      );
      legend = await page.$$eval('svg.units-chart g.key', (keys) => keys.map((k) => k.getAttribute('data-standing')!));
      pageText = await page.innerText('body');
    } finally {
      await browser.close();
    }
    writeFileSync(pdfPath, await htmlToPdf(html, { env: process.env }));
  }, 90_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws one bar a lead unit, each part as long as its count, every unit on the same scale', () => {
    expect([...new Set(parts.map((p) => p.unit))]).toEqual(report.units.map((u) => u.name));
    for (const unit of report.units) {
      const drawn = Object.fromEntries(parts.filter((p) => p.unit === unit.name).map((p) => [p.standing, p.count]));
      const expected = Object.fromEntries((['done', 'on-track', 'behind', 'overdue', 'paused', 'cancelled'] as const).filter((s) => unit.counts[s] > 0).map((s) => [s, unit.counts[s]]));
      expect(drawn, unit.name).toEqual(expected);
    }
    const perTask = parts[0]!.width / parts[0]!.count;
    expect(perTask).toBeGreaterThan(5);
    for (const part of parts) expect(part.width / part.count, `${part.unit} ${part.standing}`).toBeCloseTo(perTask, 1);
    // 宣传条线 leads 14 tasks, 纪检条线 4: its bar is 3.5 times as long.
    const length = (unit: string) => parts.filter((p) => p.unit === unit).reduce((n, p) => n + p.width, 0);
    expect(length('宣传条线') / length('纪检条线')).toBeCloseTo(14 / 4, 2);
  });

  it('keys only the standings that occur', () => {
    const occurring = ['done', 'on-track', 'behind', 'overdue', 'paused', 'cancelled'].filter((s) => parts.some((p) => p.standing === s));
    expect(legend).toEqual(occurring);
    // Drop the one paused task's unit: its key goes too.
    const fewer = { ...report, units: report.units.filter((u) => u.counts.paused === 0) };
    expect(String(renderHtml({ report: fewer, language: 'zh' }))).not.toContain('data-standing="paused"');
  });

  it('shows every unit, every listed task and the totals on the page', () => {
    const text = squeeze(pageText);
    for (const unit of report.units) expect(text).toContain(squeeze(unit.name));
    const listed = [...report.overdueByUnit.flatMap((u) => u.items), ...report.dueSoon, ...report.finishedLate, ...report.silent];
    expect(listed.length).toBeGreaterThan(10);
    for (const item of listed) expect(text, item.task.title).toContain(squeeze(item.task.title));
    expect(text).toContain('关于《斜塘街道解放思想大讨论活动实施方案》工作进展情况的通报');
    expect(text).toContain('（截至2018年11月28日）');
    expect(text).toContain('共26项任务，已完成8项（其中逾期完成2项），正常推进12项，滞后1项，逾期未完成3项');
  });

  it('prints on A4 with every overdue task and unit in the PDF text', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/m);
    const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    for (const unit of report.overdueByUnit) {
      expect(text).toContain(squeeze(unit.name));
      for (const item of unit.items) expect(text).toContain(squeeze(item.task.title));
    }
    expect(text).toContain('第1页共');
  });
});
