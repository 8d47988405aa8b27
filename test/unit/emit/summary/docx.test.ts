import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headingNumeral } from '../../../../src/emit/docx/numbering.js';
import { CHARACTER_SPACING, LINE_PITCH, MARGINS, PAGE, SIZE, TEXT_WIDTH } from '../../../../src/emit/docx/layout.js';
import { summaryDocxEmitter } from '../../../../src/emit/emitters/summary-docx.js';
import { unitDocxEmitter } from '../../../../src/emit/emitters/unit-docx.js';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { labelsFor } from '../../../../src/emit/labels.js';
import { readableDate } from '../../../../src/emit/summary/format.js';
import { indexPlan } from '../../../../src/emit/summary/plan-index.js';
import type { ResolvedPlan } from '../../../../src/model/plan.js';
import { paths } from '../../../../src/paths.js';
import { hasPython, readDocx, type ReadDocx } from '../../../helpers/read-docx.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { FORMULA_TITLE, GENERATED_AT, SCRIPT_TITLE, hostilePlan } from './fixtures.js';
import { parseCsv } from './rfc4180.js';
import { xietangPlan } from './xietang.js';

// The documents are read back by test/helpers/read-docx.py (Python's zip and XML parsers), not
// by plan's own code: what it finds is what Word and WPS find.

const summaryOf = (plan: ResolvedPlan, generatedAt = GENERATED_AT): Uint8Array => summaryDocxEmitter.emit({ plan, generatedAt })[0]!.contents;
const mm = (twips: number): number => (twips * 25.4) / 1440;

