import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { labelsFor } from '../../../../src/emit/labels.js';
import { indexPlan } from '../../../../src/emit/summary/plan-index.js';
import { attr, child, children, parseXml, path, textOf } from '../../../../src/import/read/xml.js';
import { readZipTexts } from '../../../../src/import/read/zip.js';
import type { ResolvedPlan } from '../../../../src/model/plan.js';
import { unitXlsxEmitter } from '../../../../src/emit/emitters/unit-xlsx.js';
import { longestLineWidth } from '../../../../src/emit/unit-lists/sheet-layout.js';
import { columnName, sheetName } from '../../../../src/emit/unit-lists/xlsx.js';
import { FORMULA_TITLE, GENERATED_AT, SCRIPT_TITLE, hostilePlan } from './fixtures.js';
import { parseCsv } from './rfc4180.js';
import { xietangPlan } from './xietang.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const STYLES = 'xl/styles.xml';

// read-excel-file is a reader written independently of our writer: if it reads back the rows,
// spreadsheets can too. Date cells come back as Dates (it reads the number format to tell).
type ReadCell = string | Date;
async function readBack(bytes: Uint8Array): Promise<{ sheet: string; rows: ReadCell[][] }> {
  const [sheet] = await readXlsxFile(Buffer.from(bytes), { trim: false });
  if (!sheet) throw new Error('no sheet');
  return {
    sheet: sheet.sheet,
    rows: sheet.data.map((row) => row.map((cell) => (cell === null ? '' : cell instanceof Date ? cell : String(cell)))),
  };
}

/** The CSV's cells as written, with its formula-neutralising apostrophe taken off again. */
function csvRows(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseCsv(csv.slice(1)).map((row) => row.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)));
}

/** The document's number of every task, by id: what the sheet shows where the CSV has the id. */
function numbers(plan: ResolvedPlan): Map<string, string> {
  const index = indexPlan(plan);
  return new Map([...index.phases.flatMap((p) => p.tasks), ...index.measures].map((info) => [info.task.id, info.number]));
}

const ID_COLUMN = 2;
const DATE_COLUMNS = [6, 7, 8];

describe('units/<id>.xlsx', () => {
  for (const [name, plan] of [['斜塘 2018', xietangPlan()], ['斜塘 2018 in English', { ...xietangPlan(), locale: 'en' as const }], ['hostile', hostilePlan()]] as const) {
    it(`holds the rows of the CSV, numbered as the document does, dates as dates, for every unit of the ${name} plan`, async () => {
      const books = unitXlsxEmitter.emit({ plan, generatedAt: GENERATED_AT });
      const csvs = unitListsEmitter.emit({ plan, generatedAt: GENERATED_AT }).filter((a) => a.path.endsWith('.csv'));
      expect(books.map((b) => b.path)).toEqual(csvs.map((c) => c.path.replace(/\.csv$/, '.xlsx')));
      const numberOf = numbers(plan);
      const labels = labelsFor(plan.locale);
      for (const [i, book] of books.entries()) {
        const { sheet, rows } = await readBack(book.contents);
        expect(sheet).toBe(sheetName(plan.units[i]?.name ?? ''));
        const [csvHeader = [], ...csvBody] = csvRows(csvs[i]?.contents ?? '');
        expect(csvHeader[ID_COLUMN]).toBe(labels.taskId);
        const expected = [
          csvHeader.map((cell, c) => (c === ID_COLUMN ? labels.number : cell)),
          ...csvBody.map((row) => row.map((cell, c) => (c === ID_COLUMN ? numberOf.get(cell) : cell))),
        ];
        expect(csvBody.length).toBeGreaterThan(0);
        for (const row of rows.slice(1)) for (const c of DATE_COLUMNS) expect(row[c]).toBeInstanceOf(Date);
        // Dates compared as the calendar dates they are; the reader drops trailing empty cells.
        const shown = rows.map((r) => r.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell)));
        expect(shown.map((r) => r.concat(Array(10 - r.length).fill('')))).toEqual(expected);
      }
    });
  }

  it('writes titles that look like formulas as text cells, never as formulas', async () => {
    const book = unitXlsxEmitter.emit({ plan: hostilePlan(), generatedAt: GENERATED_AT }).find((b) => b.path === 'units/dangzheng.xlsx');
    const bytes = book?.contents ?? new Uint8Array();
    const { rows } = await readBack(bytes);
    const titles = rows.map((r) => r[3]);
    expect(titles).toContain(FORMULA_TITLE);
    expect(titles).toContain(SCRIPT_TITLE);
    expect(titles).toContain('+1 -1 @SUM(A1)');
    const sheet = parseXml(readZipTexts(bytes, [SHEET]).get(SHEET) ?? '');
    const cells = children(child(sheet, 'sheetData')!, 'row').flatMap((row) => children(row, 'c'));
    expect(cells.some((c) => path(c, 'f') !== undefined)).toBe(false);
    const startsLikeFormula = cells.filter((c) => /^[=+\-@]/.test(textOf(path(c, 'is', 't'))));
    expect(startsLikeFormula.length).toBeGreaterThanOrEqual(2);
    // An inline string, in a style formatted as text (49): editing the cell keeps it text too.
    const styles = parseXml(readZipTexts(bytes, [STYLES]).get(STYLES) ?? '');
    const xfs = children(child(styles, 'cellXfs')!, 'xf');
    for (const c of startsLikeFormula) {
      expect(attr(c, 't')).toBe('inlineStr');
      expect(attr(xfs[Number(attr(c, 's'))], 'numFmtId')).toBe('49');
    }
  });

  it('is byte-identical across builds (fixed ZIP dates, no document timestamps)', () => {
    const a = unitXlsxEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT });
    const b = unitXlsxEmitter.emit({ plan: xietangPlan(), generatedAt: new Date(0) });
    expect(a.map((x) => Buffer.from(x.contents).toString('base64'))).toEqual(b.map((x) => Buffer.from(x.contents).toString('base64')));
  });

  it('is byte-identical in any time zone (dates are calendar dates, not instants)', () => {
    const original = process.env['TZ'];
    const build = (tz: string): string[] => {
      process.env['TZ'] = tz;
      return unitXlsxEmitter.emit({ plan: xietangPlan(), generatedAt: GENERATED_AT }).map((x) => Buffer.from(x.contents).toString('base64'));
    };
    try {
      const shanghai = build('Asia/Shanghai');
      // The switch took effect (Node re-reads TZ), so the comparison cannot pass vacuously.
      expect(new Date(Date.UTC(2018, 0, 1)).getTimezoneOffset()).toBe(-480);
      expect(build('America/Los_Angeles')).toEqual(shanghai);
      expect(new Date(Date.UTC(2018, 0, 1)).getTimezoneOffset()).toBe(480);
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
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
