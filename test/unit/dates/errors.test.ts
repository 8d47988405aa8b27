import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../src/dates/holidays/work-calendar.js';
import { resolveDate } from '../../../src/dates/resolve-date.js';

function errorOf(expr: string, ctx: { year: number; anchor?: string } = { year: 2018 }) {
  const outcome = resolveDate(expr, ctx);
  if (outcome.ok) throw new Error(`${expr} unexpectedly resolved to ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

/** The part of the ORIGINAL expression an error points at. */
function pointedAt(expr: string, e: { offset: number; length: number }): string {
  return expr.slice(e.offset, e.offset + e.length);
}

describe('errors point at the exact text and suggest accepted forms', () => {
  it('12月上询: the misspelt 旬, with 12月上旬 suggested first', () => {
    const e = errorOf('12月上询');
    expect(e).toMatchObject({ code: 'date-unparseable', offset: 3, length: 2 });
    expect(e.suggestions[0]).toBe('12月上旬');
  });

  it.each([
    ['12月中询', '询', '12月中旬'],
    ['第三季渡', '渡', '第三季度'],
    ['2018年底钱', '钱', '2018年底前'],
  ])('%s points at %s and suggests %s first', (expr, bad, suggestion) => {
    const e = errorOf(expr);
    expect(pointedAt(expr, e)).toBe(bad);
    expect(e.suggestions[0]).toBe(suggestion);
  });

  it('offsets count UTF-16 units of the original, un-normalised text (full-width digits)', () => {
    const expr = '２０１８年１２月上询';
    const e = errorOf(expr);
    expect(pointedAt(expr, e)).toBe('上询');
    expect(e.suggestions).toContain('2018年12月上旬');
  });

  it('traditional script keeps its offsets', () => {
    const expr = '於2018年12月上詢前';
    const e = errorOf(expr);
    expect(pointedAt(expr, e)).toBe('上詢');
  });

  it.each([
    ['2月30日', '30', { month: 2, day: 30 }],
    ['2019年2月29日', '29', { month: 2, day: 29 }],
    ['13月', '13', { month: 13 }],
    ['第五季度', '五', { quarter: 5 }],
    ['5月6日至5月32日', '32', { month: 5, day: 32 }],
    ['2018-02-30', '2018-02-30', { month: 2, day: 30 }],
  ])('%s is impossible, pointing at %s', (expr, bad, data) => {
    const e = errorOf(expr);
    expect(e.code).toBe('date-impossible');
    expect(pointedAt(expr, e)).toBe(bad);
    expect(e.data).toMatchObject(data);
    expect(e.suggestions.length).toBeGreaterThan(0);
  });

  it('2月30日 suggests the real last day', () => {
    expect(errorOf('2月30日').suggestions).toEqual(['2月28日', '2月底']);
  });

  it.each([
    ['2021416', '2021416'],
    ['??', '??'],
    ['5月xyz', 'xyz'],
    ['5月至', ''],
  ])('%s is unparseable at %j', (expr, bad) => {
    const e = errorOf(expr);
    expect(e.code).toBe('date-unparseable');
    expect(pointedAt(expr, e)).toBe(bad);
    expect(e.suggestions.length).toBeGreaterThan(0);
  });

  it('relative periods need the document date', () => {
    for (const expr of ['5个工作日内', '反馈后1个月内', '30日内', '节前']) {
      const e = errorOf(expr);
      expect(e.code).toBe('date-needs-anchor');
      expect(e.offset).toBe(0);
      expect(e.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('a bare day needs a month from somewhere', () => {
    expect(errorOf('14日上午').code).toBe('date-needs-reference');
    const ok = resolveDate('14日上午', { year: 2018, reference: '2018-12-01' });
    expect(ok.ok && ok.value).toEqual({ kind: 'instant', start: '2018-12-14', end: '2018-12-14', time: { start: '09:00', end: '12:00' } });
  });

  it('working days in a year without holiday data', () => {
    const e = errorOf('5个工作日内', { year: 2027, anchor: '2027-03-01' });
    expect(e).toMatchObject({ code: 'date-holiday-data-missing', data: { year: 2027, lastYear: 2026 } });
    expect(errorOf('2027年国庆节前').code).toBe('date-holiday-data-missing');
    const covered = resolveDate('5个工作日内', { year: 2027, anchor: '2027-03-01' }, createWorkCalendar({ holidays: [{ date: '2027-01-01', name: '元旦' }] }));
    expect(covered.ok && covered.value.end).toBe('2027-03-08');
  });

  it('a range that ends before it starts', () => {
    const e = errorOf('2018年5月1日至2018年4月1日');
    expect(e.code).toBe('date-impossible');
  });

  it('English errors cover the whole expression', () => {
    const e = errorOf('sometime soonish');
    expect(e).toMatchObject({ code: 'date-unparseable', offset: 0, length: 16 });
  });

  it('non-string or overlong input is refused without throwing', () => {
    expect(resolveDate('5月'.repeat(200), { year: 2018 }).ok).toBe(false);
    expect(resolveDate(undefined as unknown as string, { year: 2018 }).ok).toBe(false);
  });
});
