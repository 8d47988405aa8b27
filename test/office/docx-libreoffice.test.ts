import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { summaryDocxEmitter } from '../../src/emit/emitters/summary-docx.js';
import { unitDocxEmitter } from '../../src/emit/emitters/unit-docx.js';
import { indexPlan } from '../../src/emit/summary/plan-index.js';
import { paths } from '../../src/paths.js';
import { baselineDifference, convertToPdf, differsFromBaseline, drawPage, officeToolsMissing, screensMissing } from './office-pages.js';
import { comparePages, DPI, shrinkThird, withinTolerance } from './page-compare.js';
import { pushedOnePage, withBoxesForGlyphs, withoutLastColumn } from './perturb.js';

// summary.docx and a unit's .docx opened by a real office suite: LibreOffice converts them to
// PDF with the test's own fonts (test/office/test-fonts.ts), poppler-utils reads the PDF back and
// draws pages that are compared with test/office/baselines/. CI installs all of it (.ci/run) and
// must run this; a developer machine without LibreOffice skips it and says why.

const missing = officeToolsMissing();
if (missing !== undefined) {
  if (process.env.CI) throw new Error(`office tests cannot run in CI: ${missing}`);
  console.warn(`test/office skipped: ${missing}`);
}

const screens = missing === undefined ? screensMissing('test/office/docx-libreoffice') : undefined;

