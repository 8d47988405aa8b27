/**
 * The VTIMEZONE for the plan's zone. Outlook shifts events by an hour when a TZID has no
 * VTIMEZONE (ical-generator#680), so a calendar with timed items always carries one.
 * timezones-ical-library ships the data; Asia/Shanghai is a fixed +0800 since 1991.
 */
import { tzlib_get_ical_block } from 'timezones-ical-library';

const cache = new Map<string, readonly string[] | undefined>();

/** The unfolded lines of the VTIMEZONE, or undefined for a zone the library does not know. */
export function vtimezoneLines(zone: string): readonly string[] | undefined {
  if (cache.has(zone)) return cache.get(zone);
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : block;
  const lines = typeof text === 'string' && text.startsWith('BEGIN:VTIMEZONE') ? text.split(/\r?\n/).filter((l) => l !== '') : undefined;
  cache.set(zone, lines);
  return lines;
}
