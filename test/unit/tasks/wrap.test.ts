import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../src/tasks/column-widths.js';
import { truncate, wrap, wrapList } from '../../../src/tasks/wrap.js';
import { displayWidth } from '../../../src/text/display-width.js';

describe('wrap', () => {
  it('breaks Chinese between characters, each line within the width, and the lines re-join to the text', () => {
    const text = '召开街道党工委中心组学习会对开展大讨论活动进行动员部署';
    const lines = wrap(text, 10);
    expect(lines).toEqual(['召开街道党', '工委中心组', '学习会对开', '展大讨论活', '动进行动员', '部署']);
    expect(lines.join('')).toBe(text);
    // An odd width leaves a cell empty rather than splitting a character.
    expect(wrap(text, 9).every((l) => displayWidth(l) <= 8)).toBe(true);
  });

  it('keeps a closing mark off the start of a line and an opening one off its end', () => {
    expect(wrap('甲乙丙丁,戊己', 8)).toEqual(['甲乙丙', '丁,戊己']);
    expect(wrap('甲乙丙“丁戊”', 8)).toEqual(['甲乙丙', '“丁戊”']);
  });

  it('breaks English at spaces and splits only a word wider than the column', () => {
    expect(wrap('hold the forum in the autumn', 12)).toEqual(['hold the', 'forum in the', 'autumn']);
    expect(wrap('see https://example.org/a/very/long/path now', 10)).toEqual(['see', 'https://ex', 'ample.org/', 'a/very/lon', 'g/path now']);
    expect(wrap('40周年 forum', 6)).toEqual(['40周年', 'forum']);
  });

  it('shows tabs and line breaks as spaces, and never returns no line', () => {
    expect(wrap('a\tb\nc', 10)).toEqual(['a b c']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('cuts to one line ending in … under --truncate', () => {
    expect(truncate('召开街道党工委会议', 9)).toBe('召开街道…');
    expect(displayWidth(truncate('召开街道党工委会议', 9))).toBe(9);
    expect(truncate('短', 9)).toBe('短');
  });

  it('breaks a list of unit names between names', () => {
    expect(wrapList('组织条线、纪检条线、宣传条线', 20)).toEqual(['组织条线、纪检条线、', '宣传条线']);
    expect(wrapList('Party office, Publicity', 13)).toEqual(['Party office,', 'Publicity']);
    expect(wrapList('街道各级党组织和各部门', 8)).toEqual(['街道各级', '党组织和', '各部门']);
  });
});

describe('columnWidths', () => {
  it('keeps natural widths when they fit', () => {
    expect(columnWidths([{ natural: 10, minimum: 10 }, { natural: 30, minimum: 12 }], 50)).toEqual([10, 30]);
  });

  it('shares what is left among the wrapping columns by weight, filling the room exactly', () => {
    const widths = columnWidths([{ natural: 10, minimum: 10 }, { natural: 60, minimum: 12, weight: 2 }, { natural: 40, minimum: 8 }], 70)!;
    expect(widths[0]).toBe(10);
    expect(widths.reduce((a, b) => a + b)).toBe(70);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    // A short column is never squeezed below what it needs while a long one still has room to give.
    expect(columnWidths([{ natural: 60, minimum: 12 }, { natural: 9, minimum: 8 }], 40)).toEqual([31, 9]);
  });

  it('gives up when even the minimums do not fit', () => {
    expect(columnWidths([{ natural: 10, minimum: 10 }, { natural: 60, minimum: 12 }], 21)).toBeUndefined();
  });
});
