import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { unitXlsxEmitter } from '../../src/emit/emitters/unit-xlsx.js';
import { indexPlan } from '../../src/emit/summary/plan-index.js';
import { baselineDifference, convertToPdf, differsFromBaseline, drawPage, officeToolsMissing, screensMissing } from '../office/office-pages.js';
import { comparePages, DPI, shrinkThird, withinTolerance } from '../office/page-compare.js';
import { withoutHeaderRow } from '../office/perturb.js';

// The 宣传条线 task list of the 斜塘 2018 plan printed by a real spreadsheet: LibreOffice turns the
// workbook into a PDF as it would print it, with the test's own fonts (test/office/test-fonts.ts),
// poppler reads the PDF back and draws page 1 to compare with test/office/baselines/. CI must run
// this; a developer machine without LibreOffice skips it and says why.
const root = fileURLToPath(new URL('../../', import.meta.url));

const missing = officeToolsMissing();
if (missing !== undefined) {
  if (process.env.CI !== undefined) throw new Error(`the .xlsx print test cannot run in CI: ${missing}`);
  console.warn(`test/browser/unit-xlsx-print skipped: ${missing}`);
}
const screens = missing === undefined ? screensMissing('test/browser/unit-xlsx-print') : undefined;

/** Text without any white space: a title wrapped over lines in a cell reads as one again. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe.skipIf(missing !== undefined)('the 宣传条线 workbook printed by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-xlsx-print-'));
  const xlsx = join(dir, 'xuanchuan.xlsx');
  const pdf = join(dir, 'xuanchuan.pdf');
  const headless = join(dir, 'xuanchuan-without-header.xlsx');
  const planPath = join(root, 'plans/xietang-2018.yaml');
  const plan = compile({ path: planPath, text: readFileSync(planPath, 'utf8') }).plan;
  if (!plan) throw new Error('the Xietang plan does not compile');
  const entry = indexPlan(plan).units.find((u) => u.unit.id === 'xuanchuan');
  const tasks = entry ? [...entry.lead, ...entry.support, ...entry.leadMeasures, ...entry.supportMeasures] : [];
  const pages: string[] = [];

  beforeAll(() => {
    const book = unitXlsxEmitter.emit({ plan, generatedAt: new Date('2018-05-01T00:00:00Z') }).find((b) => b.path === 'units/xuanchuan.xlsx');
    if (!book) throw new Error('no workbook for 宣传条线');
    writeFileSync(xlsx, book.contents);
    // Broken on purpose, converted in the same run: the baseline must tell it apart.
    writeFileSync(headless, withoutHeaderRow(book.contents as Uint8Array));
    convertToPdf([xlsx, headless], dir);
    const count = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    for (let p = 1; p <= count; p++) pages.push(execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }));
  }, 250_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is A4 landscape', () => {
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)$/m);
  });

  it('is one page wide: every column, the last included, is on every page, under the repeated header row', () => {
    expect(tasks.length).toBe(14);
    for (const page of pages) {
      expect(page).toContain('角色 阶段 序号 任务 牵头单位 配合单位 开始 结束 完成时限 原文表述');
    }
    // The last column's own cell: 三.2.(2)'s wording (论坛, 3 sessions).
    expect(squeeze(pages[0] ?? '')).toContain('时间：在8月~10月期间；次数：3');
  });

  it('prints every task of the unit, with its number and its deadline as a date', () => {
    const all = squeeze(pages.join('\n'));
    for (const info of tasks) {
      expect(all).toContain(squeeze(info.task.title));
      expect(all).toContain(info.number);
    }
    expect(all).toContain('2018年10月31日');
  });

  it('takes two pages, each with the plan, the list, the revision and its page number', () => {
    // 14 rows, several of three lines: more than one page tall, and nothing spilling to a third.
    expect(pages).toHaveLength(2);
    pages.forEach((page, i) => {
      expect(page).toContain('斜塘街道解放思想大讨论活动实施方案');
      expect(page).toContain('宣传条线任务清单');
      expect(page).toContain('修订版次：1');
      expect(page).toContain(`第 ${i + 1} 页 共 2 页`);
    });
  });

  describe.skipIf(screens !== undefined)('page 1 drawn at 50 dpi, compared with test/office/baselines/', () => {
    it('looks like its baseline', () => {
      expect(differsFromBaseline('xuanchuan-xlsx-page-1', drawPage(pdf, 1, join(dir, 'xuanchuan-page-1')))).toBeUndefined();
    });

    it('tells the page without its header row from the baseline', () => {
      const drawn = drawPage(join(dir, 'xuanchuan-without-header.pdf'), 1, join(dir, 'without-header-page-1'));
      expect(withinTolerance(baselineDifference('xuanchuan-xlsx-page-1', drawn.image))).toBe(false);
    });

    it('lets the page pass with its glyphs moved by a third or two thirds of a pixel', () => {
      // Drawn at three times the resolution and shrunk from three starting points: anti-aliasing
      // noise of the kind another build of the same software could make. The small print of the
      // list is where such noise is largest.
      const fine = drawPage(pdf, 1, join(dir, 'xuanchuan-fine'), DPI * 3).image;
      const { width, height } = drawPage(pdf, 1, join(dir, 'xuanchuan-page-1')).image;
      const at = shrinkThird(fine, 0, 0, width, height);
      for (const [x, y] of [[1, 0], [1, 1], [2, 2], [0, 2]] as const) {
        expect(withinTolerance(comparePages(at, shrinkThird(fine, x, y, width, height))), `moved by ${x}/3, ${y}/3 pixel`).toBe(true);
      }
    });
  });
});
