import { createRequire } from 'node:module';
import type * as Tzlib from 'timezones-ical-library';
import { editDistance } from '../text/edit-distance.js';

// The zone data is required on first use, and not at all for the default zone: loading it and
// listing its zones cost `plan lint` about 25 ms at every start (kept out of the CLI bundle).
let tzlib: typeof Tzlib | undefined;
const zoneData = (): typeof Tzlib => (tzlib ??= createRequire(import.meta.url)('timezones-ical-library') as typeof Tzlib);

/** The zone of nearly every plan, and the default: its own canonical name (the data agrees; a test checks). */
export const DEFAULT_ZONE = 'Asia/Shanghai';

export type TimezoneReading = { readonly zone: string; readonly renamed: boolean } | { readonly unknown: true; readonly suggestions: readonly string[] };

/**
 * A plan's `timezone` as the calendars must write it. The zone data (timezones-ical-library, the
 * same that writes each VTIMEZONE) decides, not the running Node's ICU, so every machine gives the
 * same answer. An alias (`Asia/Chongqing`, `PRC`) becomes the zone its VTIMEZONE is named after
 * (`Asia/Shanghai`): RFC 5545 wants each TZID to match a VTIMEZONE in the file. A name the data
 * does not know (`Asia/Beijing`) is unknown, with the nearest known names.
 */
export function readTimezone(name: string): TimezoneReading {
  if (name === DEFAULT_ZONE) return { zone: DEFAULT_ZONE, renamed: false };
  const block = vtimezoneBlock(name);
  const tzid = block === undefined ? undefined : /^TZID:(.+)$/m.exec(block)?.[1]?.trim();
  if (tzid !== undefined) return { zone: tzid, renamed: tzid !== name };
  return { unknown: true, suggestions: nearestZones(name) };
}

let known: readonly string[] | undefined;
let knownSet: ReadonlySet<string> | undefined;

/** Every zone name the data knows, aliases included (the library can also answer in JSON text). */
function knownZones(): readonly string[] {
  if (known === undefined) {
    const list: unknown = zoneData().tzlib_get_timezones();
    known = Array.isArray(list) ? list.filter((z): z is string => typeof z === 'string') : [];
  }
  return known;
}

function vtimezoneBlock(name: string): string | undefined {
  knownSet ??= new Set(knownZones());
  // Asked for a name it lacks, the library writes to the console: ask only for names it has.
  if (!knownSet.has(name)) return undefined;
  try {
    const text: unknown = zoneData().tzlib_get_ical_block(name)[0];
    return typeof text === 'string' && text.startsWith('BEGIN:VTIMEZONE') ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Names people write for China's time, which the zone database files under Asia/Shanghai alone
 * (there is no Asia/Beijing): for these the one right answer comes first, not the nearest spelling
 * (Asia/Beirut).
 */
const CHINA = new Set(['beijing', 'peking', 'china', 'cst', 'cn', 'zh', 'guangzhou', 'shenzhen', 'chengdu', 'wuhan', 'nanjing', 'hangzhou', 'tianjin', 'xian', "xi'an", 'suzhou', 'chinese', 'china standard time', 'utc+8', 'gmt+8', 'utc+08:00', 'gmt+08:00', '+8', '+08:00', 'east8']);

/** Up to three known zones closest to a misspelt one: same region first, then by edit distance. */
function nearestZones(name: string): string[] {
  const lower = name.toLowerCase();
  if (CHINA.has(lower.split('/').at(-1)!.trim())) return ['Asia/Shanghai'];
  const region = lower.split('/')[0];
  const scored = knownZones().map((zone) => {
    const z = zone.toLowerCase();
    const city = z.split('/').at(-1) ?? z;
    const distance = Math.min(editDistance(lower, z), editDistance(lower.split('/').at(-1) ?? lower, city) + (z.startsWith(`${region}/`) ? 0 : 3));
    return { zone, distance };
  });
  const limit = Math.max(2, Math.ceil(name.length / 3));
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance <= limit && s.distance <= best + 1)
    .sort((a, b) => a.distance - b.distance || a.zone.localeCompare(b.zone))
    .slice(0, 3)
    .map((s) => s.zone);
}
