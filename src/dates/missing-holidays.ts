import { DateFailure } from './failure.js';

/** Working days were asked of a year the holiday data does not cover: say which years it does. */
export function missingHolidays(year: number, text: string, coverage: { firstYear: number; lastYear: number }): DateFailure {
  return new DateFailure(
    'date-holiday-data-missing',
    `The holiday data covers ${coverage.firstYear}–${coverage.lastYear}, so working days in ${year} are unknown; add the year's arrangement to the plan's calendar.`,
    0,
    text.length,
    { year, firstYear: coverage.firstYear, lastYear: coverage.lastYear },
  );
}
