import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import type { DateContext, IsoDate } from '../dates/types.js';
import type { Language } from '../i18n/language.js';
import { quotedList, t } from '../i18n/messages.js';
import type { CalendarOverrides, Phase, ResolvedPlan, Task } from '../model/plan.js';
import type { RawCalendarDay, RawPlan } from '../validate/raw-plan.js';
import { IdRegistry } from './ids.js';
import { readDate, type WorkingCalendar } from './read-date.js';
import { resolveTask } from './resolve-task.js';
import { readTimezone } from './timezone.js';
import { indexUnits } from './unit-index.js';

export interface ResolveOptions {
  /** The file name shown in outputs and diagnostics. */
  readonly file: string;
  /** Builds the working-day calendar from the plan's overrides (only called when needed). */
  readonly calendar?: (overrides: CalendarOverrides) => WorkingCalendar;
  /** Message language; English when absent. */
  readonly language?: Language;
}

function calendarDays(list: readonly RawCalendarDay[] | undefined): { date: IsoDate; name?: string }[] {
  return (list ?? []).map((d) => (typeof d === 'string' ? { date: d } : { date: d.date, ...(d.name !== undefined ? { name: d.name } : {}) }));
}

/** The plan year: written, else the issue date's, else the first year in the period. */
function planYear(raw: RawPlan): number | undefined {
  if (raw.plan.year !== undefined) return raw.plan.year;
  if (raw.plan.issued) return Number(raw.plan.issued.slice(0, 4));
  const period = typeof raw.plan.period === 'string' ? raw.plan.period : raw.plan.period?.start;
  const match = period?.match(/(\d{4})/);
  return match ? Number(match[1]) : undefined;
}

/** RawPlan → ResolvedPlan: every unit reference checked, every date resolved to ISO days. */
export function resolve(raw: RawPlan, options: ResolveOptions): StageResult<ResolvedPlan> {
  return resolveIn(raw, options, options.language ?? 'en');
}

function resolveIn(raw: RawPlan, options: ResolveOptions, language: Language): StageResult<ResolvedPlan> {
  const diagnostics: Diagnostic[] = [];
  const year = planYear(raw);
  if (year === undefined) {
    diagnostics.push({
      code: 'plan-year-missing',
      stage: 'resolve',
      severity: 'error',
      path: ['plan'],
      message: t(language, 'plan-year-missing'),
    });
    return { diagnostics };
  }
  const overrides: CalendarOverrides = { holidays: calendarDays(raw.calendar?.holidays), workdays: calendarDays(raw.calendar?.workdays) };
  const calendar = options.calendar?.(overrides);
  const anchor = raw.plan.issued;
  // Date remarks are worded by src/dates in the plan's message language.
  const base: DateContext = { year, language, ...(anchor ? { anchor } : {}) };
  const source: Record<string, string> = {};
  // The schema checks the form YYYY-MM-DD; this catches days that do not exist (2018-02-30).
  if (anchor !== undefined) readDate(anchor, base, ['plan', 'issued'], diagnostics, calendar);
  let start = `${year}-01-01`;
  let end = `${year}-12-31`;
  if (raw.plan.period !== undefined) {
    const period = readDate(raw.plan.period, base, ['plan', 'period'], diagnostics, calendar);
    source.period = period.written;
    if (period.value) ({ start, end } = period.value);
  }
  const context: DateContext = { ...base, planStart: start, planEnd: end };

  const { index, diagnostics: unitProblems } = indexUnits(raw.units, language);
  diagnostics.push(...unitProblems);
  const ids = new IdRegistry(diagnostics, 'entity', language);

  const phases: Phase[] = raw.phases.map((rawPhase, p) => {
    const path = ['phases', p];
    ids.claim(rawPhase.id, path);
    const when = readDate(rawPhase.when, context, [...path, 'when'], diagnostics, calendar);
    // A phase given as a deadline (年底前) runs from the plan start; any other kind spans its days.
    const phaseStart = when.value?.kind === 'deadline' ? start : (when.value?.start ?? start);
    const phaseEnd = when.value?.end ?? end;
    const tasks = rawPhase.tasks.map((rawTask, t): Task => {
      const taskPath = [...path, 'tasks', t];
      ids.claim(rawTask.id, taskPath);
      return resolveTask(rawTask, taskPath, { kind: 'task', phaseId: rawPhase.id, start: phaseStart, end: phaseEnd, context, units: index, language, ...(calendar ? { calendar } : {}) }, diagnostics);
    });
    return { id: rawPhase.id, title: rawPhase.title, start: phaseStart, end: phaseEnd, tasks, ...(rawPhase.todo ? { todo: rawPhase.todo } : {}), source: { when: when.written }, path };
  });

  const measures = (raw.measures ?? []).map((rawMeasure, m) => {
    const path = ['measures', m];
    ids.claim(rawMeasure.id, path);
    return resolveTask(rawMeasure, path, { kind: 'measure', start, end, context, units: index, language, ...(calendar ? { calendar } : {}) }, diagnostics);
  });

  const plan: ResolvedPlan = {
    file: options.file,
    id: raw.plan.id,
    title: raw.plan.title,
    ...(raw.plan.issuer !== undefined ? { issuer: raw.plan.issuer } : {}),
    ...(raw.plan.docNumber !== undefined ? { docNumber: raw.plan.docNumber } : {}),
    ...(anchor !== undefined ? { issued: anchor } : {}),
    year,
    start,
    end,
    timezone: planTimezone(raw.plan.timezone, language, diagnostics),
    locale: raw.plan.locale ?? 'zh-CN',
    revision: raw.plan.revision ?? 0,
    units: index.units,
    phases,
    measures,
    calendar: overrides,
    ...(raw.plan.todo ? { todo: raw.plan.todo } : {}),
    source,
  };
  return { value: plan, diagnostics };
}

/**
 * The zone the calendars write: an alias becomes its canonical name (TZID must match the
 * VTIMEZONE); an unknown name is an error at its line, never a silent switch to all-day events.
 */
function planTimezone(written: string | undefined, language: Language, diagnostics: Diagnostic[]): string {
  const reading = readTimezone(written ?? 'Asia/Shanghai');
  if (!('unknown' in reading)) return reading.zone;
  const [first] = reading.suggestions;
  diagnostics.push({
    code: 'timezone-unknown',
    stage: 'resolve',
    severity: 'error',
    path: ['plan', 'timezone'],
    message: first === undefined ? t(language, 'timezone-unknown', { zone: written ?? '' }) : t(language, 'timezone-unknown.suggest', { zone: written ?? '', names: quotedList(language, reading.suggestions) }),
    ...(reading.suggestions.length > 0 ? { suggestions: reading.suggestions } : {}),
  });
  return 'Asia/Shanghai';
}