describe.skipIf(!hasPython)('summary.docx', () => {
  const plan = xietangPlan();
  const doc = readDocx(summaryOf(plan));
  const index = indexPlan(plan);
  const L = labelsFor(plan.locale);
  const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);

  it('is an A4 page with the margins of GB/T 9704 and page numbers on the outside of odd and even pages', () => {
    expect([mm(doc.page.w), mm(doc.page.h)].map(Math.round)).toEqual([210, 297]);
    expect(['top', 'bottom', 'left', 'right'].map((side) => Math.round(mm(doc.margins[side]!)))).toEqual([37, 35, 28, 26]);
    expect(doc.evenAndOddHeaders).toBe(true);
    expect(doc.footerTypes.sort()).toEqual(['default', 'even']);
    for (const footer of Object.values(doc.footers)) expect(footer).toBe('—  —'); // the number itself is Word's PAGE field
  });

  it('fits 22 lines of 28 body characters in the text block', () => {
    const height = PAGE.height - MARGINS.top - MARGINS.bottom;
    expect(22 * LINE_PITCH).toBeLessThanOrEqual(height);
    expect(23 * LINE_PITCH).toBeGreaterThan(height);
    const character = SIZE.body * 10 + CHARACTER_SPACING;
    expect(28 * character).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(29 * character).toBeGreaterThan(TEXT_WIDTH);
    expect(Math.round(mm(TEXT_WIDTH))).toBe(156);
  });

  it('has the title, one 一、 heading per phase and the measures, one （一） heading per task, and who does each by when', () => {
    expect(doc.paragraphs[0]).toMatchObject({ style: 'GwTitle', text: plan.title });
    expect(styled('GwHeading1')).toEqual(['一、', '二、', '三、', '四、'].map((n, i) => `${n}${plan.phases[i]!.title}`).concat(['五、保障措施']));
    const tasks = [...plan.phases.flatMap((p) => p.tasks), ...plan.measures];
    expect(styled('GwHeading2')).toHaveLength(tasks.length);
    expect(styled('GwHeading2')[0]).toBe(`（一）${plan.phases[0]!.tasks[0]!.title}`);
    expect(styled('GwHeading2').every((text, i) => text.endsWith(tasks[i]!.title))).toBe(true);
    const first = index.phases[0]!.tasks[0]!;
    expect(styled('GwBody')).toContain(`牵头单位：${first.leadNames}；完成时限：5月31日`);
    expect(styled('GwBody')).toContain(`时间：${index.phases[1]!.window.text}`);
  });

  it('ends the body with the issuer and the date written in full', () => {
    const sample = readDocx(summaryOf(samplePlan()));
    expect(sample.paragraphs.filter((p) => p.style === 'GwSignature').map((p) => p.text)).toEqual(['示例街道党工委', '2018年5月2日']);
  });

  it('puts 附件 重点任务分工表 on a page of its own: a bordered table, its header repeated on every page, phases merged across it', () => {
    const annex = doc.paragraphs.findIndex((p) => p.text === '附件');
    expect(doc.paragraphs[annex]).toMatchObject({ style: 'GwAnnexLabel', pageBreakBefore: true });
    expect(doc.paragraphs[annex + 1]?.text).toBe('重点任务分工表');
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table!.borders.sort()).toEqual(['bottom', 'insideH', 'insideV', 'left', 'right', 'top']);
    expect(table!.grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const [header, ...rows] = table!.rows;
    expect(header).toMatchObject({ header: true, cells: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'] });
    expect(rows.every((r) => !r.header && r.cantSplit)).toBe(true);
    const groups = rows.filter((r) => r.span[0] === 5);
    expect(groups.map((r) => r.cells[0])).toEqual(styled('GwHeading1'));
    const taskRows = rows.filter((r) => r.span.length === 5);
    const infos = [...index.phases.flatMap((p) => p.tasks), ...index.measures];
    expect(taskRows.map((r) => r.cells.slice(0, 4))).toEqual(infos.map((i) => [i.number, i.task.title, i.leadNames, i.supportNames]));
    expect(taskRows[0]!.cells[0]).toBe('1.(1)');
    expect(taskRows.find((r) => r.cells[1] === plan.measures[0]!.title)?.cells[4]).toBe(L.ongoing);
  });

  it('writes hostile titles as text: read back exactly, every part well-formed XML', () => {
    const hostile = readDocx(summaryOf(hostilePlan()));
    const titles = hostile.tables[0]!.rows.map((r) => r.cells[1]);
    expect(titles).toContain(SCRIPT_TITLE);
    expect(titles).toContain(FORMULA_TITLE);
  });

  it('drops characters XML cannot hold instead of writing a file Word refuses', () => {
    const base = samplePlan();
    const phases = base.phases.map((p, i) => (i === 0 ? { ...p, tasks: p.tasks.map((t, j) => (j === 0 ? { ...t, title: 'a\u0001b\u000bc' } : t)) } : p));
    const read = readDocx(summaryOf({ ...base, phases }));
    expect(read.tables[0]!.rows.map((r) => r.cells[1])).toContain('abc');
  });

  it('is in English under en: headings numbered 1. and (1), English words', () => {
    const en = readDocx(summaryOf({ ...samplePlan(), locale: 'en' }));
    expect(en.paragraphs.find((p) => p.style === 'GwHeading1')?.text).toMatch(/^1\. /);
    expect(en.paragraphs.find((p) => p.style === 'GwHeading2')?.text).toMatch(/^\(1\) /);
    expect(en.tables[0]!.rows[0]!.cells).toEqual(['No.', 'Key task', 'Lead', 'Support', 'Due']);
    expect(en.paragraphs.filter((p) => p.style === 'GwHeading1').at(-1)?.text).toBe(`${samplePlan().phases.length + 1}. Safeguards`);
    expect(en.paragraphs.find((p) => p.pageBreakBefore)?.text).toBe('Annex');
  });
});

describe.skipIf(!hasPython)('units/<id>.docx', () => {
  /** The CSV's rows as written, with its formula-neutralising apostrophe taken off again. */
  const csvRows = (csv: string): string[][] => parseCsv(csv.slice(1)).map((row) => row.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)));

  for (const [name, plan] of [['斜塘 2018', xietangPlan()], ['hostile', hostilePlan()]] as const) {
    it(`holds the rows of the unit's CSV, for every unit of the ${name} plan`, () => {
      const L = labelsFor(plan.locale);
      const docs = unitDocxEmitter.emit({ plan, generatedAt: GENERATED_AT });
      const csvs = unitListsEmitter.emit({ plan, generatedAt: GENERATED_AT }).filter((a) => a.path.endsWith('.csv'));
      expect(docs.map((d) => d.path)).toEqual(csvs.map((c) => c.path.replace(/\.csv$/, '.docx')));
      for (const [i, doc] of docs.entries()) {
        const read = readDocx(doc.contents);
        const unit = plan.units[i]!;
        expect(read.paragraphs.slice(0, 2).map((p) => p.text)).toEqual([`${unit.name}任务清单`, plan.title]);
        const [header, ...rows] = csvRows(String(csvs[i]!.contents));
        expect(header![0]).toBe('角色');
        const table = read.tables[0]!;
        expect(table.rows[0]).toMatchObject({ header: true, cells: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '角色'] });
        // CSV: role, phase, task id, task, lead, support, start, end, due, wording.
        const expected = rows.map((r) => [r[3], r[4], r[5], r[0]]);
        expect(table.rows.slice(1).map((r) => [r.cells[1], r.cells[2], r.cells[3], r.cells[5]])).toEqual(expected);
        for (const [j, r] of rows.entries()) {
          const due = table.rows[j + 1]!.cells[4]!;
          expect(due === L.ongoing || due.startsWith(readableDate(r[8]!, plan.locale, plan.year)), `${unit.id} row ${j}: ${due}`).toBe(true);
        }
      }
    });
  }

  it('says 无 for a unit with no tasks, instead of an empty table', () => {
    const base = samplePlan();
    const plan = { ...base, units: [...base.units, { id: 'idle', name: '空闲单位', aliases: [], collective: false, path: ['units', 9] }] };
    const doc = unitDocxEmitter.emit({ plan, generatedAt: GENERATED_AT }).find((d) => d.path === 'units/idle.docx')!;
    const read = readDocx(doc.contents);
    expect(read.tables).toEqual([]);
    expect(read.paragraphs.map((p) => p.text)).toEqual(['空闲单位任务清单', plan.title, '无']);
  });
});

