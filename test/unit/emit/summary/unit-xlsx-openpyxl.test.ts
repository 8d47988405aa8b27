import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { unitXlsxEmitter } from '../../../../src/emit/emitters/unit-xlsx.js';
import { labelsFor } from '../../../../src/emit/labels.js';
import { indexPlan } from '../../../../src/emit/summary/plan-index.js';
import { GENERATED_AT } from './fixtures.js';
import { parseCsv } from './rfc4180.js';
import { xietangPlan } from './xietang.js';

// openpyxl, the reader most Python scripts use, as a second independent reader of the workbooks:
// the rows, the dates as dates, the print setup. It runs where python3 has openpyxl (or where
// $PYTHON names an interpreter that has it) and is skipped, saying so, elsewhere; CI installs
// Debian's python3-openpyxl for /usr/bin/python3 and must run it.
const python = process.env['PYTHON'] ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

function hasOpenpyxl(): boolean {
  try {
    execFileSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const READ = `
import json, sys, datetime, openpyxl
out = []
for path in sys.argv[1:]:
    ws = openpyxl.load_workbook(path).active
    cell = lambda v: '' if v is None else ('date:' + v.date().isoformat() if isinstance(v, datetime.datetime) else str(v))
    out.append({
        'rows': [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)],
        'setup': [str(ws.page_setup.paperSize), ws.page_setup.orientation, int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight),
                  ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows, ws.freeze_panes],
        'footer': [ws.oddFooter.left.text, ws.oddFooter.center.text],
    })
print(json.dumps(out, ensure_ascii=False))
`;

interface Read {
  rows: string[][];
  setup: unknown[];
  footer: string[];
}

const available = hasOpenpyxl();
if (!available && process.env['CI']) throw new Error(`${python} has no openpyxl: .ci/run installs python3-openpyxl`);
if (!available) console.warn(`unit-xlsx-openpyxl skipped: ${python} has no openpyxl (set PYTHON to one that has)`);

describe.skipIf(!available)('units/<id>.xlsx read by openpyxl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-openpyxl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the rows of the CSV, numbered as the document does, dates as dates, set up to print', () => {
    const plan = xietangPlan();
    const books = unitXlsxEmitter.emit({ plan, generatedAt: GENERATED_AT });
    const csvs = unitListsEmitter.emit({ plan, generatedAt: GENERATED_AT }).filter((a) => a.path.endsWith('.csv'));
    const files = books.map((book, i) => {
      const file = join(dir, `${i}.xlsx`);
      writeFileSync(file, book.contents);
      return file;
    });
    const read = JSON.parse(execFileSync(python, ['-c', READ, ...files], { encoding: 'utf8' })) as Read[];
    const index = indexPlan(plan);
    const numberOf = new Map([...index.phases.flatMap((p) => p.tasks), ...index.measures].map((info) => [info.task.id, info.number]));
    const labels = labelsFor(plan.locale);
    expect(read).toHaveLength(csvs.length);
    read.forEach((book, i) => {
      const [header = [], ...body] = parseCsv((csvs[i]?.contents ?? '').slice(1));
      expect(body.length).toBeGreaterThan(0);
      const expected = [
        header.map((cell, c) => (c === 2 ? labels.number : cell)),
        ...body.map((row) => row.map((cell, c) => (c === 2 ? (numberOf.get(cell) ?? '') : c >= 6 && c <= 8 ? `date:${cell}` : cell))),
      ];
      expect(book.rows).toEqual(expected);
      expect(book.setup).toEqual(['9', 'landscape', 1, 0, true, '$1:$1', 'A2']);
      expect(book.footer).toEqual(['修订版次：1', '第 &P 页 共 &N 页']);
    });
  });
});
