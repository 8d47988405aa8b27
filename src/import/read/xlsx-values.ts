/**
 * What a spreadsheet cell's number looks like on screen, for the cases a task table has: dates
 * (Excel stores 2019-06-30 as the serial number 43646 and only the cell's number format says it is
 * a date), percentages, and plain numbers. Other formats (currency, fixed decimals) show the
 * number as Excel's "General" would.
 */

/** Built-in number formats that are dates or times (ECMA-376 18.8.30, with the CJK ids 27–36 and 50–58). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILTIN_TIME_ONLY = new Set([18, 19, 20, 21, 45, 46, 47, 32, 33, 34, 35]);
const BUILTIN_PERCENT = new Set([9, 10]);

export interface DateParts {
  readonly year: boolean;
  readonly month: boolean;
  readonly day: boolean;
  readonly time: boolean;
}

export type NumberFormat = { kind: 'general' } | { kind: 'percent' } | ({ kind: 'date' } & DateParts);

const FULL_DATE: DateParts = { year: true, month: true, day: true, time: false };

/** Classifies a number format by its id and (for custom ids, 164 and up) its format code. */
export function classifyFormat(numFmtId: number, formatCode: string | undefined): NumberFormat {
  if (formatCode === undefined) {
    if (BUILTIN_PERCENT.has(numFmtId)) return { kind: 'percent' };
    if (!BUILTIN_DATE_FORMATS.has(numFmtId)) return { kind: 'general' };
    if (BUILTIN_TIME_ONLY.has(numFmtId)) return { kind: 'date', year: false, month: false, day: false, time: true };
    return { kind: 'date', ...FULL_DATE, time: numFmtId === 22 };
  }
  // Only the first section counts (positive numbers); quoted text, escaped characters and
  // [colour]/[locale] brackets are not date letters (but [h]/[mm]/[ss] elapsed times are).
  const code = (formatCode.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .toLowerCase()
    .replace(/am\/pm|a\/p/g, '');
  if (/%/.test(code)) return { kind: 'percent' };
  const hasTime = /[hs]/.test(code);
  const year = /y/.test(code);
  const day = /d/.test(code);
  // "m" is the month unless it sits in a time (h:mm, mm:ss).
  const month = /m/.test(hasTime ? code.replace(/h+[^a-z]*m+|m+[^a-z]*s+/g, '') : code);
  if (!year && !month && !day && !hasTime) return { kind: 'general' };
  return { kind: 'date', year, month, day, time: hasTime };
}

/** Excel's serial day number → UTC date. The 1900 system counts the non-existent 1900-02-29 (serial 60). */
function serialToDate(serial: number, date1904: boolean): { y: number; m: number; d: number; minutes: number } {
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 24 * 60);
  if (!date1904 && days === 60) return { y: 1900, m: 2, d: 29, minutes };
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(base + days * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), minutes };
}

/** A date the way a Chinese document writes it: 2019年6月30日, 2019年6月, 2019年6月30日 14:30, 9:00. */
export function dateText(parts: { y: number; m: number; d: number; minutes: number }, show: DateParts): string {
  let text = '';
  if (show.year) text += `${parts.y}年`;
  if (show.month || (show.year && show.day)) text += `${parts.m}月`;
  if (show.day) text += `${parts.d}日`;
  if (show.time) {
    const time = `${Math.floor(parts.minutes / 60)}:${String(parts.minutes % 60).padStart(2, '0')}`;
    text = text ? `${text} ${time}` : time;
  }
  return text;
}

/** A number as Excel's General format shows it: at most 15 significant digits, no float noise (0.1+0.2 → 0.3). */
export function generalNumber(value: number): string {
  return String(Number.parseFloat(value.toPrecision(15)));
}

/** The text of a numeric cell under its number format. */
export function numberText(value: number, format: NumberFormat, date1904: boolean): string {
  switch (format.kind) {
    case 'percent':
      return `${generalNumber(value * 100)}%`;
    case 'date':
      return value >= 0 && value < 2_958_466 ? dateText(serialToDate(value, date1904), format) : generalNumber(value);
    default:
      return generalNumber(value);
  }
}

/** A `t="d"` cell holds an ISO 8601 date; shown like a date-formatted serial. */
export function isoDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const minutes = match[4] ? Number(match[4]) * 60 + Number(match[5]) : 0;
  return dateText({ y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), minutes }, { ...FULL_DATE, time: minutes > 0 });
}
