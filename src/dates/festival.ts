import { dayNumber, fromDayNumber, parseIso, toIso } from './day-number.js';
import { DateFailure } from './failure.js';
import type { DateSpan } from './holidays/work-calendar.js';
import type { Point } from './point.js';
import { missingHolidays } from './missing-holidays.js';
import type { Scope } from './scope.js';

/**
 * The festival break a holiday point refers to. 元旦 in a plan for year Y without a written year
 * means the break around Y+1-01-01 (the one that falls at the end of the plan year); the other
 * festivals are looked up in the point's year. A bare 节 is the next break after the anchor.
 */
function findBreak(p: Point, scope: Scope): DateSpan {
  const calendar = scope.calendar();
  const text = `${p.festival ?? '节'}`;
  if (p.festival === undefined) {
    const from = scope.anchor ?? (scope.ctx.reference !== undefined ? parseIso(scope.ctx.reference) : undefined);
    if (from === undefined) {
      throw new DateFailure('date-needs-anchor', 'dates.needs-anchor.festival', p.from, p.to);
    }
    for (let n = from; n < from + 400; n++) {
      const iso = toIso(n);
      if (!calendar.isCovered(iso)) throw missingHolidays(fromDayNumber(n).year, text, calendar.coverage);
      const status = calendar.status(iso);
      if (!status.working && status.label !== undefined) {
        const span = calendar.breakAround(iso);
        if (span) return span;
      }
    }
    throw new DateFailure('date-holiday-data-missing', 'dates.holiday-data-missing.after-anchor', p.from, p.to);
  }
  const year = p.festival === '元旦' && !p.yearExplicit ? p.year + 1 : p.year;
  if (!calendar.isCovered(toIso(dayNumber(year, 1, 1)))) {
    const err = missingHolidays(year, text, calendar.coverage);
    throw new DateFailure(err.code, err.key, p.from, p.to, err.data);
  }
  const span = calendar.festivalBreak(p.festival, year);
  if (!span) {
    throw new DateFailure('date-holiday-data-missing', 'dates.holiday-data-missing.festival', p.from, p.to, { festival: p.festival, year });
  }
  return span;
}

export function festivalSpan(p: Point, scope: Scope): { start: number; end: number } {
  const span = findBreak(p, scope);
  return { start: parseIso(span.start) as number, end: parseIso(span.end) as number };
}

/** 国庆节前: the last working day before the break (an adjusted working weekend day counts). */
export function festivalDeadline(p: Point, scope: Scope): number {
  const span = findBreak(p, scope);
  return parseIso(scope.calendar().lastWorkingDayBefore(span.start)) as number;
}
