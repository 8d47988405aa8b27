import type { WorkCalendar } from '../dates/holidays/work-calendar.js';
import type { RuleServices } from './rule.js';

/** What rules may ask of the working-day calendar compile() built for the plan. */
export function calendarServices(calendar: WorkCalendar): RuleServices {
  return {
    workday: (date) => calendar.status(date),
    previousWorkingDay: (date) => calendar.previousWorkingDay(date),
    breaksIn: (year) => calendar.breaksIn(year),
    isCovered: (date) => calendar.isCovered(date),
    get holidayCoverage() {
      return calendar.coverage;
    },
  };
}
