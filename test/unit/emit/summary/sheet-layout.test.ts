import { describe, expect, it } from 'vitest';
import { dateSerial, formatDate, isCalendarDate } from '../../../../src/emit/unit-lists/date-cell.js';
import { BAND_LIMIT, PAGE_FIELDS, band, bandText } from '../../../../src/emit/unit-lists/page-bands.js';
import { MAX_ROW_HEIGHT, columnWidths, rowHeight, wrappedLines } from '../../../../src/emit/unit-lists/sheet-layout.js';
import { fillLabel } from '../../../../src/emit/fill-label.js';

describe('wrapped lines', () => {
  it('breaks Chinese between any two characters, a column of 12 holding five of them', () => {
    expect(wrappedLines('', 12)).toBe(1);
    expect(wrappedLines('宣传条线', 12)).toBe(1);
    expect(wrappedLines('宣传条线宣', 12)).toBe(1);
    expect(wrappedLines('宣传条线宣传', 12)).toBe(2);
    expect(wrappedLines('宣'.repeat(16), 12)).toBe(4);
  });

  it('counts each line of its own and moves a Latin word down whole', () => {
    expect(wrappedLines('宣传\n条线', 40)).toBe(2);
    expect(wrappedLines('aaaa bbbb', 10)).toBe(1);
    expect(wrappedLines('aaaa bbbbbb', 10)).toBe(2);
    // A word wider than the column is broken inside.
    expect(wrappedLines('a'.repeat(25), 10)).toBe(3);
  });
});

describe('column widths', () => {
  const rules = [
    { min: 6, max: 10, wraps: false },
    { min: 10, max: 40, wraps: true },
    { min: 10, max: 20, wraps: true },
  ];

  it('fit the widest line, within the rule', () => {
    expect(columnWidths([['牵头', '短', 'x']], rules, 200)).toEqual([6, 10, 10]);
    // 12 Chinese characters: 24 wide, a little more in a spreadsheet's characters.
    const [, title] = columnWidths([['牵头', '宣'.repeat(12), '']], rules, 200);
    expect(wrappedLines('宣'.repeat(12), title!)).toBe(1);
    expect(columnWidths([['', '宣'.repeat(40), '宣'.repeat(40)]], rules, 200)).toEqual([6, 40, 20]);
  });

  it('narrow only the wrapping columns to fit the page, never below their minimum', () => {
    const widths = columnWidths([['', '宣'.repeat(40), '宣'.repeat(40)]], rules, 46);
    expect(widths[0]).toBe(6);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(46);
    expect(columnWidths([['', '宣'.repeat(40), '宣'.repeat(40)]], rules, 10)).toEqual([6, 10, 10]);
  });

  it('give a row the height of its cell with the most lines', () => {
    const one = rowHeight(['牵头', '短'], [10, 10]);
    expect(rowHeight(['牵头', '宣'.repeat(12)], [10, 10])).toBeGreaterThan(2 * one);
    expect(rowHeight(['', ''], [10, 10])).toBe(one);
  });

  it('never make a row taller than a spreadsheet allows, however long its text', () => {
    expect(rowHeight(['宣'.repeat(2000)], [10])).toBe(MAX_ROW_HEIGHT);
  });
});

describe('date cells', () => {
  it('are serial numbers of the 1900 date system', () => {
    expect(dateSerial('1970-01-01')).toBe(25569);
    expect(dateSerial('2018-05-31')).toBe(43251);
  });

  it('hold only dates the calendar has', () => {
    expect(isCalendarDate('2018-02-28')).toBe(true);
    expect(isCalendarDate('2018-02-29')).toBe(false);
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2018-5-1')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('are measured as their number format shows them', () => {
    expect(formatDate('2018-05-01', 'yyyy"年"m"月"d"日";@')).toBe('2018年5月1日');
    expect(formatDate('2018-05-01', 'yyyy-mm-dd;@')).toBe('2018-05-01');
  });
});

describe('page header and footer', () => {
  it('double every ampersand and keep the text on one line', () => {
    expect(bandText('R&D\n计划  &&')).toBe('R&&D 计划 &&&&');
    expect(fillLabel(bandText('第 {{page}} 页 共 {{pages}} 页'), PAGE_FIELDS)).toBe('第 &P 页 共 &N 页');
    expect(band({ left: 'a', right: 'b' })).toBe('&La&Rb');
  });

  it('stay within the length Excel accepts, cutting the longest section and never inside a code', () => {
    const long = band({ left: bandText('&'.repeat(300)), right: bandText('宣传条线任务清单') });
    expect(long.length).toBeLessThanOrEqual(BAND_LIMIT);
    expect(long.endsWith('&R宣传条线任务清单')).toBe(true);
    // Every ampersand of the shortened title is still one of a pair.
    const left = long.slice(2, long.indexOf('…'));
    expect(left.length % 2).toBe(0);
    expect(/^(&&)+$/.test(left)).toBe(true);
  });
});
