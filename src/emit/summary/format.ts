import { t, type MessageKey } from '../../i18n/messages.js';
import type { IsoDate, Locale, TimeOfDay } from '../../model/plan.js';
import { compileLabel, type CompiledLabel } from '../fill-label.js';
import { languageOfLocale } from '../labels.js';
import type { Labels } from '../labels.js';

/** The catalogue's words for writing a date, ready to fill: a summary writes three a task. */
interface DateWords {
  /** `5月` / `May`, January first. */
  readonly months: readonly string[];
  readonly inPlanYear: CompiledLabel;
  readonly otherYear: CompiledLabel;
}

const MONTH_KEYS = [
  'labels.date.month.1', 'labels.date.month.2', 'labels.date.month.3', 'labels.date.month.4',
  'labels.date.month.5', 'labels.date.month.6', 'labels.date.month.7', 'labels.date.month.8',
  'labels.date.month.9', 'labels.date.month.10', 'labels.date.month.11', 'labels.date.month.12',
] as const satisfies readonly MessageKey[];

// Read from the catalogue once per locale, on first use.
const dateWordsByLocale: Partial<Record<Locale, DateWords>> = {};

function dateWords(locale: Locale): DateWords {
  let words = dateWordsByLocale[locale];
  if (words === undefined) {
    const language = languageOfLocale(locale);
    words = {
      months: MONTH_KEYS.map((key) => t(language, key)),
      inPlanYear: compileLabel(t(language, 'labels.date.in-plan-year')),
      otherYear: compileLabel(t(language, 'labels.date.other-year')),
    };
    dateWordsByLocale[locale] = words;
  }
  return words;
}

/** A date as the view shows it: the ISO form for machines and a readable one for people. */
export interface ShownDate {
  readonly iso: IsoDate;
  readonly text: string;
}

/** A window as the view shows it; `text` collapses a one-day window to its day. */
export interface ShownRange {
  readonly iso: string;
  readonly text: string;
}

function parts(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** Day number since the epoch; IsoDate is a calendar date, so UTC arithmetic cannot shift it. */
export function dayNumber(iso: IsoDate): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Month label for the timeline axis: `5月` / `May`. */
export function monthLabel(month: number, locale: Locale): string {
  return dateWords(locale).months[month - 1] ?? String(month);
}

/** `5月31日` (or `2019年1月5日` outside the plan year); `31 May` (`5 Jan 2019`) in English. */
export function readableDate(iso: IsoDate, locale: Locale, planYear: number): string {
  const [y, m, d] = parts(iso);
  const words = dateWords(locale);
  const month = words.months[m - 1] ?? String(m);
  return (y === planYear ? words.inPlanYear : words.otherYear)({ year: y, month, day: d });
}

export function showDate(iso: IsoDate, locale: Locale, planYear: number): ShownDate {
  return { iso, text: readableDate(iso, locale, planYear) };
}

export function showRange(start: IsoDate, end: IsoDate, locale: Locale, planYear: number, labels: Labels): ShownRange {
  if (start === end) return { iso: start, text: readableDate(start, locale, planYear) };
  return {
    iso: `${start}..${end}`,
    text: `${readableDate(start, locale, planYear)}${labels.rangeSep}${readableDate(end, locale, planYear)}`,
  };
}

/** `09:00–12:00`, or the all-day label when the occurrence has no time. */
export function showTime(time: TimeOfDay | undefined, labels: Labels): string {
  if (!time) return labels.allDay;
  return time.end ? `${time.start}–${time.end}` : time.start;
}

/** The UTC calendar date of `generatedAt`: UTC so the same instant prints the same day everywhere. */
export function isoFromInstant(instant: Date): IsoDate {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}`;
}

const SOURCE_KEYS: readonly [string, keyof Labels][] = [
  ['when', 'sourceWhen'],
  ['due', 'sourceDue'],
  ['at', 'sourceAt'],
  ['sessions', 'sourceSessions'],
  ['repeat', 'sourceRepeat'],
];

/** The date wording exactly as the plan wrote it: `时间：5月；时限：5月20日前`. */
export function formatWording(source: Readonly<Record<string, string>>, labels: Labels): string {
  const out: string[] = [];
  const known = new Set<string>();
  for (const [key, label] of SOURCE_KEYS) {
    known.add(key);
    const value = source[key];
    if (value !== undefined && value !== '') out.push(`${labels[label]}${labels.colon}${value}`);
  }
  // Keys this table does not know yet still appear, in a stable order.
  for (const key of Object.keys(source).sort()) {
    const value = source[key];
    if (!known.has(key) && value !== undefined && value !== '') out.push(`${key}${labels.colon}${value}`);
  }
  return out.join(labels.wordingSep);
}
