import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth, toIso } from '../../../src/dates/day-number.js';
import { createWorkCalendar } from '../../../src/dates/holidays/work-calendar.js';
import { resolveDate } from '../../../src/dates/resolve-date.js';
import { readDateVectors, vectorContext, type DateVector } from '../../helpers/date-vectors.js';

type Vector = DateVector & { readonly dates?: readonly string[] };

const calendar = createWorkCalendar();
const vectors = readDateVectors().filter((v): v is Vector => !('error' in v));

/** Full-width digits and a full-width space around the text, as a Chinese input method types them. */
function asTyped(text: string, wide: boolean, padded: boolean): string {
  const body = wide ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) : text;
  return padded ? `\u3000${body} ` : body;
}

describe('no vector resolves outside its stated window', () => {
  it('every vector of every kind, its listed dates included, as typed in full width or padded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...vectors), fc.boolean(), fc.boolean(), (v, wide, padded) => {
        const expr = asTyped(v.expr, wide, padded);
        const outcome = resolveDate(expr, vectorContext(v), calendar);
        if (!outcome.ok) expect.fail(`${expr}: ${outcome.error.message}`);
        const { start, end, dates } = outcome.value;
        expect(start >= v.start && end <= v.end, `${expr}: ${start}..${end} is outside ${v.start}..${v.end}`).toBe(true);
        for (const d of dates ?? []) expect(d >= start && d <= end, `${expr}: ${d} outside ${start}..${end}`).toBe(true);
        expect(dates, expr).toEqual(v.dates);
      }),
      { numRuns: 800 },
    );
  });
});

describe('working-day recurrences are the working calendar’s days', () => {
  const spanArb = fc
    .record({ y: fc.integer({ min: 2010, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), len: fc.integer({ min: 0, max: 500 }) })
    // Inside the years the bundled holiday data covers (a later year is an error, tested elsewhere).
    .map(({ y, m, d, len }) => ({ year: y, start: dayNumber(y, m, d), end: Math.min(dayNumber(y, m, d) + len, dayNumber(2026, 12, 31)) }));

  /** The first or last working day of each month, found by walking the days one by one. */
  function walk(which: 'first' | 'last', start: number, end: number): string[] {
    const out: string[] = [];
    for (let n = start; n <= end; n++) {
      const iso = toIso(n);
      if (!calendar.status(iso).working) continue;
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const neighbour = which === 'first' ? (d === 1 ? undefined : toIso(dayNumber(y, m, 1))) : d === daysInMonth(y, m) ? undefined : toIso(dayNumber(y, m, daysInMonth(y, m)));
      // The first working day: no working day between the month's first day and this one (and the reverse for the last).
      let alone = true;
      if (neighbour !== undefined) {
        const from = which === 'first' ? dayNumber(y, m, 1) : n + 1;
        const to = which === 'first' ? n - 1 : dayNumber(y, m, daysInMonth(y, m));
        for (let k = from; k <= to; k++) if (calendar.status(toIso(k)).working) alone = false;
      }
      if (alone) out.push(iso);
    }
    return out;
  }

  it.each([
    ['每月第一个工作日', 'first'],
    ['每月最后一个工作日', 'last'],
  ] as const)('%s over any plan period: exactly the walked days, each a working day, none outside', (expr, which) => {
    fc.assert(
      fc.property(spanArb, ({ year, start, end }) => {
        const outcome = resolveDate(expr, { year, planStart: toIso(start), planEnd: toIso(end) }, calendar);
        if (!outcome.ok) expect.fail(`${expr} ${toIso(start)}..${toIso(end)}: ${outcome.error.message}`);
        expect(outcome.value.rrule).toBeUndefined();
        expect(outcome.value.dates).toEqual(walk(which, start, end));
      }),
      { numRuns: 60 },
    );
  });

  it('a weekly rule names exactly the public holidays it falls on', () => {
    const names = ['日', '一', '二', '三', '四', '五', '六'];
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2025 }), fc.integer({ min: 1, max: 5 }), (year, weekday) => {
        const outcome = resolveDate(`每周${names[weekday]}`, { year }, calendar);
        if (!outcome.ok) expect.fail(outcome.error.message);
        const holidays: string[] = [];
        for (let n = dayNumber(year, 1, 1); n <= dayNumber(year, 12, 31); n++) {
          const s = calendar.status(toIso(n));
          if ((n + 4) % 7 === weekday && !s.working && s.label !== undefined) holidays.push(toIso(n));
        }
        const note = outcome.notes.find((x) => x.code === 'date-fuzzy');
        if (holidays.length === 0) expect(note).toBeUndefined();
        else for (const d of holidays) expect(note?.message).toContain(d);
      }),
      { numRuns: 40 },
    );
  });
});
