import { resolveDate } from '../../dates/resolve-date.js';
import type { DateOutcome } from '../../dates/types.js';
import { UsageError } from '../../diagnostics/errors.js';
import { chooseLanguage, type Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

export interface DateOptions {
  readonly year?: string;
  readonly issued?: string;
  readonly json?: boolean;
  readonly lang?: string;
}

/** --lang, else the environment (LANG, LC_ALL): an expression has no plan whose locale could decide. */
export function dateLanguage(options: DateOptions, io: Io): Language {
  return chooseLanguage({ flag: options.lang, env: io.env });
}

/** The note as it was before notes carried their catalogue key: JSON output keeps its shape. */
function noteJson(n: DateOutcome['notes'][number]) {
  return { code: n.code, message: n.message, offset: n.offset, length: n.length, ...(n.data ? { data: n.data } : {}) };
}

function toJson(expr: string, outcome: DateOutcome) {
  if (!outcome.ok) {
    const { code, message, offset, length, suggestions } = outcome.error;
    return { expr, error: { code, message, offset, length, suggestions }, notes: outcome.notes.map(noteJson) };
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

/** `plan date EXPR`: resolve one expression, to check a wording before it goes into a plan. */
export function dateCommand(expr: string, options: DateOptions, io: Io, calendar?: Parameters<typeof resolveDate>[2]): ExitCode {
  const language = dateLanguage(options, io);
  if (options.issued !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.issued)) throw new UsageError(t(language, 'dates.cli.bad-issued', { value: options.issued }));
  const year = planYear(expr, options);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(t(language, 'dates.cli.bad-year', { value: String(options.year) }));
  const outcome = resolveDate(expr, { year, language, ...(options.issued ? { anchor: options.issued } : {}) }, calendar);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(toJson(expr, outcome))}\n`);
    return outcome.ok ? 0 : 1;
  }
  const list = (items: readonly string[]) => items.join(t(language, 'dates.cli.list-separator'));
  if (!outcome.ok) {
    const { message, offset, length, suggestions } = outcome.error;
    io.stdout.write(`${expr}\n${' '.repeat(widthOf(expr.slice(0, offset)))}${'^'.repeat(Math.max(1, widthOf(expr.slice(offset, offset + length))))}\n${t(language, 'dates.cli.error', { message })}\n`);
    if (suggestions.length > 0) io.stdout.write(`${t(language, 'dates.cli.accepted-forms', { forms: list(suggestions) })}\n`);
    return 1;
  }
  const v = outcome.value;
  // A deadline's start is only the plan start or the anchor; what people want to see is the due day.
  const span = v.kind === 'deadline' ? t(language, 'dates.cli.due', { date: v.end }) : v.start === v.end ? v.start : t(language, 'dates.cli.span', { start: v.start, end: v.end });
  const extras = [
    v.time ? t(language, 'dates.cli.time', { time: `${v.time.start}${v.time.end ? `-${v.time.end}` : ''}` }) : '',
    v.approx ? t(language, 'dates.cli.approximate') : '',
    v.rrule ? t(language, 'dates.cli.rrule', { rrule: v.rrule }) : '',
  ].filter(Boolean);
  io.stdout.write(`${t(language, `dates.cli.kind.${v.kind}`)}  ${span}${extras.length ? `  (${list(extras)})` : ''}\n`);
  // Working-day recurrences have no RRULE: their dates are the answer.
  if (v.dates) io.stdout.write(`${t(language, 'dates.cli.dates', { dates: list(v.dates) })}\n`);
  for (const note of outcome.notes) io.stdout.write(`${t(language, 'dates.cli.note', { message: note.message, code: note.code })}\n`);
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
