import { dayNumber, fromDayNumber, parseIso, toIso, weekdayOf } from '../day-number.js';
import type { IsoDate } from '../types.js';
import { bundledTables } from './bundled-tables.js';
import type { HolidayData } from './holiday-data.js';
import { tablesFromData, withOverrides, type HolidayOverrides, type HolidayTables } from './holiday-tables.js';

export interface DayStatus {
  readonly working: boolean;
  /** Festival name (国庆节, 春节 …) for holidays and adjusted working days. */
  readonly label?: string;
  /** A weekend day worked (调休上班) or a weekday off in exchange (调休放假). */
  readonly adjusted: boolean;
}

export interface DateSpan {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface BreakSpan extends DateSpan {
  /** The festival label of the break's first holiday (中秋, 国庆节 …). */
  readonly label: string;
}

export type WorkCalendarOverrides = HolidayOverrides;

export interface WorkCalendar {
  /** Years whose official arrangements are known (bundled data plus override years). */
  readonly coverage: { readonly firstYear: number; readonly lastYear: number };
  status(date: IsoDate): DayStatus;
  isCovered(date: IsoDate): boolean;
  /** anchor + n working days; the anchor day itself is not counted (Civil Code art. 201). */
  addWorkingDays(anchor: IsoDate, n: number): IsoDate;
  /** The latest working day strictly before `date` (节前 deadlines: before the break's first day). */
  lastWorkingDayBefore(date: IsoDate): IsoDate;
  /** `date` itself when it is a working day, else the latest working day before it. */
  previousWorkingDay(date: IsoDate): IsoDate;
  /** The run of consecutive non-working days containing `date`, when that run contains a holiday. */
  breakAround(date: IsoDate): BreakSpan | undefined;
  /** The breaks (runs of days off holding a holiday) that overlap `year`, in order. */
  breaksIn(year: number): BreakSpan[];
  /** The break of the festival `name` (as labelled: 元旦 春节 清明 劳动节 端午 中秋 国庆节) in `year`. */
  festivalBreak(name: string, year: number): BreakSpan | undefined;
}

/** `${label}|${year}` → first labelled day off of that festival in that year. */
function festivalStarts(off: ReadonlyMap<number, string>): Map<string, number> {
  const festivals = new Map<string, number>();
  for (const [n, label] of off) {
    const key = `${label}|${fromDayNumber(n).year}`;
    const seen = festivals.get(key);
    if (seen === undefined || n < seen) festivals.set(key, n);
  }
  return festivals;
}

function day(date: IsoDate): number {
  const n = parseIso(date);
  if (n === undefined) throw new Error(`Not a valid YYYY-MM-DD date: '${date}'.`);
  return n;
}

function isWeekend(n: number): boolean {
  const wd = weekdayOf(n);
  return wd === 0 || wd === 6;
}

/**
 * A working-day calendar over ISO dates. Status of a day: listed working day → working; listed
 * holiday → off; otherwise Monday–Friday working. Outside the covered years only weekends are off;
 * callers check `isCovered` first. The bundled data is read on first use, not at creation.
 */
export function createWorkCalendar(overrides?: WorkCalendarOverrides, data?: HolidayData): WorkCalendar {
  let tables: HolidayTables | undefined;
  const t = (): HolidayTables => {
    if (tables) return tables;
    const base = data ? tablesFromData(data) : bundledTables();
    const overridden = (overrides?.holidays?.length ?? 0) + (overrides?.workdays?.length ?? 0) > 0;
    return (tables = overridden ? withOverrides(base, overrides!) : base);
  };
  let festivals: Map<string, number> | undefined;
  const working = (n: number): boolean => {
    const { off, worked } = t();
    if (worked.has(n)) return true;
    if (off.has(n)) return false;
    return !isWeekend(n);
  };
  const before = (n: number): number => {
    let k = n - 1;
    while (!working(k)) k--;
    return k;
  };
  // The run of non-working days around day n, in day numbers, when it holds a holiday.
  const runAround = (n: number): { start: number; end: number; label: string } | undefined => {
    if (working(n)) return undefined;
    let start = n;
    let end = n;
    while (!working(start - 1)) start--;
    while (!working(end + 1)) end++;
    const { off } = t();
    for (let k = start; k <= end; k++) {
      // Named after its first holiday: a break may open on a plain weekend (2018's 中秋 ran Sat–Mon).
      const label = off.get(k);
      if (label !== undefined) return { start, end, label };
    }
    return undefined;
  };
  const breakOf = (n: number): BreakSpan | undefined => {
    const run = runAround(n);
    return run && { start: toIso(run.start), end: toIso(run.end), label: run.label };
  };
  return {
    get coverage() {
      const { firstYear, lastYear } = t();
      return { firstYear, lastYear };
    },
    status(date) {
      const n = day(date);
      const { off, worked, inLieu } = t();
      const w = worked.get(n);
      if (w !== undefined) return { working: true, label: w, adjusted: true };
      const h = off.get(n);
      if (h !== undefined) return { working: false, label: h, adjusted: inLieu.has(n) };
      return { working: !isWeekend(n), adjusted: false };
    },
    isCovered(date) {
      const n = parseIso(date);
      if (n === undefined) return false;
      const { year } = fromDayNumber(n);
      return year >= t().firstYear && year <= t().lastYear;
    },
    addWorkingDays(anchor, n) {
      let k = day(anchor);
      const step = n < 0 ? -1 : 1;
      for (let left = Math.abs(n); left > 0; ) {
        k += step;
        if (working(k)) left--;
      }
      return toIso(k);
    },
    lastWorkingDayBefore(date) {
      return toIso(before(day(date)));
    },
    previousWorkingDay(date) {
      const n = day(date);
      return toIso(working(n) ? n : before(n));
    },
    breakAround(date) {
      return breakOf(day(date));
    },
    breaksIn(year) {
      // Every break holds a holiday, so start from the holidays near the year (no break is a
      // month long) rather than from each of its 365 days.
      const first = dayNumber(year, 1, 1);
      const last = dayNumber(year, 12, 31);
      const near = [...t().off.keys()].filter((n) => n >= first - 31 && n <= last + 31).sort((a, b) => a - b);
      const breaks: BreakSpan[] = [];
      let covered = -Infinity;
      for (const n of near) {
        if (n <= covered) continue;
        const run = runAround(n);
        if (!run) continue;
        covered = run.end;
        if (run.end >= first && run.start <= last) breaks.push({ start: toIso(run.start), end: toIso(run.end), label: run.label });
      }
      return breaks;
    },
    festivalBreak(name, year) {
      // 元旦 belongs to the year of its January 1st even when the break starts in late December.
      if (name === '元旦') return breakOf(dayNumber(year, 1, 1));
      festivals ??= festivalStarts(t().off);
      const first = festivals.get(`${name}|${year}`);
      return first === undefined ? undefined : breakOf(first);
    },
  };
}
