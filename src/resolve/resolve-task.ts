import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';
import type { DateContext, DateKind, IsoDate, ResolvedDate } from '../dates/types.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { Occurrence, Recurrence, Task, TaskKind } from '../model/plan.js';
import type { RawDateExpression, RawMeasure, RawTask } from '../validate/raw-plan.js';
import { IdRegistry } from './ids.js';
import { resolveUnitRefs } from './owners.js';
import { readDate, type WorkingCalendar } from './read-date.js';
import type { UnitIndex } from './unit-index.js';

/** What a task inherits from where it sits: its phase's window, or the plan period for measures. */
export interface TaskScope {
  readonly kind: TaskKind;
  readonly phaseId?: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly context: DateContext;
  readonly units: UnitIndex;
  readonly calendar?: WorkingCalendar;
  /** Message language; English when absent. */
  readonly language?: Language;
}

interface Timing {
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
  timing: DateKind;
  ongoing: boolean;
  repeat?: Recurrence;
  /** A recurrence no RRULE can say (每月最后一个工作日): its dates, and the key that gave them. */
  dates?: { readonly list: readonly IsoDate[]; readonly key: 'when' | 'repeat' };
}

/** `expected` names the variant: what the key takes (one deadline, a recurrence, a single day). */
function kindMismatch(path: PlanPath, key: string, found: DateKind, expected: 'due' | 'repeat' | 'single-day', language: Language = 'en'): Diagnostic {
  return {
    code: 'date-kind-mismatch',
    stage: 'resolve',
    severity: 'error',
    path,
    message: t(language, `date-kind-mismatch.${expected}`, { key, found: t(language, `date-kind.${found}`) }),
  };
}

/** The window a `when` gives, interpreted by its kind; the default is the scope's window. */
function timingFromWhen(when: ResolvedDate | undefined, written: string | undefined, scope: TaskScope): Timing {
  if (!when) return { start: scope.start, end: scope.end, due: scope.end, timing: 'window', ongoing: scope.kind === 'measure' };
  switch (when.kind) {
    case 'deadline':
      // "5月20日前" as a window: the work runs from the start of its phase up to the deadline.
      return { start: scope.start <= when.end ? scope.start : when.end, end: when.end, due: when.end, timing: 'deadline', ongoing: false };
    case 'ongoing':
      return { start: when.start, end: when.end, due: when.end, timing: 'ongoing', ongoing: true };
    case 'recurring':
      if (when.dates) return { start: when.start, end: when.end, due: when.end, timing: 'recurring', ongoing: false, dates: { list: when.dates, key: 'when' } };
      return {
        start: when.start,
        end: when.end,
        due: when.end,
        timing: 'recurring',
        ongoing: false,
        repeat: { rrule: when.rrule ?? 'FREQ=MONTHLY', source: written ?? '', ...(when.countPerPeriod ? { countPerPeriod: when.countPerPeriod } : {}) },
      };
    default:
      return { start: when.start, end: when.end, due: when.end, timing: when.kind, ongoing: false };
  }
}

