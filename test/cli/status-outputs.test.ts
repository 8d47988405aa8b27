import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { hasPython, readDocx } from '../helpers/read-docx.js';

// The unit lists and the summary with each task's state: a 进展 column when progress was given,
// read back by independent readers (openpyxl, LibreOffice → pdftotext, a Python docx reader), and
// the outputs byte for byte as before when it was not.

const plan = readFileSync(new URL('../../plans/xietang-2018.yaml', import.meta.url), 'utf8');
const progress = readFileSync(new URL('../fixtures/status/xietang.progress.yaml', import.meta.url), 'utf8');

const hasOpenpyxl = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl']).status === 0;
const hasSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

async function build(dir: string, out: string, args: readonly string[] = []): Promise<void> {
  const io = memoryIo(dir);
  expect(await run(['build', 'plan.yaml', '-o', out, '--docx', ...args], io), io.err()).toBe(0);
}

const text = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');

/** Every file under a folder, relative path → bytes. */
function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of readdirSync(root, { recursive: true }).map(String)) {
    try {
      out.set(rel, readFileSync(join(root, rel)).toString('base64'));
    } catch {
      // a folder
    }
  }
  return out;
}

describe('unit lists and summary with progress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-status-out-'));
  beforeAll(async () => {
    writeFileSync(join(dir, 'plan.yaml'), plan);
    await build(dir, 'plain');
    writeFileSync(join(dir, 'plan.progress.yaml'), progress);
    await build(dir, 'zh');
    await build(dir, 'en', ['--locale', 'en']);
    await build(dir, 'none', ['--no-progress']);
    await build(dir, 'early', ['--as-of', '2018-05-15']);
  }, 120_000);

  it('without progress, every file is the same bytes as a build that never had any', () => {
    const plain = files(join(dir, 'plain'));
    const none = files(join(dir, 'none'));
    expect([...none.keys()].sort()).toEqual([...plain.keys()].sort());
    for (const [path, bytes] of plain) expect(none.get(path), path).toBe(bytes);
    expect(text(dir, 'plain/units/xuanchuan.csv')).not.toContain('进展');
  });

  it('CSV: a 进展 column last, with the finished day, the percent, 未报送', () => {
    const lines = text(dir, 'zh/units/xuanchuan.csv').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.endsWith(',原文表述,进展')).toBe(true);
    const row = (id: string) => lines.find((l) => l.includes(`,${id},`))!;
    expect(row('convene-working-meeting').endsWith(',已完成（5月10日）')).toBe(true);
    expect(row('leaders-reading-research').endsWith(',推进中（60%）')).toBe(true);
    expect(row('media-publicity').endsWith(',暂缓')).toBe(true);
    expect(row('online-columns').endsWith(',未报送')).toBe(true);
    const en = text(dir, 'en/units/xuanchuan.csv').split('\r\n');
    expect(en[0]!.endsWith(',Progress')).toBe(true);
    expect(en.find((l) => l.includes(',convene-working-meeting,'))!.endsWith(',done 10 May')).toBe(true);
    expect(en.find((l) => l.includes(',online-columns,'))!.endsWith(',not reported')).toBe(true);
  });

  it('--as-of shows the states of that day', () => {
    const lines = text(dir, 'early/units/xuanchuan.csv').split('\r\n');
    expect(lines.find((l) => l.includes(',central-group-study,'))!.endsWith(',推进中（50%）')).toBe(true);
    expect(lines.find((l) => l.includes(',media-publicity,'))!.endsWith(',未报送')).toBe(true);
  });

  it('Markdown and HTML lists and the summary: the column and each task\'s cell', () => {
    const md = text(dir, 'zh/units/xuanchuan.md');
    expect(md).toContain('| 原文表述 | 进展 |');
    expect(md).toMatch(/\| 召开街道党工委会议精心策划部署 \|.*\| 已完成（5月10日） \|\n/);
    const html = text(dir, 'zh/units/xuanchuan.html');
    expect(html).toContain('<th>进展</th>');
    expect(html).toContain('<td class="state">推进中（60%）</td>');
    const summary = text(dir, 'zh/summary.md');
    expect(summary).toMatch(/\| 广泛征集存在问题 \|.*\| 取消 \|\n/);
    expect(text(dir, 'zh/summary.html')).toContain('<td class="state">暂缓</td>');
    expect(text(dir, 'en/summary.md')).toMatch(/\| Progress \|\n/);
    expect(text(dir, 'en/summary.html')).toContain('<td class="state">done 10 May</td>');
  });

  it.skipIf(!hasOpenpyxl)('xlsx (read by openpyxl): the column last, the rest unchanged', () => {
    const read = (path: string): string[][] =>
      JSON.parse(
        execFileSync('/usr/bin/python3', ['-c', "import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[('' if v is None else str(v)) for v in r] for r in ws.iter_rows(values_only=True)], ensure_ascii=False))", path], { encoding: 'utf8' }),
      ) as string[][];
    const rows = read(join(dir, 'zh/units/xuanchuan.xlsx'));
    const plain = read(join(dir, 'plain/units/xuanchuan.xlsx'));
    expect(rows[0]).toEqual([...plain[0]!, '进展']);
    expect(rows.map((r) => r.slice(0, -1))).toEqual(plain);
    expect(rows.find((r) => r.includes('召开街道党工委会议精心策划部署'))!.at(-1)).toBe('已完成（5月10日）');
    expect(read(join(dir, 'en/units/xuanchuan.xlsx'))[0]!.at(-1)).toBe('Progress');
  });

  it.skipIf(!hasPython)('docx (read by a Python reader): the unit list\'s table and the summary\'s annex have the column', () => {
    const unit = readDocx(readFileSync(join(dir, 'zh/units/xuanchuan.docx')));
    const rows = unit.tables[0]!.rows;
    expect(rows[0]!.cells.at(-1)).toBe('进展');
    expect(rows.find((r) => r.cells.includes('部署开展班子领导读书调研活动'))!.cells.at(-1)).toBe('推进中（60%）');
    const summary = readDocx(readFileSync(join(dir, 'zh/summary.docx')));
    const annex = summary.tables.at(-1)!.rows;
    expect(annex[0]!.cells.at(-1)).toBe('进展');
    expect(annex.find((r) => r.cells.includes('广泛征集存在问题'))!.cells.at(-1)).toBe('取消');
    // In the body, after who leads and by when.
    expect(summary.paragraphs.some((p) => p.text.endsWith('进展：已完成（5月10日）'))).toBe(true);
    const en = readDocx(readFileSync(join(dir, 'en/units/xuanchuan.docx')));
    expect(en.tables[0]!.rows[0]!.cells.at(-1)).toBe('Progress');
  });

  it.skipIf(!hasSoffice)('xlsx and docx still print: LibreOffice makes PDFs that show the states', () => {
    const pdfs = mkdtempSync(join(tmpdir(), 'plan-status-pdf-'));
    for (const [file, sub] of [['units/xuanchuan.xlsx', 'x'], ['units/xuanchuan.docx', 'd']] as const) {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(pdfs, sub), join(dir, 'zh', file)], { stdio: 'ignore', timeout: 120_000 });
      const shown = execFileSync('pdftotext', ['-layout', join(pdfs, sub, 'xuanchuan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(shown, file).toContain('进展');
      expect(shown, file).toContain('暂缓');
      expect(shown, file).toContain('未报送');
    }
  }, 240_000);
});
