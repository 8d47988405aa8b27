import type { Cursor } from './cursor.js';
import { dayNumber, daysInMonth, fromDayNumber, monthEnd, monthStart, toIso, weekdayOf } from './day-number.js';
import type { DatesKey } from '../i18n/dates.js';
import { DateFailure, type DateFacts } from './failure.js';
import { FESTIVAL_LABEL } from './keywords.js';
import { digitwiseValue, isPositional } from './numerals.js';
import type { Point } from './point.js';
import type { Scope } from './scope.js';
import { readTimeOfDay } from './time-of-day.js';
import type { Token } from './tokenize.js';

const YEAR_TAILS = new Set(['年', '年底', '年末', '年初', '年中', '年内', '年度']);
const YEAR_PARTS = new Set(['年底', '年末', '年初', '年中', '年内', '年度', '全年', '上半年', '下半年', '全年度', '上半年度', '下半年度']);
const QUARTER_WORDS = new Set(['季度', '季', '季度末', '季末', '季度底']);
const MONTH_PARTS = new Set(['上旬', '中旬', '下旬', '上中旬', '中下旬', '初', '中', '底', '末']);
const DAY_MARKS = new Set(['日', '号']);
/** Words that give a number its unit (a dotted range end followed by one is read the ordinary way). */
const UNIT_WORDS = new Set(['年', '月', '日', '号', '季度', '季', '份', '上旬', '中旬', '下旬', '初', '中', '底', '末']);
/** 即日起, 从现在开始: the document date. */
const TODAY_WORDS = new Set(['即日', '现在']);
const QUARTER_END_MARKS = new Set(['末', '底']);
const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** 明年 etc.: offset from the base year. 次年/翌年/同年 inside a range count from the start's year. */
const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  '今年': 0, '本年': 0, '当年': 0, '同年': 0, '明年': 1, '次年': 1, '翌年': 1, '下一年': 1,
  '去年': -1, '上年': -1, '前年': -2, '后年': 2,
};
const FROM_RANGE_START = new Set(['次年', '翌年', '同年']);

interface YearRead {
  readonly year: number;
  readonly explicit: boolean;
  /** A year part merged into the year keyword: 2018年底 tokenises as 2018 + 年底. */
  readonly part?: string;
}

function impossible(key: DatesKey, t: Token, data: DateFacts): DateFailure {
  return new DateFailure('date-impossible', key, t.start, t.end, data);
}

/** A month as written (5月, 2018.5, 2018年13月) must be 1 to 12. */
function checkMonth(month: number, t: Token): void {
  if (!(month >= 1 && month <= 12)) throw impossible('dates.no-such-month', t, { month });
}

/** Says that the end of a range (10月至3月) was read in the year after its start, from `start` to `end` of the text. */
function noteRollover(scope: Scope, year: number, start: number, end: number): void {
  scope.notes.push({
    code: 'date-year-rollover',
    key: 'dates.year-rollover',
    start,
    end,
    data: { year },
  });
}

function isYearNumber(t: Token): boolean {
  if (t.kind !== 'num') return false;
  if (t.cn) return !isPositional(t.raw) && t.raw.length >= 4;
  return t.raw.length === 4;
}

function readYear(c: Cursor, scope: Scope, rangeStart: Point | undefined): YearRead | undefined {
  const t = c.peek();
  if (!t) return undefined;
  const tail = c.kw(1);
  if (t.kind === 'num' && tail !== undefined && YEAR_TAILS.has(tail) && isYearNumber(t)) {
    c.i += 2;
    return { year: t.cn ? digitwiseValue(t.raw) : t.value, explicit: true, ...(tail === '年' ? {} : { part: tail }) };
  }
  if (t.kind === 'placeholder') {
    c.i++;
    const after = c.accept(YEAR_TAILS);
    scope.notes.push({
      code: 'date-placeholder-year',
      key: 'dates.placeholder-year',
      start: t.start,
      end: c.lastEnd(),
      data: { year: scope.ctx.year },
    });
    // A template year stands for the plan year; in a range end it follows the start (and rolls over).
    return { year: rangeStart?.year ?? scope.defaultYear, explicit: false, ...(after && after !== '年' ? { part: after } : {}) };
  }
  if (t.kind === 'kw') {
    const offset = RELATIVE_YEARS[t.word];
    if (offset === undefined) return undefined;
    c.i++;
    const base = rangeStart && FROM_RANGE_START.has(t.word) ? rangeStart.year : scope.relativeBase;
    return { year: base + offset, explicit: true };
  }
  return undefined;
}

