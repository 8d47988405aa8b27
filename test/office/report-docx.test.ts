import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/progress-report/docx.js';
import { xietangReport } from '../helpers/progress-report.js';
import { officeToolsMissing } from './office-tools.js';

// The 督办 report's Word document opened by a real office suite: LibreOffice converts it to PDF,
// poppler-utils reads the PDF back. CI installs both (.ci/run) and must run this; a developer
// machine without LibreOffice skips it and says why.

const missing = officeToolsMissing('test/office/report-docx');

const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe.skipIf(missing !== undefined)('the 斜塘 2018 督办 report as .docx, opened by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-report-docx-'));
  const report = xietangReport('2018-11-28');
  const english = xietangReport('2018-11-28', 'en');
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  const pages = (name: string) => Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }))?.[1]);
  const pageText = (name: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf(name), '-'], { encoding: 'utf8' });
  const allText = (name: string) => squeeze(execFileSync('pdftotext', [pdf(name), '-'], { encoding: 'utf8' }));

  beforeAll(() => {
    writeFileSync(join(dir, 'report.docx'), renderDocx({ report, language: 'zh' }));
    writeFileSync(join(dir, 'report-en.docx'), renderDocx({ report: english, language: 'en' }));
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx'), join(dir, 'report-en.docx')], {
      stdio: 'ignore',
      timeout: 180_000,
    });
  }, 200_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints on A4 with page numbers — 1 —', () => {
    for (const name of ['report', 'report-en']) {
      expect(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' })).toMatch(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/m);
    }
    expect(squeeze(pageText('report', 1))).toContain('—1—');
  });

  it('has the title, the 截至 line, the totals and the six headings 一、 to 六、', () => {
    const text = allText('report');
    expect(text).toContain('关于《斜塘街道解放思想大讨论活动实施方案》工作进展情况的通报');
    expect(text).toContain('（截至2018年11月28日）');
    expect(text).toContain('共26项任务，已完成8项（其中逾期完成2项）');
    for (const heading of ['一、总体推进情况', '二、各单位推进情况', '三、逾期未完成任务', '四、近14天内到期任务', '五、逾期完成任务', '六、超过30天未报送进展的任务']) expect(text).toContain(heading);
  });

  it('lists every overdue task under its lead unit, and every unit of the plan', () => {
    const text = allText('report');
    expect(report.overdueByUnit.length).toBeGreaterThan(1);
    for (const unit of report.overdueByUnit) {
      expect(text).toContain(squeeze(unit.name));
      for (const item of unit.items) expect(text).toContain(squeeze(item.task.title).slice(0, 10));
    }
    for (const unit of report.units) expect(text).toContain(squeeze(unit.name));
  });

  it('repeats a table’s header row on the page it runs onto', () => {
    // The units table starts on page 1 and runs onto page 2 (one unit row there, so it must carry its header).
    const count = pages('report');
    expect(count).toBeGreaterThan(1);
    for (let page = 2; page <= count; page++) {
      const lines = pageText('report', page).split('\n').filter((line) => line.trim() !== '');
      // A page that starts inside a table starts with its header (序号 任务 … or 单位 任务数 …), not
      // a bare row; the header's cells wrap over a few lines, read across by pdftotext.
      if (!/^\s*[一二三四五六]、/.test(lines[0] ?? '')) expect(squeeze(lines.slice(0, 4).join('')), `page ${page}`).toMatch(/序号|任务数/);
    }
  });

  it('says it in English under language en', () => {
    const text = allText('report-en');
    expect(text).toContain(squeeze('Progress report on “斜塘街道解放思想大讨论活动实施方案”'));
    expect(text).toContain(squeeze('(as of 28 Nov 2018)'));
    expect(text).toContain('3.Overduetasks');
  });
});