/** Resolves a phase task or a measure: owners, window, deadline, dated occurrences. */
export function resolveTask(raw: RawTask | RawMeasure, path: PlanPath, scope: TaskScope, diagnostics: Diagnostic[]): Task {
  const source: Record<string, string> = {};
  const read = (key: string, value: RawDateExpression, context: DateContext = scope.context) => {
    const result = readDate(value, context, [...path, key], diagnostics, scope.calendar);
    source[key] = result.written;
    return result.value;
  };
  const scoped: DateContext = { ...scope.context, reference: scope.start };
  const when = raw.when !== undefined ? read('when', raw.when, scoped) : undefined;
  const task = raw as RawTask;
  const at = task.at !== undefined ? read('at', task.at, scoped) : undefined;
  const timing = timingFromWhen(when, source.when, scope);
  if (!when && at) Object.assign(timing, { start: at.start, end: at.end, due: at.end, timing: 'instant' as const });

  if (task.due !== undefined) {
    const due = read('due', task.due, { ...scope.context, reference: timing.start });
    if (due?.kind === 'recurring') diagnostics.push(kindMismatch([...path, 'due'], 'due', due.kind, 'due', scope.language));
    else if (due) {
      timing.due = due.end;
      if (due.kind === 'ongoing') timing.ongoing = true;
      else if (!when) timing.timing = 'deadline';
    }
  }
  if (task.repeat !== undefined) {
    const repeat = read('repeat', task.repeat, { ...scope.context, planStart: timing.start, planEnd: timing.end });
    if (repeat && repeat.kind !== 'recurring') diagnostics.push(kindMismatch([...path, 'repeat'], 'repeat', repeat.kind, 'repeat', scope.language));
    else if (repeat?.dates) {
      timing.dates = { list: repeat.dates, key: 'repeat' };
      timing.timing = 'recurring';
    } else if (repeat) {
      timing.repeat = { rrule: repeat.rrule ?? 'FREQ=MONTHLY', source: source.repeat ?? '', ...(repeat.countPerPeriod ? { countPerPeriod: repeat.countPerPeriod } : {}) };
      timing.timing = 'recurring';
    }
  }

  const occurrences = resolveOccurrences(task, at, path, scope, timing, source, diagnostics);
  const lead = resolveUnitRefs(raw.lead, scope.units, [...path, 'lead'], scope.language);
  const support = resolveUnitRefs(raw.support, scope.units, [...path, 'support'], scope.language);
  diagnostics.push(...lead.diagnostics, ...support.diagnostics);

  return {
    id: raw.id,
    kind: scope.kind,
    title: raw.title,
    ...(raw.detail !== undefined ? { detail: raw.detail } : {}),
    lead: lead.ids,
    support: support.ids.filter((id) => !lead.ids.includes(id)),
    ...(scope.phaseId !== undefined ? { phaseId: scope.phaseId } : {}),
    start: timing.start,
    end: timing.end,
    due: timing.due,
    timing: timing.timing,
    ongoing: timing.ongoing,
    occurrences,
    ...(typeof task.sessions === 'number' ? { sessionCount: task.sessions } : {}),
    ...(timing.repeat ? { repeat: timing.repeat } : {}),
    source,
    ...(raw.todo ? { todo: raw.todo } : {}),
    path,
  };
}

function resolveOccurrences(
  task: RawTask,
  at: ResolvedDate | undefined,
  path: PlanPath,
  scope: TaskScope,
  timing: Timing,
  source: Record<string, string>,
  diagnostics: Diagnostic[],
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  const ids = new IdRegistry(diagnostics, 'event', scope.language);
  const context: DateContext = { ...scope.context, reference: timing.start };
  const add = (id: string, title: string, value: ResolvedDate | undefined, written: string, where: PlanPath) => {
    if (!value) return;
    if (value.start !== value.end) {
      diagnostics.push(kindMismatch(where, String(where[where.length - 1]), value.kind, 'single-day', scope.language));
      return;
    }
    occurrences.push({
      id,
      title,
      date: value.start,
      ...(value.time ? { time: value.time } : {}),
      approx: value.approx ?? false,
      source: written,
      path: where,
    });
  };
  if (at) add('at', task.title, at, source.at ?? '', [...path, 'at']);
  // Each date of a working-day recurrence is an event of its own (ids by date: stable across edits).
  const listed = timing.dates;
  if (listed) for (const date of listed.list) occurrences.push({ id: `on-${date}`, title: task.title, date, approx: false, source: source[listed.key] ?? '', path: [...path, listed.key] });
  task.events?.forEach((event, i) => {
    const where = [...path, 'events', i];
    ids.claim(event.id, where);
    const read = readDate(event.at, context, [...where, 'at'], diagnostics, scope.calendar);
    add(event.id, event.title, read.value, read.written, [...where, 'at']);
  });
  const sessions = task.sessions;
  if (Array.isArray(sessions)) {
    // Ids from the date (and time), not the position: inserting a session before others must not
    // move the later ones' calendar UIDs. Two sessions at the same moment are told apart by -2, -3.
    const taken = new Set<string>();
    sessions.forEach((expr, i) => {
      const where = [...path, 'sessions', i];
      const read = readDate(expr, context, where, diagnostics, scope.calendar);
      add(uniqueId(sessionId(read.value), taken), `${task.title} (${i + 1}/${sessions.length})`, read.value, read.written, where);
    });
  } else if (typeof task.sessions === 'number') {
    source.sessions = String(task.sessions);
  }
  return occurrences;
}

/** `session-2018-05-10`, or `session-2018-05-10T0900` for a timed one. */
function sessionId(value: ResolvedDate | undefined): string {
  if (!value) return 'session';
  return `session-${value.start}${value.time ? 'T' + value.time.start.replace(':', '') : ''}`;
}

function uniqueId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}
