/**
 * RFC 5545 value formatting: TEXT escaping and DATE / DATE-TIME forms. Pure string work: no
 * `Date` is ever built from local fields, so the process time zone cannot shift a day.
 */
import type { IsoDate } from '../../dates/types.js';
import { parseIso, toIso } from '../../dates/day-number.js';

// Everything TEXT escaping touches (RFC 5545 §3.3.11): backslash, semicolon, comma, newlines, and
// control characters other than HTAB, which TEXT does not allow and which are dropped.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\\;,\r\n\u0000-\u0008\u000b-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /\r\n|[\\;,\r\n\u0000-\u0008\u000b-\u001f\u007f]/g;

function escapeOne(match: string): string {
  if (match === '\\' || match === ';' || match === ',') return '\\' + match;
  if (match === '\r\n' || match === '\r' || match === '\n') return '\\n';
  return '';
}

/** Escapes a TEXT value: backslash, semicolon, comma, and any newline as `\n`. */
export function escapeText(value: string): string {
  // Most titles need nothing: skip the replace (and its new string) then.
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, escapeOne) : value;
}

/** `2018-05-01` → `20180501` (a DATE value). */
export function icsDate(date: IsoDate): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/** `2018-12-18` + `09:00` → `20181218T090000` (a local DATE-TIME, paired with a TZID). */
export function icsLocalDateTime(date: IsoDate, time: string): string {
  return icsDate(date) + 'T' + time.slice(0, 2) + time.slice(3, 5) + '00';
}

/** A UTC DATE-TIME (`…Z`), as DTSTAMP and LAST-MODIFIED require (RFC 5545 §3.8.7.2). */
export function icsUtc(instant: Date): string {
  // internal: a bug in plan, not a user's mistake (the CLI checks SOURCE_DATE_EPOCH before it gets here)
  if (Number.isNaN(instant.getTime())) throw new RangeError('generatedAt is not a valid date');
  const iso = instant.toISOString(); // always UTC, independent of the process TZ
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10) + 'T' + iso.slice(11, 13) + iso.slice(14, 16) + iso.slice(17, 19) + 'Z';
}

// Integer day numbers from the date module: no `Date`, so neither the process time zone nor
// allocation cost can creep in (calendars add a day to every all-day DTEND).
function toDays(date: IsoDate): number {
  const n = parseIso(date);
  // internal: a bug in plan, not a user's mistake (dates are checked when the plan is read)
  if (n === undefined) throw new Error(`not an ISO date: ${date}`);
  return n;
}

/** Calendar-day arithmetic on ISO dates. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(toDays(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDays(b) - toDays(a);
}

/** Day of week of an ISO date, 0 = Sunday (UTC-based, so TZ-independent). */
export function weekday(date: IsoDate): number {
  return (((toDays(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A signed RFC 5545 DURATION from minutes, e.g. -2 days 15 hours → `-P2DT15H`. */
export function icsDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  let out = sign + 'P' + (days > 0 ? `${days}D` : '');
  if (hours > 0 || mins > 0) out += 'T' + (hours > 0 ? `${hours}H` : '') + (mins > 0 ? `${mins}M` : '');
  if (out.endsWith('P')) out += 'T0M';
  return out;
}
