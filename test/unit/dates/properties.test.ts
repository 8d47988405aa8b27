import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth, toIso, weekdayOf } from '../../../src/dates/day-number.js';
import { resolveDate } from '../../../src/dates/resolve-date.js';

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const ZEROS = ['〇', '○', 'O', '零'];
const SEPARATORS = ['至', '到', '~', '〜', '—', '―', '–', '-', '--', '——', '～', '－', '..'];
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function fullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** 1..31 the way plans write them: 九, 十, 十二, 二十, 二十八, 三十一. */
function cnPositional(n: number): string {
  if (n < 10) return CN_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

/** Years digit by digit, with the zero written as 〇, ○, a Latin O or 零. */
function cnYear(y: number, zero: string): string {
  return [...String(y)].map((d) => (d === '0' ? zero : CN_DIGITS[Number(d)])).join('');
}

type Style = 'ascii' | 'fullwidth' | 'chinese';

function renderDate(y: number | undefined, m: number, d: number, style: Style, zero: string): string {
  if (style === 'chinese') return `${y === undefined ? '' : `${cnYear(y, zero)}年`}${cnPositional(m)}月${cnPositional(d)}日`;
  const text = `${y === undefined ? '' : `${y}年`}${m}月${d}日`;
  return style === 'fullwidth' ? fullWidth(text) : text;
}

const dateArb = fc
  .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }));
const styleArb = fc.constantFrom<Style>('ascii', 'fullwidth', 'chinese');
const zeroArb = fc.constantFrom(...ZEROS);

describe('surface forms of a day resolve to the same ISO date', () => {
  it('single days, with or without the year, in ASCII, full-width and Chinese numerals', () => {
    fc.assert(
      fc.property(dateArb, styleArb, zeroArb, fc.boolean(), fc.constantFrom('', '于', '在'), fc.boolean(), ({ y, m, d }, style, zero, withYear, lead, weekday) => {
        const n = dayNumber(y, m, d);
        const note = weekday ? `(星期${WEEKDAYS[weekdayOf(n)]})` : '';
        const expr = `${lead}${renderDate(withYear ? y : undefined, m, d, style, zero)}${note}`;
        const outcome = resolveDate(expr, { year: y });
        expect(outcome.ok && outcome.value).toEqual({ kind: 'instant', start: toIso(n), end: toIso(n) });
        expect(outcome.notes).toEqual([]);
      }),
    );
  });

  it('deadlines 前/以前/之前/底前 are inclusive', () => {
    fc.assert(
      fc.property(dateArb, styleArb, fc.constantFrom('前', '以前', '之前'), ({ y, m, d }, style, before) => {
        const outcome = resolveDate(`${renderDate(y, m, d, style, '〇')}${before}`, { year: y });
        expect(outcome.ok && outcome.value).toEqual({ kind: 'deadline', start: `${y}-01-01`, end: toIso(dayNumber(y, m, d)) });
        const monthEnd = resolveDate(`${style === 'chinese' ? cnPositional(m) : m}月底${before}`, { year: y });
        expect(monthEnd.ok && monthEnd.value.end).toBe(toIso(dayNumber(y, m, daysInMonth(y, m))));
      }),
    );
  });
});