function yearPart(word: string, year: number, from: number, to: number): Point {
  const base = { year, yearExplicit: true, fuzzy: false, from, to } as const;
  switch (word) {
    case '年底':
    case '年末':
      return { ...base, gran: 'end', start: dayNumber(year, 12, 31), end: dayNumber(year, 12, 31) };
    case '年初': // "early in the year": January, a convention
      return { ...base, gran: 'part', fuzzy: true, start: monthStart(year, 1), end: monthEnd(year, 1) };
    case '年中': // "mid-year": June–July, a convention
      return { ...base, gran: 'part', fuzzy: true, start: monthStart(year, 6), end: monthEnd(year, 7) };
    case '上半年':
    case '上半年度':
      return { ...base, gran: 'half', start: monthStart(year, 1), end: monthEnd(year, 6) };
    case '下半年':
    case '下半年度':
      return { ...base, gran: 'half', start: monthStart(year, 7), end: monthEnd(year, 12) };
    default: // 年内, 全年, 年度
      return { ...base, gran: 'year', start: monthStart(year, 1), end: monthEnd(year, 12) };
  }
}

/** Quarter numbers from 三, 第二三, 一、二、三 (a list distributes 第…季度 over its items). */
function readQuarterNumbers(c: Cursor): number[] | undefined {
  const save = c.i;
  const quarters: number[] = [];
  for (;;) {
    const t = c.peek();
    if (t?.kind !== 'num') break;
    const digits = t.cn && !isPositional(t.raw) ? [...t.raw].map((ch) => digitwiseValue(ch)) : [t.value];
    for (const q of digits) quarters.push(q);
    c.i++;
    const p = c.peek();
    if (p?.kind === 'punct' && (p.ch === '、' || p.ch === ',') && c.peek(1)?.kind === 'num') c.i++;
    else break;
  }
  if (quarters.length > 0 && QUARTER_WORDS.has(c.kw() ?? '')) {
    const bad = quarters.findIndex((q) => !(q >= 1 && q <= 4));
    if (bad >= 0) {
      const t = c.peek(-1) as Token;
      throw impossible('dates.no-such-quarter', t, { quarter: quarters[bad] as number });
    }
    return quarters;
  }
  c.i = save;
  return undefined;
}

function quarterPoint(quarters: readonly number[], endWord: string, year: number, explicit: boolean, from: number, to: number): Point {
  const first = Math.min(...quarters);
  const last = Math.max(...quarters);
  const end = monthEnd(year, last * 3);
  if (endWord !== '季度' && endWord !== '季') {
    return { gran: 'end', start: end, end, year, yearExplicit: explicit, fuzzy: false, from, to };
  }
  return { gran: 'quarter', start: monthStart(year, first * 3 - 2), end, year, yearExplicit: explicit, fuzzy: false, from, to };
}

function monthPart(word: string, year: number, month: number): [number, number, boolean] {
  const last = daysInMonth(year, month);
  switch (word) {
    case '上旬': return [1, 10, false];
    case '中旬': return [11, 20, false];
    case '下旬': return [21, last, false]; // 下旬 runs to the month's real last day
    case '上中旬': return [1, 20, false];
    case '中下旬': return [11, last, false];
    case '初': return [1, 10, true]; // 月初 ≈ 上旬, a convention
    case '中': return [11, 20, true]; // 月中 ≈ 中旬, a convention
    default: return [last, last, false]; // 底/末: the last day
  }
}

function checkWeekday(c: Cursor, scope: Scope, day: number): void {
  const t = c.peek();
  if (t?.kind !== 'weekday') return;
  c.i++;
  const actual = weekdayOf(day);
  if (actual !== t.value) {
    scope.notes.push({
      code: 'date-weekday-mismatch',
      key: 'dates.weekday-mismatch',
      start: t.start,
      end: t.end,
      // `actual` is worded in the message's language (Saturday, 周六); the written weekday is quoted as written.
      data: { written: t.value, actual, writtenWeekday: `周${WEEKDAY_NAMES[t.value]}`, date: toIso(day) },
    });
  }
}

/** A day point with optional weekday note and time of day. */
function dayPoint(c: Cursor, scope: Scope, year: number, month: number, day: number, explicit: boolean, from: number, extra: Partial<Point> = {}): Point {
  const n = dayNumber(year, month, day);
  checkWeekday(c, scope, n);
  const time = readTimeOfDay(c);
  checkWeekday(c, scope, n);
  return { gran: 'day', start: n, end: n, year, month, yearExplicit: explicit, fuzzy: false, from, to: c.lastEnd(), ...(time ? { time } : {}), ...extra };
}

function readDay(c: Cursor, year: number, month: number): { day: number; markMissing: boolean } | undefined {
  const t = c.peek();
  if (t?.kind !== 'num') return undefined;
  c.i++;
  const markMissing = c.accept(DAY_MARKS) === undefined;
  if (!(t.value >= 1 && t.value <= daysInMonth(year, month))) {
    throw impossible('dates.no-such-day', t, { year, month, day: t.value });
  }
  return { day: t.value, markMissing };
}

