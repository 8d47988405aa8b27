import { resolve } from 'node:path';
import { formatYmd, parseIso } from '../dates/day-number.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { IsoDate } from '../model/plan.js';
import { progressFilesAt, progressFilesBeside } from '../progress/find-progress.js';
import type { ProgressInput } from '../progress/load-progress.js';
import type { Io } from './io.js';
import { readPlan } from './read-plan.js';

/** `--progress PATH…` (repeatable), `--no-progress` (commander sets progress to false), `--as-of DAY`. */
export interface ProgressFlags {
  readonly progress?: readonly string[] | false;
  readonly asOf?: string;
}

/**
 * The progress files of one plan: those named with --progress (files, or folders of one file per
 * unit), else those beside the plan by convention; none with --no-progress or for stdin.
 * Read with the plan's size limit; a missing named file is a usage error.
 */
export async function readProgressInputs(planPath: string, flags: ProgressFlags, io: Io, maxBytes: number, language: Language): Promise<ProgressInput[]> {
  if (flags.progress === false || planPath === '<stdin>') return [];
  const named = flags.progress && flags.progress.length > 0;
  const files = named
    ? flags.progress.flatMap((given) => progressFilesAt(resolve(io.cwd, given)).map((file) => relativeToCwd(file, given, io.cwd)))
    : progressFilesBeside(resolve(io.cwd, planPath)).map((file) => relativeToCwd(file, planPath, io.cwd));
  return Promise.all(files.map((file) => readPlan(file, io, maxBytes, language)));
}

/** Keeps paths as the user would write them (relative to where they ran plan) in messages. */
function relativeToCwd(file: string, given: string, cwd: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return file.startsWith(prefix) && !given.startsWith('/') ? file.slice(prefix.length) : file;
}

/** `2018-09-30`, `2018-9-30`, `2018/9/30`, `2018.9.30`, `2018年9月30日`. */
export function readDay(text: string): IsoDate | undefined {
  const match = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$/u.exec(text);
  if (!match) return undefined;
  const iso = formatYmd(Number(match[1]), Number(match[2]), Number(match[3]));
  return parseIso(iso) === undefined ? undefined : iso;
}

/** The day --as-of names, or a usage error with the forms it takes. */
export function flagDay(text: string, language: Language): IsoDate {
  const day = readDay(text);
  if (!day) throw new UsageError(t(language, 'cli.flag.as-of', { value: t(language, 'quote', { text }) }));
  return day;
}

/**
 * The day progress is judged on: --as-of, else SOURCE_DATE_EPOCH (reproducible output), else
 * today's date in the plan's time zone — only where the caller allows the clock (`plan report`'s
 * terminal view); elsewhere undefined.
 */
export function asOfDay(flags: ProgressFlags, io: Io, timezone: string, language: Language, options: { clock: boolean }): IsoDate | undefined {
  if (flags.asOf !== undefined) return flagDay(flags.asOf, language);
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(t(language, 'cli.flag.source-date-epoch', { value: t(language, 'quote', { text: epoch }) }));
    return dayIn(new Date(Number(epoch) * 1000), timezone);
  }
  return options.clock ? dayIn((io.now ?? (() => new Date()))(), timezone) : undefined;
}

/** Zones with one offset since 1992 (China dropped summer time in 1991): no zone data needed. */
const FIXED_OFFSET_HOURS: Readonly<Record<string, number>> = { 'Asia/Shanghai': 8, 'Asia/Chongqing': 8, 'Asia/Harbin': 8, PRC: 8, UTC: 0, 'Etc/UTC': 0, GMT: 0 };

/**
 * The calendar day of an instant in a time zone. China's zones and UTC by their fixed offset:
 * the first Intl formatter with a time zone costs ~25 ms of ICU start-up, a third of a clean
 * `plan lint`; other zones through Intl (en-CA formats as YYYY-MM-DD).
 */
function dayIn(instant: Date, timezone: string): IsoDate {
  const offset = FIXED_OFFSET_HOURS[timezone];
  if (offset !== undefined && instant.getUTCFullYear() > 1991) return new Date(instant.getTime() + offset * 3_600_000).toISOString().slice(0, 10) as IsoDate;
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant) as IsoDate;
}