describe('ranges with every separator', () => {
  const rangeArb = fc
    .tuple(dateArb, fc.integer({ min: 0, max: 400 }))
    .map(([a, span]) => {
      const start = dayNumber(a.y, a.m, a.d);
      return { start, end: start + span };
    });

  it('start and end written in full, end inheriting year and month when they repeat', () => {
    fc.assert(
      fc.property(rangeArb, fc.constantFrom(...SEPARATORS), styleArb, fc.constantFrom(['', ''], ['在', '期间'], ['从', ''], ['自', ''], ['(', ')'], ['于', '之间']), ({ start, end }, sep, style, [pre, post]) => {
        const [sy, sm, sd] = toIso(start).split('-').map(Number) as [number, number, number];
        const [ey, em, ed] = toIso(end).split('-').map(Number) as [number, number, number];
        const endText =
          ey !== sy ? renderDate(ey, em, ed, style, '〇')
          : em !== sm ? renderDate(undefined, em, ed, style, '〇')
          : style === 'chinese' ? `${cnPositional(ed)}日` : style === 'fullwidth' ? fullWidth(`${ed}日`) : `${ed}日`;
        const expr = `${pre}${renderDate(sy, sm, sd, style, '〇')}${sep}${endText}${post}`;
        const outcome = resolveDate(expr, { year: sy });
        expect(outcome.ok && outcome.value).toEqual({ kind: 'window', start: toIso(start), end: toIso(end) });
      }),
    );
  });

  it('month ranges: an end month before the start month rolls into the next year, with a note', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...SEPARATORS), (y, m1, m2, sep) => {
        const outcome = resolveDate(`${m1}月${sep}${m2}月`, { year: y });
        const endYear = m2 < m1 ? y + 1 : y;
        expect(outcome.ok && outcome.value).toEqual({ kind: 'window', start: toIso(dayNumber(y, m1, 1)), end: toIso(dayNumber(endYear, m2, daysInMonth(endYear, m2))) });
        expect(outcome.notes.some((n) => n.code === 'date-year-rollover')).toBe(m2 < m1);
      }),
    );
  });

  it('month parts: 上旬 1–10, 中旬 11–20, 下旬 21–last, 中下旬, 上中旬', () => {
    const parts: Record<string, [number, number | 'last']> = { 上旬: [1, 10], 中旬: [11, 20], 下旬: [21, 'last'], 中下旬: [11, 'last'], 上中旬: [1, 20] };
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...Object.keys(parts)), (y, m, part) => {
        const [from, to] = parts[part] as [number, number | 'last'];
        const outcome = resolveDate(`${y}年${m}月${part}`, { year: 1999 });
        expect(outcome.ok && outcome.value).toEqual({ kind: 'window', start: toIso(dayNumber(y, m, from)), end: toIso(dayNumber(y, m, to === 'last' ? daysInMonth(y, m) : to)) });
      }),
    );
  });
});

describe('robustness', () => {
  const vocabulary = ['年', '月', '日', '至', '前', '底', '上旬', '季度', '第', '每', '从', '开始', '到', '(', ')', '-', '~', '—', ':', '明年', '次年', '**', '个工作日内', '国庆节', '节', '二', '十', '〇', 'O', '1', '12', '2018', '31', '上午', '周', '星期六', '前后', '、', ' ', 'by', 'end', 'of', 'May', 'Q'];
  const soup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((parts) => parts.join(''));

  function checkNeverThrows(expr: string, anchor: boolean): void {
    const outcome = resolveDate(expr, { year: 2018, ...(anchor ? { anchor: '2018-09-28' } : {}) });
    if (!outcome.ok) {
      const { offset, length, suggestions, code } = outcome.error;
      expect(code).toMatch(/^date-[a-z-]+$/);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset + length).toBeLessThanOrEqual(expr.length);
      expect(suggestions.length).toBeGreaterThan(0);
    } else {
      expect(outcome.value.start <= outcome.value.end).toBe(true);
    }
    for (const n of outcome.notes) {
      expect(n.offset).toBeGreaterThanOrEqual(0);
      expect(n.offset + n.length).toBeLessThanOrEqual(expr.length);
    }
  }

  it('random strings never throw; error spans stay inside the expression', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.boolean(), (expr, anchor) => checkNeverThrows(expr, anchor)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (expr) => checkNeverThrows(expr, false)), { numRuns: 500 });
  });

  it('random soups of date vocabulary never throw', () => {
    fc.assert(fc.property(soup, fc.boolean(), (expr, anchor) => checkNeverThrows(expr, anchor)), { numRuns: 3000 });
  });
});
