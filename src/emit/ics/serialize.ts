/**
 * Writes components as RFC 5545 content lines. Our own few lines rather than ical-generator's
 * serializer, because that one (a) folds with a TextEncoder per character, (b) writes DTSTAMP and
 * LAST-MODIFIED in process-local time without `Z` once a calendar time zone is set, (c) formats
 * timed values with process-local getters (TZ-dependent, wrong inside a DST gap of the build
 * machine), (d) writes UNTIL as a DATE-TIME even for all-day events, (e) has no VTODO, and (f) calls
 * crypto.randomUUID() and new Date() for every event it constructs. See the report in the commit.
 */
import type { CalComponent } from './model.js';
import { escapeText, icsDate, icsDuration, icsLocalDateTime } from './text.js';

export interface StampContext {
  readonly timezone: string;
  readonly sequence: number;
  /** generatedAt, already formatted as a UTC DATE-TIME. */
  readonly stamp: string;
}

function dateProperty(name: string, date: string, time: string | undefined, ctx: StampContext): string {
  return time === undefined
    ? `${name};VALUE=DATE:${icsDate(date)}`
    : `${name};TZID=${ctx.timezone}:${icsLocalDateTime(date, time)}`;
}

/** The unfolded content lines of one component. */
export function componentLines(c: CalComponent, ctx: StampContext): string[] {
  const lines = [
    `BEGIN:${c.component}`,
    `UID:${escapeText(c.uid)}`,
    `SEQUENCE:${ctx.sequence}`,
    `DTSTAMP:${ctx.stamp}`,
    `LAST-MODIFIED:${ctx.stamp}`,
  ];
  if (c.start !== undefined) lines.push(dateProperty('DTSTART', c.start, c.startTime, ctx));
  if (c.component === 'VEVENT' && c.end !== undefined) lines.push(dateProperty('DTEND', c.end, c.endTime, ctx));
  if (c.component === 'VTODO' && c.due !== undefined) lines.push(`DUE;VALUE=DATE:${icsDate(c.due)}`);
  if (c.rrule !== undefined) lines.push(`RRULE:${c.rrule}`);
  lines.push(`SUMMARY:${escapeText(c.summary)}`);
  if (c.description !== '') lines.push(`DESCRIPTION:${escapeText(c.description)}`);
  // CATEGORIES is a list: each value is escaped, so a comma inside a phase title stays one value.
  if (c.categories.length > 0) lines.push(`CATEGORIES:${c.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${c.status}`);
  // COMPLETED is a UTC DATE-TIME (RFC 5545 §3.8.2.1): the finished day's start, as progress knows only the day.
  if (c.component === 'VTODO' && c.completed !== undefined) lines.push(`COMPLETED:${icsDate(c.completed)}T000000Z`);
  if (c.component === 'VTODO' && c.percent !== undefined) lines.push(`PERCENT-COMPLETE:${c.percent}`);
  if (c.component === 'VEVENT') {
    lines.push(`TRANSP:${c.transparent ? 'TRANSPARENT' : 'OPAQUE'}`);
    // Outlook shows a DATE-valued event as all-day only with this hint.
    if (c.startTime === undefined) lines.push('X-MICROSOFT-CDO-ALLDAYEVENT:TRUE');
  }
  for (const alarm of c.alarms) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(c.summary)}`,
      `TRIGGER${alarm.related === 'END' ? ';RELATED=END' : ''}:${icsDuration(alarm.minutes)}`,
      'END:VALARM',
    );
  }
  lines.push(`END:${c.component}`);
  return lines;
}