function dottedRangeEnd(c: Cursor, scope: Scope, start: Point, t: Token & { kind: 'num' }): Point {
  c.i++;
  const month = t.value;
  checkMonth(month, t);
  let year = start.year;
  if (start.month !== undefined && month < start.month) {
    year += 1;
    noteRollover(scope, year, t.start, t.end);
  }
  return { gran: 'month', start: monthStart(year, month), end: monthEnd(year, month), year, month, yearExplicit: false, fuzzy: false, from: t.start, to: t.end };
}

/**
 * 12.18: month and day with a dot, as typed in a hurry. Not read: 12.18 is also a decimal, and a
 * plan's dates must be unmistakable. The error says what to write instead (12月18日, 2019.12.18).
 */
function dottedMonthDay(c: Cursor, t: Token & { kind: 'num' }, scope: Scope): void {
  const d = c.peek(2);
  if (d?.kind !== 'num' || d.cn || t.cn || c.kw(3) === '个' || !(t.value >= 1 && t.value <= 12) || !(d.value >= 1 && d.value <= 31)) return;
  const year = scope.defaultYear;
  throw new DateFailure(
    'date-unparseable',
    'dates.dotted-month-day',
    t.start,
    d.end,
    { month: t.value, day: d.value, year, form: 'dotted-month-day', written: `${t.raw}.${d.raw}` },
  );
}