describe('the bytes of a .docx', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  it('are the same for the same plan, in any time zone, dated by the plan and never by the clock', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    const la = [summaryOf(xietangPlan()), ...unitDocxEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT }).map((d) => d.contents)];
    process.env['TZ'] = 'Asia/Shanghai';
    const sh = [summaryOf(xietangPlan()), ...unitDocxEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT }).map((d) => d.contents)];
    expect(la.map((b) => Buffer.from(b).toString('base64'))).toEqual(sh.map((b) => Buffer.from(b).toString('base64')));
    if (!hasPython) return;
    const read = readDocx(la[0]!);
    expect(read.core['created']).toBe('2018-05-02T23:30:00Z');
    expect(read.core['modified']).toBe('2018-05-02T23:30:00Z');
    expect(read.zipTimes).toEqual(['1980-01-01 00:00:00']);
  });

  it('are the same from two `plan build` processes, one in Los Angeles and one in Shanghai', () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-docx-tz-'));
    const build = (tz: string): Buffer[] => {
      const dir = join(out, tz.replace('/', '-'));
      const run = spawnSync(process.execPath, [join(paths.packageRoot, 'bin/plan.js'), 'build', 'plans/xietang-2018.yaml', '--docx', '-o', dir], {
        cwd: paths.packageRoot,
        env: { ...process.env, TZ: tz, SOURCE_DATE_EPOCH: '' },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return ['summary.docx', 'units/xuanchuan.docx', 'units/zuzhi.docx'].map((file) => readFileSync(join(dir, file)));
    };
    const [la, sh] = [build('America/Los_Angeles'), build('Asia/Shanghai')];
    expect(la.every((bytes, i) => bytes.equals(sh[i]!))).toBe(true);
  }, 60_000);
});

describe('heading numerals', () => {
  it('are 一 … 九十九 in Chinese, digits past that and in English', () => {
    const zh = headingNumeral('zh');
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 0].map(zh)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '100', '0']);
    expect([1, 12].map(headingNumeral('en'))).toEqual(['1', '12']);
  });
});