/** Text with all whitespace taken out: a title wrapped over two lines still reads as one. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe.skipIf(missing !== undefined)('the 斜塘 2018 .docx files opened by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-office-'));
  const planPath = join(paths.packageRoot, 'plans/xietang-2018.yaml');
  const plan = compile({ path: planPath, text: readFileSync(planPath, 'utf8') }).plan!;
  const generatedAt = new Date('2018-05-01T00:00:00Z');
  const unit = indexPlan(plan).units.find((u) => u.unit.id === 'xuanchuan')!;
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  const pdfText = (name: string, page?: number) =>
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf(name), '-'], { encoding: 'utf8' });

  beforeAll(() => {
    const summaryDocx = summaryDocxEmitter.emit({ plan, generatedAt })[0]!.contents as Uint8Array;
    const unitDocx = unitDocxEmitter.emit({ plan, generatedAt }).find((a) => a.path === 'units/xuanchuan.docx')!.contents as Uint8Array;
    const documents: Record<string, Uint8Array> = {
      summary: summaryDocx,
      xuanchuan: unitDocx,
      // Broken on purpose, converted in the same run: the baselines must tell them apart.
      'xuanchuan-without-last-column': withoutLastColumn(unitDocx),
      'xuanchuan-boxes': withBoxesForGlyphs(unitDocx),
      'summary-pushed': pushedOnePage(summaryDocx),
    };
    for (const [name, bytes] of Object.entries(documents)) writeFileSync(join(dir, `${name}.docx`), bytes);
    convertToPdf(Object.keys(documents).map((name) => join(dir, `${name}.docx`)), dir);
  }, 250_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints them on A4', () => {
    for (const name of ['summary', 'xuanchuan']) {
      expect(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' })).toMatch(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/m);
    }
  });

  it('shows every task title and every unit named in the plan, in the summary', () => {
    const text = squeeze(pdfText('summary'));
    const titles = [...plan.phases.flatMap((p) => p.tasks), ...plan.measures].map((t) => squeeze(t.title));
    expect(titles.filter((title) => !text.includes(title))).toEqual([]);
    const named = new Set([...plan.phases.flatMap((p) => p.tasks), ...plan.measures].flatMap((t) => [...t.lead, ...t.support]));
    expect(plan.units.filter((u) => named.has(u.id) && !text.includes(squeeze(u.name))).map((u) => u.name)).toEqual([]);
  });

  it('prints page numbers — 1 — and the annex table with its 完成时限 column on the annex page', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf('summary')], { encoding: 'utf8' }))?.[1]);
    expect(squeeze(pdfText('summary', 1))).toContain('—1—');
    const annexPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) => /^\s*附件\s*$/m.test(pdfText('summary', page)));
    expect(annexPage).toBeDefined();
    const annex = pdfText('summary', annexPage);
    for (const heading of ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']) expect(annex).toContain(heading);
    expect(annex).toContain('5 月 31 日');
  });

  it('shows the unit its own tasks: its name in the title, each of its task titles, a 完成时限 and a 角色 column', () => {
    const text = pdfText('xuanchuan');
    expect(squeeze(text)).toContain(`${unit.unit.name}任务清单`);
    expect(text).toContain('完成时限');
    expect(text).toContain('角色');
    // A title wraps inside its cell, and pdftotext reads the row across: look for its first line's worth.
    const raw = squeeze(execFileSync('pdftotext', [pdf('xuanchuan'), '-'], { encoding: 'utf8' }));
    const titles = [...unit.lead, ...unit.support, ...unit.leadMeasures, ...unit.supportMeasures].map((t) => squeeze(t.task.title).slice(0, 8));
    expect(titles.filter((title) => !raw.includes(title))).toEqual([]);
  });

  describe.skipIf(screens !== undefined)('pages drawn at 50 dpi, compared with test/office/baselines/', () => {
    // Page 1 of each; page 11 is the summary's annex table (its page number is part of the layout).
    const ANNEX_PAGE = 11;
    const PAGES = [
      { name: 'summary-page-1', pdf: 'summary', page: 1 },
      { name: 'summary-page-11-annex', pdf: 'summary', page: ANNEX_PAGE },
      { name: 'xuanchuan-docx-page-1', pdf: 'xuanchuan', page: 1 },
    ] as const;
    const draw = (name: string, page: number) => drawPage(pdf(name), page, join(dir, `${name}-page-${page}`));

    it('look like their baselines', () => {
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf('summary')], { encoding: 'utf8' }))?.[1]);
      const annexPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) => /^\s*附件\s*$/m.test(pdfText('summary', page)));
      expect(annexPage, `the annex table starts on page ${annexPage}, its baseline is page ${ANNEX_PAGE}: if that move is intended, change ANNEX_PAGE and redraw the baselines`).toBe(ANNEX_PAGE);
      const problems = PAGES.map(({ name, pdf: document, page }) => differsFromBaseline(name, draw(document, page))).filter((problem) => problem !== undefined);
      expect(problems).toEqual([]);
    });

    it('tell a lost column, boxes for glyphs and the annex pushed to the next page from the baselines', () => {
      const broken = [
        baselineDifference('xuanchuan-docx-page-1', draw('xuanchuan-without-last-column', 1).image),
        baselineDifference('xuanchuan-docx-page-1', draw('xuanchuan-boxes', 1).image),
        baselineDifference('summary-page-1', draw('summary-pushed', 1).image),
        baselineDifference('summary-page-11-annex', draw('summary-pushed', ANNEX_PAGE).image),
      ];
      expect(broken.map(withinTolerance)).toEqual([false, false, false, false]);
    });

    it('let the annex table pass with its glyphs moved by a third or two thirds of a pixel', () => {
      // Drawn at three times the resolution and shrunk from three starting points: anti-aliasing
      // noise of the kind another build of the same software could make.
      const fine = drawPage(pdf('summary'), ANNEX_PAGE, join(dir, 'summary-fine'), DPI * 3).image;
      const { width, height } = draw('summary', ANNEX_PAGE).image;
      const at = shrinkThird(fine, 0, 0, width, height);
      for (const [x, y] of [[1, 0], [1, 1], [2, 2], [0, 2]] as const) {
        expect(withinTolerance(comparePages(at, shrinkThird(fine, x, y, width, height))), `moved by ${x}/3, ${y}/3 pixel`).toBe(true);
      }
    });
  });
});
