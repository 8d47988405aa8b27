import { describe, expect, it } from 'vitest';
import { unitXlsxEmitter } from '../../../../src/emit/emitters/unit-xlsx.js';
import { attr, child, children, parseXml, path, textOf } from '../../../../src/import/read/xml.js';
import type { XmlElement } from '../../../../src/import/read/xml.js';
import { readZipTexts } from '../../../../src/import/read/zip.js';
import type { ResolvedPlan } from '../../../../src/model/plan.js';
import { GENERATED_AT } from './fixtures.js';
import { xietangPlan } from './xietang.js';

// The print setup of a unit's workbook, read from its XML: what Excel, WPS and LibreOffice obey
// when an office prints the list (test/browser/unit-xlsx-print.test.ts prints it for real).

const SHEET = 'xl/worksheets/sheet1.xml';
const WORKBOOK = 'xl/workbook.xml';
const STYLES = 'xl/styles.xml';

function parts(plan: ResolvedPlan, unit: string): { sheet: XmlElement; workbook: XmlElement; styles: XmlElement } {
  const book = unitXlsxEmitter.emit({ plan, generatedAt: GENERATED_AT }).find((b) => b.path === `units/${unit}.xlsx`);
  if (!book) throw new Error(`no workbook for ${unit}`);
  const texts = readZipTexts(book.contents, [SHEET, WORKBOOK, STYLES]);
  return { sheet: parseXml(texts.get(SHEET) ?? ''), workbook: parseXml(texts.get(WORKBOOK) ?? ''), styles: parseXml(texts.get(STYLES) ?? '') };
}

const rowsOf = (sheet: XmlElement): XmlElement[] => children(child(sheet, 'sheetData')!, 'row');

describe('a unit workbook prints', () => {
  const { sheet, workbook, styles } = parts(xietangPlan(), 'xuanchuan');

  it('on A4 landscape, one page wide and as many tall as it needs', () => {
    expect(attr(path(sheet, 'sheetPr', 'pageSetUpPr'), 'fitToPage')).toBe('1');
    const setup = child(sheet, 'pageSetup');
    expect(setup?.attributes).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
  });

  it('with the header row at the top of every page', () => {
    const names = children(child(workbook, 'definedNames')!, 'definedName');
    const titles = names.find((n) => attr(n, 'name') === '_xlnm.Print_Titles');
    expect(attr(titles, 'localSheetId')).toBe('0');
    expect(textOf(titles)).toBe("'宣传条线'!$1:$1");
    // Frozen on screen too.
    expect(path(sheet, 'sheetViews', 'sheetView', 'pane')?.attributes).toMatchObject({ ySplit: '1', state: 'frozen' });
  });

  it('with the plan title, the list and the page number in the page header and footer', () => {
    expect(textOf(path(sheet, 'headerFooter', 'oddHeader'))).toBe('&L斜塘街道解放思想大讨论活动实施方案&R宣传条线任务清单');
    expect(textOf(path(sheet, 'headerFooter', 'oddFooter'))).toBe('&L修订版次：1&C第 &P 页 共 &N 页');
  });

  it('doubles an ampersand of the plan title, which the header would otherwise read as a code', () => {
    const plan = { ...xietangPlan(), title: 'R&D 计划 & 方案' };
    expect(textOf(path(parts(plan, 'xuanchuan').sheet, 'headerFooter', 'oddHeader'))).toBe('&LR&&D 计划 && 方案&R宣传条线任务清单');
  });

  it('names a sheet with an apostrophe in the print titles as a reference must, the quote doubled', () => {
    const base = xietangPlan();
    const plan = { ...base, units: base.units.map((u) => (u.id === 'xuanchuan' ? { ...u, name: "宣传'条线" } : u)) };
    const names = children(child(parts(plan, 'xuanchuan').workbook, 'definedNames')!, 'definedName');
    expect(textOf(names.find((n) => attr(n, 'name') === '_xlnm.Print_Titles'))).toBe("'宣传''条线'!$1:$1");
  });

  it('with a border on every side of every cell, empty ones included', () => {
    const xfs = children(child(styles, 'cellXfs')!, 'xf');
    const borders = children(child(styles, 'borders')!, 'border');
    const rows = rowsOf(sheet);
    const width = children(child(sheet, 'cols')!, 'col').length;
    expect(width).toBe(10);
    for (const row of rows) {
      const cells = children(row, 'c');
      expect(cells).toHaveLength(width);
      for (const c of cells) {
        const border = borders[Number(attr(xfs[Number(attr(c, 's') ?? '0')], 'borderId'))];
        for (const side of ['left', 'right', 'top', 'bottom']) expect(attr(child(border, side), 'style')).toBe('thin');
      }
    }
    // The 配合单位 column of 宣传条线 is empty: its cells are there, bordered, with no value.
    expect(children(rows[1]!, 'c')[5]?.children).toEqual([]);
  });

  it('with a bold, filled header and wrapped body text', () => {
    const xfs = children(child(styles, 'cellXfs')!, 'xf');
    const fonts = children(child(styles, 'fonts')!, 'font');
    const fills = children(child(styles, 'fills')!, 'fill');
    const headerXf = xfs[Number(attr(children(rowsOf(sheet)[0]!, 'c')[0], 's'))];
    expect(child(fonts[Number(attr(headerXf, 'fontId'))]!, 'b')).toBeDefined();
    expect(attr(path(fills[Number(attr(headerXf, 'fillId'))], 'patternFill'), 'patternType')).toBe('solid');
    const titleXf = xfs[Number(attr(children(rowsOf(sheet)[1]!, 'c')[3], 's'))];
    expect(attr(child(titleXf, 'alignment'), 'wrapText')).toBe('1');
  });

  it('with rows as tall as their wrapped text, and columns no wider than the page holds', () => {
    const rows = rowsOf(sheet);
    for (const row of rows) expect(attr(row, 'customHeight')).toBe('1');
    const heights = rows.map((r) => Number(attr(r, 'ht')));
    const header = heights[0]!;
    // The header's words fit on one line; 2.(4)'s title (40 characters) cannot.
    expect(header).toBeGreaterThanOrEqual(15);
    const long = rows.findIndex((r) => textOf(path(children(r, 'c')[3], 'is', 't')).startsWith('结合纪念真理标准问题讨论40周年'));
    expect(heights[long]).toBeGreaterThanOrEqual(2 * header);
    const widths = children(child(sheet, 'cols')!, 'col').map((c) => Number(attr(c, 'width')));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(142);
    // A date cell cannot wrap: its column holds 2018年10月31日 (14 wide, a Chinese character two).
    for (const c of [6, 7, 8]) expect(widths[c]).toBeGreaterThanOrEqual(15);
  });

  it('with dates as numbers shown in a Chinese date format', () => {
    const numFmt = path(styles, 'numFmts', 'numFmt');
    expect(attr(numFmt, 'formatCode')).toBe('yyyy"年"m"月"d"日";@');
    const xfs = children(child(styles, 'cellXfs')!, 'xf');
    const due = children(rowsOf(sheet)[1]!, 'c')[8]!;
    expect(attr(due, 't')).toBeUndefined();
    // 2018-05-31: 43251 days after 1899-12-30.
    expect(textOf(child(due, 'v'))).toBe('43251');
    expect(attr(xfs[Number(attr(due, 's'))], 'numFmtId')).toBe(attr(numFmt, 'numFmtId'));
  });
});