/** Reads one point; `rangeStart` is set when reading the end of a range (it lends year and month). */
export function parsePoint(c: Cursor, scope: Scope, rangeStart?: Point): Point {
  const from = c.here();
  const first = c.peek();
  if (first?.kind === 'iso') {
    c.i++;
    if (!(first.month >= 1 && first.month <= 12) || first.day < 1 || first.day > daysInMonth(first.year, first.month)) {
      throw impossible('dates.not-a-calendar-date', first, { year: first.year, month: first.month, day: first.day });
    }
    return dayPoint(c, scope, first.year, first.month, first.day, true, from);
  }
  if (first?.kind === 'ym') {
    c.i++;
    checkMonth(first.month, first);
    return { gran: 'month', start: monthStart(first.year, first.month), end: monthEnd(first.year, first.month), year: first.year, month: first.month, yearExplicit: true, fuzzy: false, dotted: true, from, to: first.end };
  }
  if (rangeStart?.dotted && first?.kind === 'num' && !first.cn && first.raw.length <= 2 && !UNIT_WORDS.has(c.kw(1) ?? '')) {
    // 2005.1—4, 2006.1—12: the end of a dotted range is a month of the start's year.
    return dottedRangeEnd(c, scope, rangeStart, first);
  }
  if (first?.kind === 'kw' && TODAY_WORDS.has(first.word)) {
    // 即日起, 从现在开始: the document (issue) date.
    if (scope.anchor === undefined) {
      throw new DateFailure('date-needs-anchor', 'dates.needs-anchor.today', first.start, first.end, { word: first.word });
    }
    c.i++;
    const d = fromDayNumber(scope.anchor);
    return { gran: 'day', start: scope.anchor, end: scope.anchor, year: d.year, month: d.month, yearExplicit: true, fuzzy: false, from, to: first.end };
  }
  const yr = readYear(c, scope, rangeStart);
  const explicit = yr?.explicit ?? false;
  let year = yr?.year ?? rangeStart?.year ?? scope.defaultYear;
  // 本年底, 明年底: 底/末 straight after a year word is the year's end.
  const part = yr?.part ?? c.accept(YEAR_PARTS) ?? (yr && c.accept(QUARTER_END_MARKS) ? '年底' : undefined);
  if (part !== undefined) return yearPart(part, year, from, c.lastEnd());

  if (c.kw() === '前' && c.peek(1)?.kind === 'num' && QUARTER_WORDS.has(c.kw(2) ?? '')) {
    // 前三季度: the first N quarters
    const n = c.peek(1) as Token & { kind: 'num' };
    c.i += 3;
    if (!(n.value >= 1 && n.value <= 4)) throw impossible('dates.no-such-quarter', n, { quarter: n.value });
    return quarterPoint(Array.from({ length: n.value }, (_, k) => k + 1), '季度', year, explicit, from, c.lastEnd());
  }
  const hadDi = c.accept('第') !== undefined;
  const quarters = readQuarterNumbers(c);
  if (quarters) {
    const word = c.accept(QUARTER_WORDS) as string;
    if (quarters.length === 1 && (word === '季度' || word === '季') && c.accept('初')) {
      // 第四季度初: by convention the quarter's first 上旬 (10月上旬), like 月初; a fuzzy reading.
      const month = (quarters[0] as number) * 3 - 2;
      return { gran: 'part', start: dayNumber(year, month, 1), end: dayNumber(year, month, 10), year, month, yearExplicit: explicit, fuzzy: true, from, to: c.lastEnd() };
    }
    const endWord = c.accept(QUARTER_END_MARKS) ? '季度末' : word;
    return quarterPoint(quarters, endWord, year, explicit, from, c.lastEnd());
  }
  if (hadDi) throw new DateFailure('date-unparseable', 'dates.expected-quarter', from, c.here());

  const t = c.peek();
  if (t?.kind === 'num' && c.kw(1) === '月') {
    c.i += 2;
    const month = t.value;
    checkMonth(month, t);
    // The end of a range written without a year whose month comes before the start's: next year.
    if (!explicit && rangeStart && rangeStart.month !== undefined && month < rangeStart.month && rangeStart.gran !== 'year') {
      year = rangeStart.year + 1;
      noteRollover(scope, year, t.start, c.lastEnd());
    }
    c.accept('份');
    const mp = c.accept(MONTH_PARTS);
    if (mp !== undefined) {
      const [d1, d2, fuzzy] = monthPart(mp, year, month);
      const gran = mp === '底' || mp === '末' ? 'end' : 'part';
      return { gran, start: dayNumber(year, month, d1), end: dayNumber(year, month, d2), year, month, yearExplicit: explicit, fuzzy, from, to: c.lastEnd() };
    }
    const day = readDay(c, year, month);
    if (day) return dayPoint(c, scope, year, month, day.day, explicit, from, day.markMissing ? { dayMarkMissing: true } : {});
    return { gran: 'month', start: monthStart(year, month), end: monthEnd(year, month), year, month, yearExplicit: explicit, fuzzy: false, from, to: c.lastEnd() };
  }
  if (t?.kind === 'num' && DAY_MARKS.has(c.kw(1) ?? '')) {
    // A bare 14日 inherits its month from the range start or the reference date.
    const month = rangeStart?.month ?? scope.defaultMonth;
    if (month === undefined) {
      throw new DateFailure('date-needs-reference', 'dates.needs-reference', t.start, (c.peek(1) as Token).end, { day: t.value, written: `${t.raw}${c.kw(1)}`, dayWritten: t.raw });
    }
    if (rangeStart && !explicit && rangeStart.gran === 'day' && t.value < (rangeStart.start - monthStart(rangeStart.year, month) + 1)) {
      throw impossible('dates.range.end-day-before-start', t, { day: t.value });
    }
    const day = readDay(c, year, month);
    return dayPoint(c, scope, year, month, (day as { day: number }).day, explicit, from);
  }
  if (t?.kind === 'num' && c.isSep(1) && (!explicit || !isYearNumber(t))) {
    // 2018—2020年, 5-8月, 16—25日, 2011年4-5月: the unit is written once, after the separator.
    c.i++;
    return { gran: 'bare', start: 0, end: 0, year, yearExplicit: explicit, fuzzy: false, bareValue: t.cn && !isPositional(t.raw) && t.raw.length >= 4 ? digitwiseValue(t.raw) : t.value, from, to: t.end };
  }
  if (t?.kind === 'kw' && (FESTIVAL_LABEL[t.word] !== undefined || t.word === '节')) {
    c.i++;
    const festival = FESTIVAL_LABEL[t.word];
    if (festival !== undefined) c.accept('节');
    return { gran: 'holiday', start: 0, end: 0, year, yearExplicit: explicit, fuzzy: false, ...(festival ? { festival } : {}), from, to: c.lastEnd() };
  }
  if (yr) return yearPart('全年', year, from, c.lastEnd());
  if (t?.kind === 'num' && c.kw(1) === '个') {
    // 1-2个月, 3个月: a length of time, not a month; only 3个月内 (from the document date) is a date.
    const end = (c.peek(2) ?? c.peek(1) as Token).end;
    throw new DateFailure('date-unparseable', 'dates.length-not-date', t.start, end, { text: c.text.slice(t.start, end), count: t.raw });
  }
  if (t?.kind === 'num' && c.peek(1)?.kind === 'punct' && (c.peek(1) as Token & { kind: 'punct' }).ch === '.') dottedMonthDay(c, t, scope);
  if (t === undefined) throw new DateFailure('date-unparseable', 'dates.expected-date.at-end', c.textEnd, c.textEnd);
  throw new DateFailure('date-unparseable', 'dates.expected-date.at', t.start, t.end, { text: c.text.slice(t.start, t.end) });
}
