import type { HolidayData, HolidayEntry } from './holiday-data.js';
import { createWorkCalendar, type WorkCalendar } from './work-calendar.js';

/** A plan's own `calendar:` days (or none): declared holidays and worked weekend days. */
export interface PlanCalendarDays {
  readonly holidays?: readonly HolidayEntry[];
  readonly workdays?: readonly HolidayEntry[];
}

/**
 * The statutory calendar, with a holiday file's days (`--holidays`, the `holidays` compile
 * option) and then the plan's own days on top: later days win, so a plan can correct the file.
 */
export function workCalendar(extra: HolidayData | undefined, plan?: PlanCalendarDays): WorkCalendar {
  return createWorkCalendar({
    holidays: [...(extra?.holidays ?? []), ...(plan?.holidays ?? [])],
    workdays: [...(extra?.workdays ?? []), ...(plan?.workdays ?? [])],
  });
}
