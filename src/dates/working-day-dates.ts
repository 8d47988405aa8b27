import { fromDayNumber, monthEnd, monthStart, parseIso, toIso } from './day-number.js';
import { missingHolidays } from './missing-holidays.js';
import type { Scope } from './scope.js';
import type { IsoDate } from './types.js';

/** Which working day of each month a recurrence falls on. */
export type WorkingDayOfMonth = 'first' | 'last';

/**
 * 每月第一个工作日 / 每月最后一个工作日 as dates. No RRULE says "working day": holidays move it
 * (2019-04-30 is May's eve, 2020-01-23 ends January before the Spring Festival break) and adjusted
 * working weekends can be it, so the occurrences are listed from the working calendar. A month
 * whose day falls outside the plan period is left out rather than moved into it.
 */
export function workingDayDates(which: WorkingDayOfMonth, months: readonly number[] | undefined, scope: Scope, text: string): IsoDate[] {
  const calendar = scope.calendar();
  const dates: IsoDate[] = [];
  const first = fromDayNumber(scope.planStart);
  const last = fromDayNumber(scope.planEnd);
  for (let index = first.year * 12 + first.month - 1; index <= last.year * 12 + last.month - 1; index++) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    if (months && !months.includes(month)) continue;
    const edge = toIso(which === 'first' ? monthStart(year, month) : monthEnd(year, month));
    if (!calendar.isCovered(edge)) throw missingHolidays(year, text, calendar.coverage);
    const day =
      which === 'last'
        ? calendar.previousWorkingDay(edge)
        : calendar.status(edge).working
          ? edge
          : calendar.addWorkingDays(edge, 1);
    const n = parseIso(day) as number;
    if (n >= scope.planStart && n <= scope.planEnd) dates.push(day);
  }
  return dates;
}

