import { resolveDate } from '../../dates/resolve-date.js';
import type { DateOutcome } from '../../dates/types.js';
import { UsageError } from '../../diagnostics/errors.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

export interface DateOptions {
  readonly year?: string;
  readonly issued?: string;
  readonly json?: boolean;
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

/** `plan date EXPR`: resolve one expression, to check a wording before it goes into a plan. */
export function dateCommand(expr: string, options: DateOptions, io: Io, calendar?: Parameters<typeof resolveDate>[2]): ExitCode {
  if (options.issued !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.issued)) throw new UsageError(`--issued takes a date YYYY-MM-DD, got '${options.issued}'`);
  const year = planYear(expr, options);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(`--year takes a year such as 2018, got '${options.year}'`);
  const outcome = resolveDate(expr, { year, ...(options.issued ? { anchor: options.issued } : {}) }, calendar);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(toJson(expr, outcome))}\n`);
    return outcome.ok ? 0 : 1;
  }
  if (!outcome.ok) {
    const { message, offset, length, suggestions } = outcome.error;
    io.stdout.write(`${expr}\n${' '.repeat(widthOf(expr.slice(0, offset)))}${'^'.repeat(Math.max(1, widthOf(expr.slice(offset, offset + length))))}\nerror: ${message}\n`);
    if (suggestions.length > 0) io.stdout.write(`accepted forms: ${suggestions.join(', ')}\n`);
    return 1;
  }
  const v = outcome.value;
  // A deadline's start is only the plan start or the anchor; what people want to see is the due day.
  const span = v.kind === 'deadline' ? `due ${v.end}` : v.start === v.end ? v.start : `${v.start} … ${v.end}`;
  const extras = [v.time ? `time ${v.time.start}${v.time.end ? `-${v.time.end}` : ''}` : '', v.approx ? 'approximate' : '', v.rrule ? `RRULE ${v.rrule}` : ''].filter(Boolean);
  io.stdout.write(`${v.kind}  ${span}${extras.length ? `  (${extras.join(', ')})` : ''}\n`);
  // Working-day recurrences have no RRULE: their dates are the answer.
  if (v.dates) io.stdout.write(`dates: ${v.dates.join(', ')}\n`);
  for (const note of outcome.notes) io.stdout.write(`note: ${note.message} [${note.code}]\n`);
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
