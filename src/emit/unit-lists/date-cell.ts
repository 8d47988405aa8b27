import type { IsoDate } from '../../model/plan.js';
import { dayNumber } from '../summary/format.js';

// A date cell holds a serial number, the days since 1899-12-30 (the 1900 date system every
// spreadsheet reads); its number format decides how it looks. Worked out from the calendar date
// alone, so no time zone can move it.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SERIAL_OF_1970 = 25_569;

/** Whether `text` is a real calendar date `YYYY-MM-DD` a cell can hold as a date. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // 1900-03-01 onwards: before it the 1900 system counts a 29 February that never was.
  return y >= 1901 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The cell value of a calendar date. */
export function dateSerial(iso: IsoDate): number {
  return dayNumber(iso) + SERIAL_OF_1970;
}

// A plan has few distinct dates and every workbook writes and measures them three times a row:
// work each out once. Bounded, so a process building many plans does not grow without end.
const MEMO_LIMIT = 4096;
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** The serial number of a calendar date; null for text that is not one (it stays text). */
export const dateValue: (iso: string) => number | null = memo((iso) => (isCalendarDate(iso) ? dateSerial(iso) : null));

const shownDates = memo((key) => {
  const cut = key.indexOf('\u0000');
  return formatDate(key.slice(0, cut), key.slice(cut + 1));
});

/** formatDate, remembered. */
export function shownDate(iso: IsoDate, format: string): string {
  return shownDates(`${iso}\u0000${format}`);
}

/**
 * The date as a number format such as `yyyy"年"m"月"d"日";@` shows it, to measure the column:
 * `yyyy` `yy` `mm` `m` `dd` `d`, quoted text as written, the text section after `;` ignored.
 */
export function formatDate(iso: IsoDate, format: string): string {
  const [y, m, d] = [iso.slice(0, 4), String(Number(iso.slice(5, 7))), String(Number(iso.slice(8, 10)))];
  const codes: Record<string, string> = { yyyy: y, yy: y.slice(2), mm: m.padStart(2, '0'), m, dd: d.padStart(2, '0'), d };
  const first = format.split(';')[0] ?? '';
  return first.replace(/"([^"]*)"|\\(.)|yyyy|yy|mm|m|dd|d/g, (code, quoted?: string, escaped?: string) => quoted ?? escaped ?? codes[code] ?? code);
}
