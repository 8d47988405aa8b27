import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { summaryDocxEmitter } from '../../src/emit/emitters/summary-docx.js';
import { unitDocxEmitter } from '../../src/emit/emitters/unit-docx.js';
import { indexPlan } from '../../src/emit/summary/plan-index.js';
import { paths } from '../../src/paths.js';
import { officeToolsMissing } from './office-tools.js';

// summary.docx and a unit's .docx opened by a real office suite: LibreOffice converts them to
// PDF, poppler-utils reads the PDF back. CI installs both (.ci/run) and must run this; a developer
// machine without LibreOffice skips it and says why.

const missing = officeToolsMissing('test/office');

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
    writeFileSync(join(dir, 'summary.docx'), summaryDocxEmitter.emit({ plan, generatedAt })[0]!.contents);
    writeFileSync(join(dir, 'xuanchuan.docx'), unitDocxEmitter.emit({ plan, generatedAt }).find((a) => a.path === 'units/xuanchuan.docx')!.contents);
    // A profile of its own: another LibreOffice running on the machine must not hold this one's lock.
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'summary.docx'), join(dir, 'xuanchuan.docx')], {
      stdio: 'ignore',
      timeout: 180_000,
    });
  }, 200_000);

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
});
