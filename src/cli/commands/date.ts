import { resolveDate } from '../../dates/resolve-date.js';
import type { DateNote, DateOutcome } from '../../dates/types.js';
import { UsageError } from '../../diagnostics/errors.js';
import { localizeDates } from '../../i18n/dates.js';
import type { Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { runLanguage } from '../language.js';

export interface DateOptions {
  readonly year?: string;
  readonly issued?: string;
  readonly json?: boolean;
  readonly lang?: string;
}

function toJson(expr: string, outcome: DateOutcome) {
  if (!outcome.ok) {
    const { code, message, offset, length, suggestions } = outcome.error;
    return { expr, error: { code, message, offset, length, suggestions }, notes: outcome.notes };
  }
  const v = outcome.value;
  return {
    start: v.start,
    end: v.end,
    kind: v.kind,
    ...(v.time ? { time: v.time.end ? `${v.time.start}-${v.time.end}` : v.time.start } : {}),
    ...(v.approx ? { approx: true } : {}),
    ...(v.fuzzy ? { fuzzy: true } : {}),
    ...(v.rrule ? { rrule: v.rrule } : {}),
    ...(v.countPerPeriod ? { countPerPeriod: v.countPerPeriod } : {}),
    ...(v.dates ? { dates: v.dates } : {}),
    ...(outcome.notes.length > 0 ? { notes: outcome.notes.map((n) => ({ code: n.code, message: n.message })) } : {}),
  };
}

/**
 * The dates module's remark about `expr` in `language` (it writes English; the catalogue has the
 * Chinese by code, as for a plan's diagnostics), with the nearest accepted forms when it has them.
 */
function remark(expr: string, note: DateNote & { suggestions?: readonly string[] }, language: Language): string {
  const [said] = localizeDates(
    [{ code: note.code, stage: 'resolve', severity: 'error', message: note.message, path: ['expr'], valueRange: { offset: note.offset, length: note.length }, ...(note.suggestions ? { suggestions: [...note.suggestions] } : {}) }],
    { expr },
    language,
  );
  return said!.message;
}

/** `plan date EXPR`: resolve one expression, to check a wording before it goes into a plan. */
export function dateCommand(expr: string, options: DateOptions, io: Io, calendar?: Parameters<typeof resolveDate>[2]): ExitCode {
  const language = runLanguage(options.lang, io);
  const quoted = (text: string | undefined) => t(language, 'quote', { text: text ?? '' });
  if (options.issued !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.issued)) throw new UsageError(t(language, 'cli.flag.issued', { value: quoted(options.issued) }));
  const year = planYear(expr, options);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(t(language, 'cli.flag.year', { value: quoted(options.year) }));
  const outcome = resolveDate(expr, { year, ...(options.issued ? { anchor: options.issued } : {}) }, calendar);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(toJson(expr, outcome))}\n`);
    return outcome.ok ? 0 : 1;
  }
  if (!outcome.ok) {
    const { offset, length, suggestions } = outcome.error;
    // The Chinese remark names the nearest forms itself; English lists them on a line of their own.
    const message = remark(expr, language === 'en' ? { ...outcome.error, suggestions: [] } : outcome.error, language);
    io.stdout.write(`${expr}\n${' '.repeat(widthOf(expr.slice(0, offset)))}${'^'.repeat(Math.max(1, widthOf(expr.slice(offset, offset + length))))}\n${t(language, 'cli.date.error', { message })}\n`);
    if (suggestions.length > 0 && language === 'en') io.stdout.write(`${t(language, 'cli.date.accepted', { forms: suggestions.join(', ') })}\n`);
    return 1;
  }
  const v = outcome.value;
  // A deadline's start is only the plan start or the anchor; what people want to see is the due day.
  const span = v.kind === 'deadline' ? t(language, 'cli.date.due', { date: v.end }) : v.start === v.end ? v.start : `${v.start} … ${v.end}`;
  const time = v.time ? t(language, 'cli.date.time', { time: `${v.time.start}${v.time.end ? `-${v.time.end}` : ''}` }) : '';
  const extras = [time, v.approx ? t(language, 'cli.date.approximate') : '', v.rrule ? `RRULE ${v.rrule}` : ''].filter(Boolean);
  // The kind (deadline, window, …) is a value of the JSON output and stays as it is there.
  io.stdout.write(`${v.kind}  ${span}${extras.length ? `  (${extras.join(', ')})` : ''}\n`);
  // Working-day recurrences have no RRULE: their dates are the answer.
  if (v.dates) io.stdout.write(`${t(language, 'cli.date.dates', { dates: v.dates.join(', ') })}\n`);
  for (const note of outcome.notes) io.stdout.write(`${t(language, 'cli.date.note', { message: remark(expr, note, language), code: note.code })}\n`);
  return 0;
}

/** --year, else the issue date's year, else a year written in the expression, else this year. */
function planYear(expr: string, options: DateOptions): number {
  if (options.year !== undefined) return Number(options.year);
  if (options.issued) return Number(options.issued.slice(0, 4));
  const written = expr.normalize('NFKC').match(/(19|20|21)\d{2}/);
  // A debugging aid may use the clock: what the user means by "12月20日" today is this year.
  return written ? Number(written[0]) : new Date().getUTCFullYear();
}

function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return w;
}
