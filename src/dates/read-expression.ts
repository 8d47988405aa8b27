import { Cursor } from './cursor.js';
import { dayNumber, daysInMonth, monthEnd, monthStart, toIso } from './day-number.js';
import type { DatesKey } from '../i18n/dates.js';
import { DateFailure, type DateFacts } from './failure.js';
import { festivalDeadline, festivalSpan } from './festival.js';
import { refuseUnknowable } from './needs-dates.js';
import { readOngoing } from './ongoing.js';
import { parsePoint } from './parse-point.js';
import type { Point } from './point.js';
import { readRecurrence, startsRecurrence } from './recurrence.js';
import type { Scope } from './scope.js';
import type { Token } from './tokenize.js';
import type { ResolvedDate } from './types.js';
import { noteHolidaysOnWeekday } from './weekday-holidays.js';
import { workingDayDates } from './working-day-dates.js';

const LEAD_WORDS = new Set(['于', '在', '从', '自']);
const DEADLINE_LEADS = new Set(['截至', '截止']);
const BEFORE = new Set(['前', '以前', '之前', '为止']);
const DONE = new Set(['完成', '建成', '完工', '办结', '到位', '上报', '报送']);
const APPROX = new Set(['前后', '左右']);
const WRAP_END = new Set(['期间', '之间', '以内', '之内', '内', '间']);
const OPEN = new Set(['开始', '起', '以后', '之后', '后']);
const OPENERS = new Set(['(', '[', '【', '〔', '《', '“', '"']);
const CLOSERS = new Set([')', ']', '】', '〕', '》', '”', '"']);
/** Granularities whose 前 reading is ambiguous: "6月前" is "before June" or "by the end of June". */
const STRICT_BEFORE = new Set(['year', 'half', 'quarter', 'month']);

interface Suffixes {
  before?: Token;
  done: boolean;
  approx: boolean;
  open: boolean;
}

/** Drops brackets around the whole expression: (7月3日至7月15日), 【5月】. */
function unwrap(tokens: readonly Token[]): readonly Token[] {
  let list = tokens;
  for (;;) {
    const first = list[0];
    const last = list[list.length - 1];
    if (list.length < 2 || first?.kind !== 'punct' || last?.kind !== 'punct' || !OPENERS.has(first.ch) || !CLOSERS.has(last.ch)) return list;
    list = list.slice(1, -1);
  }
}

function unexpected(t: Token): DateFailure {
  const shown = t.kind === 'kw' ? t.word : t.kind === 'word' ? t.text : t.kind === 'punct' ? t.ch : t.kind === 'num' ? t.raw : '';
  return new DateFailure('date-unparseable', 'dates.unexpected', t.start, t.end, { text: shown });
}

function readSuffixes(c: Cursor): Suffixes {
  const s: Suffixes = { done: false, approx: false, open: false };
  while (!c.atEnd()) {
    const t = c.peek() as Token;
    const w = t.kind === 'kw' ? t.word : undefined;
    if (w !== undefined && BEFORE.has(w)) s.before ??= t;
    else if (w !== undefined && DONE.has(w)) s.done = true;
    else if (w !== undefined && APPROX.has(w)) s.approx = true;
    else if (w !== undefined && OPEN.has(w)) s.open = true;
    else if (w === undefined || !WRAP_END.has(w)) throw unexpected(t);
    c.i++;
  }
  return s;
}

/** 2018—2020年, 5-8月, 16—25日: the bare start takes its unit from the end. */
function completeBareStart(p1: Point, p2: Point): Point {
  const v = p1.bareValue ?? 0;
  const base = { yearExplicit: p1.yearExplicit, fuzzy: false, from: p1.from, to: p1.to } as const;
  if (p1.yearExplicit && p2.year !== p1.year && (p2.gran === 'month' || p2.gran === 'part' || p2.gran === 'end') && v >= 1 && v <= 12) {
    // 2019年11-2020年2月: the bare month belongs to the year written before it.
    return { ...base, gran: 'month', start: monthStart(p1.year, v), end: monthEnd(p1.year, v), year: p1.year, month: v };
  }
  if (p2.gran === 'year' && p2.yearExplicit && v >= 1000) {
    return { ...base, gran: 'year', start: monthStart(v, 1), end: monthEnd(v, 12), year: v, yearExplicit: true };
  }
  if (p2.month !== undefined && (p2.gran === 'month' || p2.gran === 'part' || p2.gran === 'end') && v >= 1 && v <= 12) {
    return { ...base, gran: 'month', start: monthStart(p2.year, v), end: monthEnd(p2.year, v), year: p2.year, month: v };
  }
  if (p2.gran === 'day' && p2.month !== undefined && v >= 1 && v <= daysInMonth(p2.year, p2.month)) {
    const start = dayNumber(p2.year, p2.month, v);
    if (start <= p2.start) return { ...base, gran: 'day', start, end: start, year: p2.year, month: p2.month };
  }
  throw new DateFailure('date-unparseable', 'dates.bare-number.range-start', p1.from, p1.to, { number: v });
}

