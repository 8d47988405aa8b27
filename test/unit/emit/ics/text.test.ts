import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, escapeText, icsDate, icsDuration, icsLocalDateTime, icsUtc, weekday } from '../../../../src/emit/ics/text.js';

describe('escapeText (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon and comma, and writes newlines as \\n', () => {
    expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });
  it('leaves colons, quotes and CJK punctuation alone', () => {
    expect(escapeText('截止：报送“方案”，共3期; ok')).toBe('截止：报送“方案”，共3期\\; ok');
    expect(escapeText('a:b "c"')).toBe('a:b "c"');
  });
  it('drops control characters other than tab', () => {
    expect(escapeText('a\u0001b\tc\u007f')).toBe('ab\tc');
  });
  it('returns the same string when there is nothing to escape', () => {
    const s = '召开街道党工委会议';
    expect(escapeText(s)).toBe(s);
  });
});

describe('date values', () => {
  it('formats DATE and local DATE-TIME values', () => {
    expect(icsDate('2018-05-01')).toBe('20180501');
    expect(icsLocalDateTime('2018-12-18', '09:30')).toBe('20181218T093000');
  });
  it('writes DTSTAMP in UTC with Z whatever the process zone', () => {
    expect(icsUtc(new Date('2018-05-02T08:09:10+08:00'))).toBe('20180502T000910Z');
    expect(() => icsUtc(new Date(Number.NaN))).toThrow(RangeError);
  });
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2018-05-31', 1)).toBe('2018-06-01');
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2018-03-01', -1)).toBe('2018-02-28');
    expect(daysBetween('2018-01-01', '2019-01-01')).toBe(365);
  });
  it('agrees with Date.UTC for every day of four centuries', () => {
    let d = '1900-01-01';
    for (let i = 0; i < 146_097; i += 1) {
      const ms = Date.UTC(1900, 0, 1 + i);
      if (i % 97 === 0) expect(d).toBe(new Date(ms).toISOString().slice(0, 10));
      if (i % 389 === 0) expect(weekday(d)).toBe(new Date(ms).getUTCDay());
      d = addDays(d, 1);
    }
    expect(d).toBe('2300-01-01');
  });
  it('writes signed durations', () => {
    expect(icsDuration(-(2 * 1440 + 15 * 60))).toBe('-P2DT15H');
    expect(icsDuration(9 * 60)).toBe('PT9H');
    expect(icsDuration(-4320)).toBe('-P3D');
    expect(icsDuration(0)).toBe('PT0M');
    expect(icsDuration(-90)).toBe('-PT1H30M');
  });
});
