import { toIso, weekdayOf } from './day-number.js';
import type { Scope } from './scope.js';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const WEEKLY_ON = 'FREQ=WEEKLY;BYDAY=';

/**
 * 每周一 stays an RRULE (a weekly meeting is on Mondays), but a Monday that is a public holiday
 * (2019-10-07, the last day of the National Day break) is a day the office must decide on: hold, move or
 * skip. The rule cannot say which, so the dates are named in a note. Only a plain weekly rule on
 * one weekday is checked; years the holiday data does not cover are left unchecked.
 */
export function noteHolidaysOnWeekday(rrule: string, scope: Scope, textLength: number): void {
  if (!rrule.startsWith(WEEKLY_ON) || rrule.length !== WEEKLY_ON.length + 2) return;
  const weekday = BYDAY.indexOf(rrule.slice(WEEKLY_ON.length));
  if (weekday < 0) return;
  const calendar = scope.calendar();
  if (!calendar.isCovered(toIso(scope.planStart)) || !calendar.isCovered(toIso(scope.planEnd))) return;
  const holidays: string[] = [];
  for (let n = scope.planStart + ((weekday - weekdayOf(scope.planStart) + 7) % 7); n <= scope.planEnd; n += 7) {
    const status = calendar.status(toIso(n));
    if (!status.working && status.label !== undefined) holidays.push(`${toIso(n)} (${status.label})`);
  }
  if (holidays.length === 0) return;
  scope.notes.push({
    code: 'date-fuzzy',
    key: holidays.length === 1 ? 'dates.fuzzy.holiday-on-weekday.one' : 'dates.fuzzy.holiday-on-weekday.other',
    start: 0,
    end: textLength,
    data: { holidays: holidays.length, first: holidays[0] as string, list: holidays.join(', ') },
  });
}