function deadlineStart(scope: Scope, end: number): number {
  const start = scope.anchor ?? scope.planStart;
  return start <= end ? start : end;
}

function note(scope: Scope, code: string, key: DatesKey, start: number, end: number, data?: DateFacts): void {
  scope.notes.push({ code, key, start, end, ...(data ? { data } : {}) });
}

function readRange(p1: Point, p2: Point, s: Suffixes, scope: Scope): ResolvedDate {
  const first = p1.gran === 'bare' ? completeBareStart(p1, p2) : p1;
  if (first.gran === 'holiday' || p2.gran === 'holiday' || p2.gran === 'bare') {
    throw new DateFailure('date-unparseable', 'dates.range.needs-calendar-dates', first.from, p2.to);
  }
  if (first.gran === 'end' || first.fuzzy) {
    note(scope, 'date-fuzzy', first.gran === 'end' ? 'dates.fuzzy.range-start.month-end' : 'dates.fuzzy.range-start.month-part', first.from, first.to, { start: toIso(first.start) });
  }
  if (p2.dayMarkMissing && s.before) {
    note(scope, 'date-typo', 'dates.typo.day-mark-before', p2.from, s.before.end);
  }
  if (p2.end < first.start) {
    throw new DateFailure('date-impossible', 'dates.range.ends-before-start', first.from, p2.to, { start: toIso(first.start), end: toIso(p2.end) });
  }
  return { kind: 'window', start: toIso(first.start), end: toIso(p2.end), ...(first.fuzzy || p2.fuzzy ? { fuzzy: true } : {}) };
}

function readSingle(p: Point, s: Suffixes, deadlineLead: boolean, scope: Scope): ResolvedDate {
  if (p.gran === 'bare') throw new DateFailure('date-unparseable', 'dates.bare-number.single', p.from, p.to, { number: p.bareValue ?? 0 });
  if (p.gran === 'holiday') {
    if (s.before || s.done || deadlineLead) {
      const end = festivalDeadline(p, scope);
      return { kind: 'deadline', start: toIso(deadlineStart(scope, end)), end: toIso(end) };
    }
    const span = festivalSpan(p, scope);
    if (s.open) return { kind: 'window', start: toIso(span.end + 1), end: toIso(Math.max(scope.planEnd, span.end + 1)) };
    if (s.approx) {
      // 春节前后 may mean weeks around the festival; the break itself is the only date the text gives.
      note(scope, 'date-fuzzy', 'dates.fuzzy.festival-approx', p.from, p.to, { festival: p.festival ?? '节', start: toIso(span.start), end: toIso(span.end) });
      return { kind: 'window', start: toIso(span.start), end: toIso(span.end), approx: true };
    }
    return { kind: 'window', start: toIso(span.start), end: toIso(span.end) };
  }
  if (p.dayMarkMissing) note(scope, 'date-typo', 'dates.typo.day-mark', p.from, p.to);
  if (p.fuzzy && !s.before && !s.done) {
    note(scope, 'date-fuzzy', 'dates.fuzzy.convention', p.from, p.to, { start: toIso(p.start), end: toIso(p.end) });
  } else if (p.fuzzy) {
    // 年中前 / 月初前: the due day is the end of a conventional span, an assumption like the span.
    note(scope, 'date-fuzzy', 'dates.fuzzy.convention-due', p.from, p.to, { start: toIso(p.start), end: toIso(p.end) });
  }
  const fuzzy = p.fuzzy ? { fuzzy: true } : {};
  if (s.before && !s.open) {
    let end = p.end;
    if (STRICT_BEFORE.has(p.gran)) {
      // 6月前: strictly "before June" = due May 31; many authors mean 6月底前, so say so.
      end = p.start - 1;
      note(scope, 'date-ambiguous', 'dates.ambiguous-before', p.from, s.before.end, {
        strict: toIso(end),
        loose: toIso(p.end),
      });
    }
    return { kind: 'deadline', start: toIso(deadlineStart(scope, end)), end: toIso(end) };
  }
  if (s.done || deadlineLead) return { kind: 'deadline', start: toIso(deadlineStart(scope, p.end)), end: toIso(p.end) };
  if (s.open) {
    const end = scope.planEnd >= p.start ? scope.planEnd : monthEnd(p.year, 12) >= p.start ? monthEnd(p.year, 12) : p.end;
    return { kind: 'window', start: toIso(p.start), end: toIso(end), ...fuzzy };
  }
  const time = p.time ? { time: p.time } : {};
  const approx = s.approx ? { approx: true } : {};
  if (p.gran === 'day') return { kind: 'instant', start: toIso(p.start), end: toIso(p.end), ...time, ...approx };
  if (p.gran === 'end') return { kind: 'deadline', start: toIso(deadlineStart(scope, p.end)), end: toIso(p.end), ...approx };
  return { kind: 'window', start: toIso(p.start), end: toIso(p.end), ...approx, ...fuzzy };
}

