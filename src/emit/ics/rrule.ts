/**
 * Recurrence helpers. The resolver gives an RRULE body without UNTIL; the calendar adds UNTIL from
 * the task end and picks a DTSTART that is itself an instance, because RFC 5545 §3.8.5.3 leaves a
 * DTSTART that does not match its rule undefined, and clients then show an extra event on it.
 */
import type { IsoDate } from '../../dates/types.js';
import { addDays, daysBetween, icsDate, weekday } from './text.js';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function parts(rrule: string): Map<string, string> {
  const body = rrule.startsWith('RRULE:') ? rrule.slice(6) : rrule;
  const map = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) map.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1));
  }
  return map;
}

/** The RRULE value with UNTIL set to `until` as a DATE (all-day events need the DATE form). */
export function rruleWithUntil(rrule: string, until: IsoDate): string {
  const body = rrule.startsWith('RRULE:') ? rrule.slice(6) : rrule;
  const p = parts(body);
  // A rule that already bounds itself keeps its bound: UNTIL and COUNT must not both appear.
  if (p.has('UNTIL') || p.has('COUNT')) return body;
  return `${body};UNTIL=${icsDate(until)}`;
}

function lastDayOfMonth(date: IsoDate): number {
  // Day 0 of the next month is the last day of this one (UTC, so TZ-independent).
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
}

/** Does `date` pass the rule's BYMONTH / BYMONTHDAY / BYDAY filters? `undefined`: cannot tell. */
function matches(p: Map<string, string>, date: IsoDate): boolean | undefined {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const byMonth = p.get('BYMONTH');
  if (byMonth !== undefined && !byMonth.split(',').map(Number).includes(month)) return false;
  const byMonthDay = p.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    const last = lastDayOfMonth(date);
    const ok = byMonthDay.split(',').some((v) => {
      const n = Number(v);
      return n > 0 ? n === day : last + 1 + n === day;
    });
    if (!ok) return false;
  }
  const byDay = p.get('BYDAY');
  if (byDay !== undefined) {
    const freq = p.get('FREQ');
    const results = byDay.split(',').map((v): boolean | undefined => {
      const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(v.trim());
      if (m === null) return undefined;
      if (WEEKDAYS[weekday(date)] !== m[2]) return false;
      if (m[1] === undefined) return true;
      // An ordinal weekday is only read within a month (MONTHLY, or YEARLY with BYMONTH).
      if (freq !== 'MONTHLY' && !(freq === 'YEARLY' && byMonth !== undefined)) return undefined;
      const n = Number(m[1]);
      const nth = Math.floor((day - 1) / 7) + 1;
      const nthFromEnd = -(Math.floor((lastDayOfMonth(date) - day) / 7) + 1);
      return n > 0 ? nth === n : nthFromEnd === n;
    });
    if (!results.includes(true)) return results.includes(undefined) ? undefined : false;
  }
  return true;
}

/**
 * The first day in [start, end] that the rule produces, used as DTSTART. A rule without BY* parts
 * is anchored on DTSTART itself, so `start` is its first instance; a rule we cannot read
 * (BYSETPOS, BYWEEKNO, BYYEARDAY, ordinals out of a month) also keeps `start`.
 */
export function firstInstance(rrule: string, start: IsoDate, end: IsoDate): IsoDate {
  const p = parts(rrule);
  if (!['BYMONTH', 'BYMONTHDAY', 'BYDAY'].some((k) => p.has(k))) return start;
  if (['BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND'].some((k) => p.has(k))) return start;
  const span = Math.min(daysBetween(start, end), 366 * 4);
  for (let i = 0; i <= span; i++) {
    const date = addDays(start, i);
    const ok = matches(p, date);
    if (ok === undefined) return start;
    if (ok) return date;
  }
  return start;
}
