import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { summaryHtmlEmitter } from '../../src/emit/emitters/summary-html.js';
import { htmlToPdf } from '../../src/pdf/print.js';
import { browserToolsMissing } from './browser-tools.js';
import { comparePgm, parsePgm } from './pgm.js';
import { textOf } from '../helpers/text-of.js';

// The printed summary in a real browser: Debian's chromium through playwright-core, read back
// with poppler-utils. CI installs both (.ci/run) and must run this; a developer machine without
// them skips it and says why.
const root = fileURLToPath(new URL('../../', import.meta.url));
const BASELINE = fileURLToPath(new URL('./baseline/', import.meta.url));
const PAGES = [1, 2]; // the title block and timeline; the first phase's table

const missing = browserToolsMissing('test/browser/summary-pdf');

describe.skipIf(missing !== undefined)('the 斜塘 2018 summary printed by Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-browser-'));
  const pdfPath = join(dir, 'summary.pdf');
  const planPath = join(root, 'plans/xietang-2018.yaml');
  const result = compile({ path: planPath, text: readFileSync(planPath, 'utf8') });
  const plan = result.plan;

  beforeAll(async () => {
    if (!plan) throw new Error('the Xietang plan does not compile');
    const html = textOf(summaryHtmlEmitter.emit({ plan, generatedAt: new Date('2018-05-01T00:00:00Z') })[0]);
    writeFileSync(pdfPath, await htmlToPdf(html, { env: process.env }));
  }, 60_000);

  it('is A4', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/m);
    // One page for the title block and timeline, then each phase starts a page of its own.
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(1 + (plan?.phases.length ?? 0));
  });

  it('holds every task title and unit name as text', () => {
    // Table cells wrap long titles over lines: compare without white space.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const squash = (s: string): string => s.replace(/\s+/g, '');
    const tasks = [...(plan?.phases.flatMap((p) => p.tasks) ?? []), ...(plan?.measures ?? [])];
    expect(tasks.length).toBeGreaterThan(20);
    for (const t of tasks) expect(text, t.title).toContain(squash(t.title));
    for (const u of plan?.units ?? []) expect(text, u.name).toContain(squash(u.name));
    for (const p of plan?.phases ?? []) expect(text, p.title).toContain(squash(p.title));
  });

  it('looks like the committed baseline (grey pages at 30 dpi, mean difference)', () => {
    const update = process.env.PLAN_UPDATE_BASELINE === '1';
    for (const page of PAGES) {
      const prefix = join(dir, `page-${page}`);
      execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix]);
      const actual = readFileSync(`${prefix}.pgm`);
      const baseline = join(BASELINE, `summary-page-${page}.pgm`);
      if (update || !existsSync(baseline)) {
        if (process.env.CI === 'true') throw new Error(`no baseline ${baseline}: run PLAN_UPDATE_BASELINE=1 locally and commit it`);
        writeFileSync(baseline, actual);
        continue;
      }
      const diff = comparePgm(parsePgm(readFileSync(baseline)), parsePgm(actual));
      // A shifted table or a missing font moves far more than 2% of the ink; anti-aliasing does not.
      expect(diff.sameSize, `page ${page} size`).toBe(true);
      expect(diff.meanDifference, `page ${page} mean difference (copy ${prefix}.pgm over the baseline if the change is intended)`).toBeLessThan(3);
      expect(diff.changedFraction, `page ${page} changed pixels`).toBeLessThan(0.02);
    }
  });
});
