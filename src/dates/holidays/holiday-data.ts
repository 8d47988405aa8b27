import { createRequire } from 'node:module';
import type { DatesKey } from '../../i18n/dates.js';
import type { Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import { parseIso } from '../day-number.js';

/**
 * Holiday data in the shape of chinese-days' `dist/chinese-days.json`:
 * `holidays` = days off, `workdays` = weekend days worked (调休上班), `inLieuDays` = weekdays off in
 * exchange (a subset of `holidays`). Values are `"English,中文,N"`.
 */
export interface HolidayEntry {
  readonly date: string;
  readonly name?: string;
}

export interface HolidayData {
  readonly holidays: readonly HolidayEntry[];
  readonly workdays: readonly HolidayEntry[];
  readonly inLieuDays: readonly HolidayEntry[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** chinese-days writes "National Day,国庆节,3": keep the Chinese name, our labels are Chinese. */
function labelOf(value: string): string {
  const parts = value.split(',');
  return (parts.length >= 2 ? parts[1] : parts[0])?.trim() ?? value;
}

/** A holiday file of the wrong shape: the message is in the caller's language, the key says which fault. */
export class HolidayFileError extends Error {
  readonly key: DatesKey;

  constructor(language: Language, key: DatesKey, data: Readonly<Record<string, string>> = {}) {
    super(t(language, key, data));
    this.name = 'HolidayFileError';
    this.key = key;
  }
}

function readSection(json: Record<string, unknown>, key: string, required: boolean, language: Language): HolidayEntry[] {
  const section = json[key];
  if (section === undefined && !required) return [];
  if (!isRecord(section)) throw new HolidayFileError(language, 'dates.holiday-file.section-not-object', { section: key });
  const entries: HolidayEntry[] = [];
  for (const [date, value] of Object.entries(section)) {
    if (parseIso(date) === undefined) throw new HolidayFileError(language, 'dates.holiday-file.bad-date', { section: key, date });
    if (typeof value !== 'string') throw new HolidayFileError(language, 'dates.holiday-file.name-not-string', { section: key, date });
    entries.push({ date, name: labelOf(value) });
  }
  return entries;
}

/**
 * Validates a holiday file (`--holidays FILE`, chinese-days JSON shape) and returns its entries.
 * Accepts the parsed JSON or its text. Throws a HolidayFileError saying what is wrong, in `language`.
 */
export function loadHolidayFile(json: unknown, language: Language = 'en'): HolidayData {
  let parsed = json;
  if (typeof json === 'string') {
    try {
      parsed = JSON.parse(json) as unknown;
    } catch (error) {
      // JSON.parse's own detail (position, token) is English in every locale; it is kept as it is.
      throw new HolidayFileError(language, 'dates.holiday-file.not-json', { detail: (error as Error).message });
    }
  }
  if (!isRecord(parsed)) throw new HolidayFileError(language, 'dates.holiday-file.not-object');
  const holidays = readSection(parsed, 'holidays', true, language);
  const workdays = readSection(parsed, 'workdays', true, language);
  const inLieuDays = readSection(parsed, 'inLieuDays', false, language);
  const off = new Set(holidays.map((h) => h.date));
  for (const w of workdays) {
    if (off.has(w.date)) throw new HolidayFileError(language, 'dates.holiday-file.both', { date: w.date });
  }
  return { holidays, workdays, inLieuDays };
}

let bundled: HolidayData | undefined;

/** The pinned chinese-days data, read once on first use (never its date API: it is TZ-dependent). */
export function bundledHolidayData(): HolidayData {
  if (!bundled) {
    const require = createRequire(import.meta.url);
    bundled = loadHolidayFile(require('chinese-days/dist/chinese-days.json') as unknown);
  }
  return bundled;
}
