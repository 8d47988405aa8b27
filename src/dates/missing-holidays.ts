import { DateFailure } from './failure.js';

/** Working days were asked of a year the holiday data does not cover: say which years it does. */
export function missingHolidays(year: number, text: string, coverage: { firstYear: number; lastYear: number }): DateFailure {
  return new DateFailure(
    'date-holiday-data-missing',
    'dates.holiday-data-missing.year',
    0,
    text.length,
    { year, firstYear: coverage.firstYear, lastYear: coverage.lastYear },
  );
}
