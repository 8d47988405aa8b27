import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDINGS } from '../../../src/progress/standing.js';
import { renderXlsx } from '../../../src/progress-report/xlsx.js';
import { xietangReport } from '../../helpers/progress-report.js';

// The 督办 workbook read back by openpyxl (cells, types, print setup) and printed by LibreOffice
// (one page wide). Where python3 has no openpyxl or there is no LibreOffice, those parts are
// skipped, saying so; CI installs both and must run them.
const python = process.env['PYTHON'] ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const hasOpenpyxl = spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
const hasOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 && !spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).error;
for (const [has, what] of [[hasOpenpyxl, `${python} has no openpyxl`], [hasOffice, 'no soffice or pdfinfo']] as const) {
  if (!has && process.env['CI']) throw new Error(`report-xlsx cannot run in CI: ${what}`);
  if (!has) console.warn(`report-xlsx partly skipped: ${what}`);
}

const READ = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def cell(v):
    if isinstance(v, datetime.datetime): return {'date': v.date().isoformat()}
    return v
print(json.dumps([{
    'title': ws.title,
    'rows': [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)],
    'setup': [str(ws.page_setup.paperSize), ws.page_setup.orientation, int(ws.page_setup.fitToWidth), ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows],
    'footer': ws.oddFooter.center.text,
} for ws in wb.worksheets], ensure_ascii=False))
`;

type Cell = string | number | { date: string } | null;
interface ReadSheet {
  title: string;
  rows: Cell[][];
  setup: unknown[];
  footer: string;
}

describe('the 督办 report as .xlsx', () => {
  const report = xietangReport('2018-11-28');
  const bytes = renderXlsx({ report, language: 'zh' }) as Uint8Array;
  const dir = mkdtempSync(join(tmpdir(), 'plan-report-xlsx-'));
  const path = join(dir, 'report.xlsx');
  writeFileSync(path, bytes);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has five sheets and holds no formula (bulletin.test.ts: the same bytes in any time zone)', () => {
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts).filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheets).toHaveLength(5);
    for (const name of sheets) expect(strFromU8(parts[name]!)).not.toMatch(/<f[ >]/);
  });

  describe.skipIf(!hasOpenpyxl)('read by openpyxl', () => {
    const book = hasOpenpyxl ? (JSON.parse(execFileSync(python, ['-c', READ, path], { encoding: 'utf8' })) as ReadSheet[]) : [];
    const sheet = (title: string) => book.find((s) => s.title === title)!;

    it('has 汇总 and the four lists, each set up to print A4 landscape one page wide with its header repeated', () => {
      expect(book.map((s) => s.title)).toEqual(['汇总', '逾期任务', '近期到期', '逾期完成', '未报送']);
      for (const s of book) {
        expect(s.setup).toEqual(['9', 'landscape', 1, true, '$1:$1']);
        expect(s.footer).toBe('第 &P 页 共 &N 页');
      }
    });

    it('counts in 汇总 what the report counts, as numbers, per phase and per unit', () => {
      const rows = sheet('汇总').rows;
      expect(rows[0]).toEqual(['类别', '名称', '任务数', '已完成', '正常推进', '滞后', '逾期未完成', '暂缓', '取消', '超过30天未报送']);
      const counts = (c: (typeof report.totals)) => [c.total, ...STANDINGS.map((s) => c[s]), c.silent];
      const phases = rows.filter((r) => r[0] === '阶段');
      expect(phases.map((r) => r.slice(2))).toEqual([...report.phases.map((p) => counts(p.counts)), counts(report.totals)]);
      expect(phases.at(-1)![1]).toBe('合计');
      const units = rows.filter((r) => r[0] === '单位');
      expect(units.map((r) => r[1])).toEqual(report.units.map((u) => u.name));
      expect(units.map((r) => r.slice(2))).toEqual(report.units.map((u) => counts(u.counts)));
    });

    it('lists the overdue tasks by lead unit with deadlines as dates and days as numbers', () => {
      const [header, ...rows] = sheet('逾期任务').rows;
      expect(header).toEqual(['牵头单位', '序号', '任务', '完成时限', '逾期天数', '最新进展']);
      const expected = report.overdueByUnit.flatMap((u) => u.items.map((item, i) => [u.name, i + 1, item.task.title, { date: item.task.due }, item.daysOverdue]));
      expect(rows.map((r) => r.slice(0, 5))).toEqual(expected);
      expect(rows[0]![5]).toBe('10月15日：第3期论坛推迟至12月举办。');
    });

    it('lists the tasks due soon, finished late and not reported', () => {
      expect(sheet('近期到期').rows.slice(1).map((r) => [r[1], r[4]])).toEqual(report.dueSoon.map((i) => [i.task.title, i.dueIn]));
      expect(sheet('逾期完成').rows.slice(1).map((r) => [r[1], r[4], r[5]])).toEqual(report.finishedLate.map((i) => [i.task.title, { date: i.finished }, i.daysLate]));
      const silent = sheet('未报送').rows.slice(1);
      expect(silent.map((r) => [r[1], r[4]])).toEqual(report.silent.map((i) => [i.task.title, i.silentDays]));
      expect(silent[0]![3]).toBe('从未报送');
      expect(silent.some((r) => typeof r[3] === 'object' && r[3] !== null)).toBe(true);
    });

    it('keeps an empty list’s sheet with its header', () => {
      // On 2018-05-20 nothing is overdue or finished late yet.
      const early = join(dir, 'early.xlsx');
      writeFileSync(early, renderXlsx({ report: xietangReport('2018-05-20'), language: 'zh' }) as Uint8Array);
      const read = JSON.parse(execFileSync(python, ['-c', READ, early], { encoding: 'utf8' })) as ReadSheet[];
      expect(read.find((s) => s.title === '逾期任务')!.rows).toEqual([['牵头单位', '序号', '任务', '完成时限', '逾期天数', '最新进展']]);
    });
  });

  describe.skipIf(!hasOffice)('printed by LibreOffice', () => {
    const pdf = join(dir, 'report.pdf');
    const pages: string[] = [];
    beforeAll(() => {
      execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], { stdio: 'ignore', timeout: 110_000 });
      const count = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      for (let p = 1; p <= count; p++) pages.push(execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }));
    }, 120_000);

    it('prints each sheet on one A4 landscape page, its last column included', () => {
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)$/m);
      expect(pages).toHaveLength(5);
      const lastHeadings = ['超过30天未报送', '最新进展', '当前状态', '逾期天数', '未报送天数'];
      pages.forEach((page, i) => {
        expect(page).toContain('关于《斜塘街道解放思想大讨论活动实施方案》工作进展情况的通报');
        expect(page).toContain('（截至2018年11月28日）');
        expect(page.replace(/\s+/g, '')).toContain(lastHeadings[i]);
      });
      expect(pages[1]).toContain('2018年10月31日');
    });
  });
});
