import { createRequire } from 'node:module';
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

function readSection(json: Record<string, unknown>, key: string, required: boolean): HolidayEntry[] {
  const section = json[key];
  if (section === undefined && !required) return [];
  if (!isRecord(section)) {
    throw new Error(`Holiday file: "${key}" must be an object mapping YYYY-MM-DD dates to names.`);
  }
  const entries: HolidayEntry[] = [];
  for (const [date, value] of Object.entries(section)) {
    if (parseIso(date) === undefined) throw new Error(`Holiday file: "${key}" has "${date}", which is not a valid YYYY-MM-DD date.`);
    if (typeof value !== 'string') throw new Error(`Holiday file: "${key}.${date}" must be a string such as "National Day,国庆节,3".`);
    entries.push({ date, name: labelOf(value) });
  }
  return entries;
}

/**
 * Validates a holiday file (`--holidays FILE`, chinese-days JSON shape) and returns its entries.
 * Accepts the parsed JSON or its text. Throws an Error with a clear message on a bad shape.
 */
export function loadHolidayFile(json: unknown): HolidayData {
  let parsed = json;
  if (typeof json === 'string') {
    try {
      parsed = JSON.parse(json) as unknown;
    } catch (error) {
      throw new Error(`Holiday file is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!isRecord(parsed)) throw new Error('Holiday file must be a JSON object with "holidays" and "workdays" maps.');
  const holidays = readSection(parsed, 'holidays', true);
  const workdays = readSection(parsed, 'workdays', true);
  const inLieuDays = readSection(parsed, 'inLieuDays', false);
  const off = new Set(holidays.map((h) => h.date));
  for (const w of workdays) {
    if (off.has(w.date)) throw new Error(`Holiday file: ${w.date} is listed both as a holiday and as a working day.`);
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
