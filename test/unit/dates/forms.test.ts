import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/dates/resolve-date.js';
import type { DateContext } from '../../../src/dates/types.js';

const Y2018: DateContext = { year: 2018 };

function value(expr: string, ctx: DateContext = Y2018) {
  const outcome = resolveDate(expr, ctx);
  if (!outcome.ok) throw new Error(`${expr}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.value;
}

function notes(expr: string, ctx: DateContext = Y2018) {
  return resolveDate(expr, ctx).notes;
}

function span(expr: string, ctx: DateContext = Y2018): string {
  const v = value(expr, ctx);
  return `${v.kind} ${v.start}..${v.end}`;
}

describe('windows, deadlines and instants', () => {
  it.each([
    ['2018-12-18', 'instant 2018-12-18..2018-12-18'],
    ['2018-10-01..2018-12-10', 'window 2018-10-01..2018-12-10'],
    ['2018/10/01至2018/12/10', 'window 2018-10-01..2018-12-10'],
    ['5-8月', 'window 2018-05-01..2018-08-31'],
    ['自5月1日至6月30日', 'window 2018-05-01..2018-06-30'],
    ['从6月1日起至8月31日', 'window 2018-06-01..2018-08-31'],
    ['6月1日起', 'window 2018-06-01..2018-12-31'],
    ['6月以后', 'window 2018-06-01..2018-12-31'],
    ['前三季度', 'window 2018-01-01..2018-09-30'],
    ['第一、二、三、四季度', 'window 2018-01-01..2018-12-31'],
    ['2季度', 'window 2018-04-01..2018-06-30'],
    ['季度末', 'recurring 2018-01-01..2018-12-31'],
    ['第三季度末', 'deadline 2018-01-01..2018-09-30'],
    ['年内完成', 'deadline 2018-01-01..2018-12-31'],
    ['本年底前', 'deadline 2018-01-01..2018-12-31'],
    ['2018年度', 'window 2018-01-01..2018-12-31'],
    ['截止6月底', 'deadline 2018-01-01..2018-06-30'],
    ['到年底', 'deadline 2018-01-01..2018-12-31'],
    ['上半年度', 'window 2018-01-01..2018-06-30'],
    ['明年上半年', 'window 2019-01-01..2019-06-30'],
    ['二〇二〇―二〇二二年', 'window 2020-01-01..2022-12-31'],
    ['国庆节后', 'window 2018-10-08..2018-12-31'],
    ['每两周', 'recurring 2018-01-01..2018-12-31'],
    ['2月下旬', 'window 2018-02-21..2018-02-28'],
    ['2020年2月下旬', 'window 2020-02-21..2020-02-29'],
    ['【5月】', 'window 2018-05-01..2018-05-31'],
    ['〔10月中旬〕', 'window 2018-10-11..2018-10-20'],
    ['廿八日', 'instant 2018-03-28..2018-03-28'],
  ])('%s → %s', (expr, expected) => {
    expect(span(expr, { year: 2018, reference: '2018-03-01' })).toBe(expected);
  });

  it('years carry across a range; 次年 counts from the start, 明年 from the document date', () => {
    expect(span('2022年9月16日至10月18日', { year: 2020 })).toBe('window 2022-09-16..2022-10-18');
    expect(span('2019年11月至次年3月')).toBe('window 2019-11-01..2020-03-31');
    expect(span('明年7月份', { year: 2023, anchor: '2022-12-27' })).toBe('window 2023-07-01..2023-07-31');
    expect(span('明年7月份', { year: 2023 })).toBe('window 2024-07-01..2024-07-31');
    expect(span('去年12月')).toBe('window 2017-12-01..2017-12-31');
    expect(span('今年10月至2019年12月')).toBe('window 2018-10-01..2019-12-31');
  });

  it('deadline start is the anchor when there is one, else the plan start', () => {
    expect(span('6月底前', { year: 2018, anchor: '2018-03-05' })).toBe('deadline 2018-03-05..2018-06-30');
    expect(span('6月底前', { year: 2018, planStart: '2018-05-01' })).toBe('deadline 2018-05-01..2018-06-30');
  });

  it('ongoing and recurring span the plan period', () => {
    const plan: DateContext = { year: 2018, planStart: '2018-05-01', planEnd: '2020-12-31' };
    expect(span('长期坚持', plan)).toBe('ongoing 2018-05-01..2020-12-31');
    expect(span('年内持续推进', plan)).toBe('ongoing 2018-05-01..2018-12-31');
    expect(span('每月', plan)).toBe('recurring 2018-05-01..2020-12-31');
    expect(span('大讨论活动期间', plan)).toBe('window 2018-05-01..2020-12-31');
  });

  it('立行立改 is ongoing with a note that it is due at once', () => {
    expect(span('立行立改')).toBe('ongoing 2018-01-01..2018-12-31');
    expect(notes('立行立改').map((n) => n.code)).toEqual(['date-immediate']);
  });
});

describe('time of day', () => {
  it.each([
    ['2018年12月18日上午', { start: '09:00', end: '12:00' }],
    ['12月18日下午', { start: '14:00', end: '17:30' }],
    ['12月18日晚上', { start: '19:00', end: '21:00' }],
    ['5月16日08:30-12:00', { start: '08:30', end: '12:00' }],
    ['5月16日下午3点半', { start: '15:30' }],
    ['5月16日15时30分', { start: '15:30' }],
    ['５月１６日１４：００', { start: '14:00' }],
  ])('%s', (expr, time) => {
    expect(value(expr).time).toEqual(time);
  });

  it('rejects impossible clock times', () => {
    const outcome = resolveDate('5月16日25:00', Y2018);
    expect(!outcome.ok && outcome.error.code).toBe('date-impossible');
  });
});

describe('notes', () => {
  it('6月前: strict reading plus both readings in the data', () => {
    const [n] = notes('6月前');
    expect(n).toMatchObject({ code: 'date-ambiguous', offset: 0, length: 3, data: { strict: '2018-05-31', loose: '2018-06-30' } });
  });

  it('year roll-over in an implicit cross-year range', () => {
    expect(span('12月7日—2月8日')).toBe('window 2018-12-07..2019-02-08');
    expect(notes('12月7日—2月8日')).toMatchObject([{ code: 'date-year-rollover', data: { year: 2019 } }]);
  });

  it('template years', () => {
    expect(span('20**年12月10日—20**年1月5日')).toBe('window 2018-12-10..2019-01-05');
    for (const expr of ['20xx年5月', '**年5月', '____年5月', '20××年5月']) {
      expect(span(expr)).toBe('window 2018-05-01..2018-05-31');
      expect(notes(expr)[0]).toMatchObject({ code: 'date-placeholder-year', offset: 0 });
    }
  });

  it('the 4月15前 typo', () => {
    expect(span('3月28日-4月15前')).toBe('window 2018-03-28..2018-04-15');
    expect(notes('3月28日-4月15前').map((n) => n.code)).toEqual(['date-typo']);
    expect(notes('4月15前').map((n) => n.code)).toEqual(['date-typo']);
  });

  it('月底 / 月初 as a range start is fuzzy', () => {
    expect(notes('4月底至5月中旬')).toMatchObject([{ code: 'date-fuzzy', offset: 0, length: 3 }]);
    expect(value('7月初').fuzzy).toBe(true);
  });

  it('weekday annotations are stripped and checked', () => {
    expect(notes('2018年12月29日(星期六)')).toEqual([]);
    expect(notes('2018年12月29日（周六）')).toEqual([]);
    const [n] = notes('2018年12月29日(星期五)');
    expect(n).toMatchObject({ code: 'date-weekday-mismatch', offset: 11, length: 5, data: { written: 5, actual: 6 } });
  });

  it('a bare 周六 right after a day is a weekday annotation too', () => {
    expect(notes('2026年2月14日周六')).toEqual([]);
    expect(notes('2018年2月14日周六')).toMatchObject([{ code: 'date-weekday-mismatch', offset: 10, length: 2 }]);
  });

  it('lunar annotations are ignored', () => {
    expect(span('2月15日(农历除夕)')).toBe('instant 2018-02-15..2018-02-15');
  });
});

describe('recurrences', () => {
  it.each([
    ['每月28日前', 'FREQ=MONTHLY;BYMONTHDAY=28', undefined],
    ['每月30日前', 'FREQ=MONTHLY;BYMONTHDAY=30,-1;BYSETPOS=1', undefined],
    ['逐月', 'FREQ=MONTHLY;BYMONTHDAY=-1', undefined],
    ['每季度最后一个月的30日前', 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=30', undefined],
    ['每季度最后一个月的31日前', 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=31,-1;BYSETPOS=1', undefined],
    ['以季度为节点', 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1', undefined],
    ['每周五', 'FREQ=WEEKLY;BYDAY=FR', undefined],
    ['每周编发二期工作简报', 'FREQ=WEEKLY', 2],
    ['每年开展1次集中考评', 'FREQ=YEARLY', 1],
    ['每年開展1次集中考評', 'FREQ=YEARLY', 1],
    ['每半年', 'FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1', undefined],
    ['于每月28日前', 'FREQ=MONTHLY;BYMONTHDAY=28', undefined],
  ])('%s → %s', (expr, rrule, count) => {
    const v = value(expr);
    expect(v.kind).toBe('recurring');
    expect(v.rrule).toBe(rrule);
    expect(v.countPerPeriod).toBe(count);
  });
});

describe('relative periods and holidays', () => {
  const issued = (anchor: string): DateContext => ({ year: Number(anchor.slice(0, 4)), anchor });
  it.each([
    ['反馈后1个月内', '2018-01-31', '2018-02-28'],
    ['反馈后1个月内', '2020-01-31', '2020-02-29'],
    ['2个月内', '2018-12-31', '2019-02-28'],
    ['30日内', '2018-12-01', '2018-12-31'],
    ['15天内', '2018-12-20', '2019-01-04'],
    ['2周内', '2018-12-20', '2019-01-03'],
    ['三个工作日内', '2019-02-01', '2019-02-11'],
    ['10个工作日内', '2020-01-20', '2020-02-11'],
    ['節前', '2018-09-10', '2018-09-21'], // the next break is 中秋 (09-22..09-24), not 国庆
  ])('%s from %s → %s', (expr, anchor, end) => {
    expect(span(expr, issued(anchor))).toBe(`deadline ${anchor}..${end}`);
  });

  it.each([
    ['国庆节前', 2018, '2018-09-30'],
    ['元旦前', 2018, '2018-12-29'],
    ['2019年元旦前', 2018, '2018-12-29'],
    ['2019年春节前', 2019, '2019-02-03'],
    ['春节前', 2026, '2026-02-14'],
    ['五一前', 2019, '2019-04-30'],
  ])('%s in a %i plan is due %s', (expr, year, end) => {
    expect(value(expr, { year }).end).toBe(end);
  });

  it('a festival on its own is its break', () => {
    expect(span('国庆节期间')).toBe('window 2018-10-01..2018-10-07');
  });
});

describe('English', () => {
  it.each([
    ['early May', 'window 2018-05-01..2018-05-10'],
    ['mid-December', 'window 2018-12-11..2018-12-20'],
    ['late June', 'window 2018-06-21..2018-06-30'],
    ['by end of 2018', 'deadline 2018-01-01..2018-12-31'],
    ['by the end of June 2019', 'deadline 2018-01-01..2019-06-30'],
    ['by June', 'deadline 2018-01-01..2018-06-30'],
    ['Q1 2019', 'window 2019-01-01..2019-03-31'],
    ['second half of the year', 'window 2018-07-01..2018-12-31'],
    ['first quarter', 'window 2018-01-01..2018-03-31'],
    ['around 20 December', 'instant 2018-12-20..2018-12-20'],
    ['from May to the end of the year', 'window 2018-05-01..2018-12-31'],
    ['November to March next year', 'window 2018-11-01..2019-03-31'],
    ['ongoing', 'ongoing 2018-01-01..2018-12-31'],
    ['every month by the 28th', 'recurring 2018-01-01..2018-12-31'],
    ['quarterly', 'recurring 2018-01-01..2018-12-31'],
    ['throughout the year', 'window 2018-01-01..2018-12-31'],
    ['from 1 May to 30 June 2019', 'window 2019-05-01..2019-06-30'],
    ['November to March 2019', 'window 2018-11-01..2019-03-31'],
    ['end of Q2', 'deadline 2018-01-01..2018-06-30'],
    ['December 20, 2018', 'instant 2018-12-20..2018-12-20'],
  ])('%s → %s', (expr, expected) => {
    expect(span(expr)).toBe(expected);
  });

  it('within N working days counts from the document date', () => {
    expect(span('within 5 working days', { year: 2018, anchor: '2018-09-28' })).toBe('deadline 2018-09-28..2018-10-10');
  });
});

describe('range wordings of real plans', () => {
  it.each([
    ['2011年4-5月', 'window 2011-04-01..2011-05-31'],
    ['2019年3—5月', 'window 2019-03-01..2019-05-31'],
    ['2010年6月11日---2010年7月31日', 'window 2010-06-11..2010-07-31'],
    ['2019年4月--6月', 'window 2019-04-01..2019-06-30'],
    ['2005.1—4', 'window 2005-01-01..2005-04-30'],
    ['2005.8—2006.3', 'window 2005-08-01..2006-03-31'],
    ['2019.03-2019.06', 'window 2019-03-01..2019-06-30'],
    ['xxxx年4月26日—xxxx年5月7日', 'window 2018-04-26..2018-05-07'],
    ['（２０１１年４～５月）', 'window 2011-04-01..2011-05-31'],
  ])('%s → %s', (expr, expected) => {
    expect(span(expr)).toBe(expected);
  });

  it('a dotted range whose end month comes first rolls into the next year, with a note', () => {
    expect(span('2005.10—2')).toBe('window 2005-10-01..2006-02-28');
    expect(notes('2005.10—2')).toMatchObject([{ code: 'date-year-rollover', offset: 8, length: 1, data: { year: 2006 } }]);
  });

  it('即日 / 现在 are the document date, and say so when there is none', () => {
    const issued: DateContext = { year: 2019, anchor: '2019-03-05' };
    expect(span('即日起至2019年6月30日', issued)).toBe('window 2019-03-05..2019-06-30');
    expect(span('自即日起', issued)).toBe('window 2019-03-05..2019-12-31');
    const outcome = resolveDate('即日起至2019年6月30日', { year: 2019 });
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'date-needs-anchor', offset: 0, length: 2 });
  });

  it('a duration is not a range of months, and the message says what it is', () => {
    for (const expr of ['1-2个月', '3个月', '1～2个月']) {
      const outcome = resolveDate(expr, Y2018);
      expect(outcome.ok, expr).toBe(false);
      if (!outcome.ok) expect(outcome.error.message).toMatch(/length of time, not a date/);
    }
  });
});
