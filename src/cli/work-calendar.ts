import { resolve } from 'node:path';
import type { RuleServices } from '../check/rule.js';
import type { CompileOptions } from '../compile.js';
import { loadHolidayFile, type HolidayData } from '../dates/holidays/holiday-data.js';
import { createWorkCalendar, type WorkCalendar } from '../dates/holidays/work-calendar.js';
import { UsageError } from '../diagnostics/errors.js';
import type { CalendarOverrides } from '../model/plan.js';
import { readTextFile, type Io } from './io.js';

/** Reads `--holidays FILE` (chinese-days JSON shape); a bad file is a usage error naming it. */
export function readHolidayFile(io: Io, file: string | undefined): HolidayData | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readTextFile(resolve(io.cwd, file));
  } catch {
    throw new UsageError(`cannot read holiday file ${file}`);
  }
  try {
    return loadHolidayFile(text);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

/** The statutory calendar, with a holiday file's days and then the plan's own days on top. */
export function workCalendar(extra: HolidayData | undefined, plan?: CalendarOverrides): WorkCalendar {
  return createWorkCalendar({
    holidays: [...(extra?.holidays ?? []), ...(plan?.holidays ?? [])],
    workdays: [...(extra?.workdays ?? []), ...(plan?.workdays ?? [])],
  });
}

export function defaultWorkCalendar(): WorkCalendar {
  return workCalendar(undefined);
}

/** What rules may ask of the calendar. */
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

/** The compile option that builds the plan's calendar once its `calendar:` overrides are known. */
export function calendarOption(extra: HolidayData | undefined): Pick<CompileOptions, 'calendar'> {
  return {
    calendar: (overrides) => {
      const calendar = workCalendar(extra, overrides);
      return { calendar, services: calendarServices(calendar) };
    },
  };
}