/** The Chinese grammar of date-expressions.md §4 over the token list. */
export function readExpression(tokens: readonly Token[], text: string, scope: Scope): ResolvedDate {
  const textLength = text.length;
  const list = unwrap(tokens);
  if (list.length === 0) throw new DateFailure('date-unparseable', 'dates.empty', 0, textLength);
  const planSpan = { start: toIso(scope.planStart), end: toIso(scope.planEnd) };
  const ongoing = readOngoing(list);
  if (ongoing) {
    const end = ongoing.boundedToYear ? Math.min(scope.planEnd, monthEnd(scope.ctx.year, 12)) : scope.planEnd;
    if (ongoing.immediate) note(scope, 'date-immediate', 'dates.immediate', 0, textLength);
    return { kind: 'ongoing', start: planSpan.start, end: toIso(end) };
  }
  const only = list[0];
  if (list.length === 2 && only?.kind === 'word' && list[1]?.kind === 'kw' && list[1].word === '期间') {
    // 活动期间 / 大讨论活动期间: "during the campaign" is the plan period itself; 汛期期间 is not.
    refuseUnknowable(only.text);
    return { kind: 'window', ...planSpan };
  }
  const c = new Cursor(list, text);
  let deadlineLead = false;
  for (;;) {
    if (c.accept(LEAD_WORDS)) continue;
    // 截至/截止 X, and a leading 到/至 ("到年底": until the end of the year), make X a due day.
    if (c.accept(DEADLINE_LEADS)) {
      deadlineLead = true;
      continue;
    }
    if (c.i === 0 && c.isSep() && c.peek(1) !== undefined) {
      c.i++;
      deadlineLead = true;
      continue;
    }
    break;
  }
  if (c.kw() === '季度末' && c.tokens.length === c.i + 1) {
    // A bare 季度末 (no quarter named) is every quarter's end.
    return { kind: 'recurring', ...planSpan, rrule: 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1' };
  }
  if (startsRecurrence(c)) {
    const { workingDay, ...r } = readRecurrence(c);
    if (workingDay) {
      const dates = workingDayDates(workingDay.which, workingDay.months, scope, text);
      return { kind: 'recurring', ...planSpan, ...(r.countPerPeriod ? { countPerPeriod: r.countPerPeriod } : {}), dates };
    }
    noteHolidaysOnWeekday(r.rrule, scope, textLength);
    return { kind: 'recurring', ...planSpan, ...r };
  }
  const p1 = parsePoint(c, scope);
  const opened = c.accept(OPEN) !== undefined;
  let p2: Point | undefined;
  if (c.isSep()) {
    c.i++;
    // A bare start lends its year only when one was written (2011年4-5月); 2018—2020年 has none.
    p2 = parsePoint(c, scope, p1.gran === 'bare' && !p1.yearExplicit ? undefined : p1);
  }
  const s = readSuffixes(c);
  if (p2) return readRange(p1, p2, s, scope);
  return readSingle(p1, { ...s, open: s.open || opened }, deadlineLead, scope);
}
