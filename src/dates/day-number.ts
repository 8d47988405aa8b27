import type { IsoDate } from './types.js';

/**
 * Calendar arithmetic on plain integers: a day number counts days since 1970-01-01 in the
 * proleptic Gregorian calendar. No `Date` is involved, so no time zone can shift a result.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Real length of a month: 下旬 and 月底 run to this day (28/29/30/31). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 30);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatYmd(year: number, month: number, day: number): IsoDate {
  const y = year >= 0 && year < 10000 ? String(year).padStart(4, '0') : String(year);
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

export function toIso(n: number): IsoDate {
  const { year, month, day } = fromDayNumber(n);
  return formatYmd(year, month, day);
}

/** Value of the ASCII digits iso[from, to), or -1 when one is not a digit (hot path: no regex). */
function digitsValue(iso: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Day number of a valid `YYYY-MM-DD`, else undefined (2018-02-30 is not a date). */
export function parseIso(iso: string): number | undefined {
  if (typeof iso !== 'string' || iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return undefined;
  const year = digitsValue(iso, 0, 4);
  const month = digitsValue(iso, 5, 7);
  const day = digitsValue(iso, 8, 10);
  if (year < 0) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/**
 * Civil Code art. 202: a period of N months ends on the corresponding day of the last month,
 * or on that month's last day when it has no such day (01-31 + 1 month → 02-28/29).
 */
export function addMonthsCivil(n: number, months: number): number {
  const { year, month, day } = fromDayNumber(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

export function monthStart(year: number, month: number): number {
  return dayNumber(year, month, 1);
}

export function monthEnd(year: number, month: number): number {
  return dayNumber(year, month, daysInMonth(year, month));
}
