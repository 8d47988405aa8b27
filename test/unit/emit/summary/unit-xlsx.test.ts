import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { longestLineWidth, unitXlsxEmitter } from '../../../../src/emit/emitters/unit-xlsx.js';
import { columnName, sheetName } from '../../../../src/emit/unit-lists/xlsx.js';
import { FORMULA_TITLE, GENERATED_AT, SCRIPT_TITLE, hostilePlan } from './fixtures.js';
import { parseCsv } from './rfc4180.js';
import { xietangPlan } from './xietang.js';

// read-excel-file is a reader written independently of our writer: if it reads back the rows,
// spreadsheets can too.
async function readBack(bytes: Uint8Array): Promise<{ sheet: string; rows: string[][] }> {
  const [sheet] = await readXlsxFile(Buffer.from(bytes), { trim: false });
  if (!sheet) throw new Error('no sheet');
  return { sheet: sheet.sheet, rows: sheet.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) };
}

/** The CSV's cells as written, with its formula-neutralising apostrophe taken off again. */
function csvRows(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseCsv(csv.slice(1)).map((row) => row.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)));
}

describe('units/<id>.xlsx', () => {
  for (const [name, plan] of [['斜塘 2018', xietangPlan()], ['hostile', hostilePlan()]] as const) {
    it(`holds the same rows as the CSV, for every unit of the ${name} plan`, async () => {
      const books = unitXlsxEmitter.emit({ plan, generatedAt: GENERATED_AT });
      const csvs = unitListsEmitter.emit({ plan, generatedAt: GENERATED_AT }).filter((a) => a.path.endsWith('.csv'));
      expect(books.map((b) => b.path)).toEqual(csvs.map((c) => c.path.replace(/\.csv$/, '.xlsx')));
      for (const [i, book] of books.entries()) {
        const { sheet, rows } = await readBack(book.contents);
        expect(sheet).toBe(sheetName(plan.units[i]?.name ?? ''));
        const expected = csvRows(csvs[i]?.contents ?? '');
        // The reader drops trailing empty cells of a row; compare padded rows.
        expect(rows.map((r) => r.concat(Array(10 - r.length).fill('')))).toEqual(expected);
      }
    });
  }

  it('writes hostile titles as inline text, never as formulas', async () => {
    const book = unitXlsxEmitter.emit({ plan: hostilePlan(), generatedAt: GENERATED_AT }).find((b) => b.path === 'units/dangzheng.xlsx');
    const { rows } = await readBack(book?.contents ?? new Uint8Array());
    const titles = rows.map((r) => r[3]);
    expect(titles).toContain(FORMULA_TITLE);
    expect(titles).toContain(SCRIPT_TITLE);
    const xml = Buffer.from(book?.contents ?? []).toString('latin1');
    // Deflated, so look at the structure instead: no <f> formula element can exist in inline strings.
    expect(xml).not.toContain('<f>');
  });

  it('is byte-identical across builds (fixed ZIP dates, no document timestamps)', () => {
    const a = unitXlsxEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT });
    const b = unitXlsxEmitter.emit({ plan: xietangPlan(), generatedAt: new Date(0) });
    expect(a.map((x) => Buffer.from(x.contents).toString('base64'))).toEqual(b.map((x) => Buffer.from(x.contents).toString('base64')));
  });

  it('names columns and sheets as spreadsheets require', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(sheetName('a/b[c]:d*e?f\\g')).toBe('a b c  d e f g');
    expect(Array.from(sheetName('很'.repeat(40)))).toHaveLength(31);
    expect(sheetName("''")).toBe('Sheet1');
  });

  it('sizes columns by the longest line, CJK counting two', () => {
    expect(longestLineWidth('')).toBe(0);
    expect(longestLineWidth('abc')).toBe(3);
    expect(longestLineWidth('宣传')).toBe(4);
    expect(longestLineWidth('ab\n宣传办\nc')).toBe(6);
    expect(longestLineWidth('宣传办\n')).toBe(6);
    expect(longestLineWidth('\nabcd')).toBe(4);
    expect(longestLineWidth('😀')).toBe(2);
  });
});
