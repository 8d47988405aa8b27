/**
 * Resolved plan → calendar components.
 *
 * Which components a task gets (deterministic: phase order, task order, measures last; within a
 * task: window/deadline/recurrence first, then occurrences in order, then the optional VTODO):
 *
 * - ongoing (长期坚持, measures): with `ongoing: 'span'` one all-day `window` event across the span,
 *   titled 长期：…, and nothing else (there is no single deadline). With 'none': nothing.
 * - recurring (`repeat`): one all-day `repeat` event with an RRULE bounded by the task end. Each
 *   instance is itself the recurring deadline (每月28日前), so no separate deadline event; with
 *   reminders each instance gets them, and with `todo` a VTODO with the same RRULE.
 * - `timing: 'deadline'`: one all-day `due` event on the due day (截止：…). No window event: the start
 *   of a bare deadline is an anchor (the issue date), not a period of work.
 * - a window: one all-day `window` event [start, end] (DTEND = end + 1, exclusive), plus a `due`
 *   event when the due day differs from the window end (when: 5月, due: 5月20日前), or always
 *   when reminders are asked for: every reminder fires before the start of its own event.
 * - dated occurrences (`at`, `events`, known `sessions`): one `at` event each, timed when a time is
 *   known, TENTATIVE when approximate. The window event is dropped when the window is just the
 *   day of an occurrence (a task that is one meeting), otherwise it stays.
 * - `sessions: N` with no dates: the window event says how many sessions (（共3期）).
 * - VTODO (`todo: true`): one per task that has a window or deadline event, DUE = the due day;
 *   a recurring one for a `repeat` task.
 *
 * UIDs: `${taskId}.${kind}[.${occurrenceId}]@${planId}`: ids only, so a revised plan (new titles,
 * dates, order) updates the same events in subscribers' calendars.
 */
import type { IsoDate } from '../../dates/types.js';
import type { Occurrence, Phase, ResolvedPlan, Task } from '../../model/plan.js';
import type { IcsLabels } from './labels.js';
import type { AlarmSpec, CalComponent, ComponentKind, TaskComponents } from './model.js';
import { firstInstance, rruleWithUntil } from './rrule.js';
import { addDays, daysBetween, minutesOf } from './text.js';

export interface EventOptions {
  readonly todo: boolean;
  readonly ongoing: 'span' | 'none';
  readonly alarms: readonly { readonly workingDaysBefore: number }[];
  /** The day `n` working days before `date`; calendar days when the holiday table is absent. */
  readonly previousWorkingDays: (date: IsoDate, n: number) => IsoDate;
  /** False when no VTIMEZONE is known for the plan's zone: timed items then become all-day. */
  readonly timesAllowed: boolean;
}

const SOURCE_ORDER = ['when', 'due', 'at', 'repeat', 'sessions'];

interface Shared {
  readonly plan: ResolvedPlan;
  readonly labels: IcsLabels;
  readonly options: EventOptions;
  readonly unitNames: ReadonlyMap<string, string>;
}

function uid(plan: ResolvedPlan, task: Task, kind: ComponentKind, occurrence?: Occurrence): string {
  return `${task.id}.${kind}${occurrence === undefined ? '' : '.' + occurrence.id}@${plan.id}`;
}

function unitsOf(task: Task): string[] {
  const out: string[] = [];
  for (const id of [...task.lead, ...task.support]) if (!out.includes(id)) out.push(id);
  return out;
}

function describe(s: Shared, task: Task, phase: Phase | undefined, occurrence?: Occurrence): string {
  const { labels: l, unitNames } = s;
  const names = (ids: readonly string[]): string => ids.map((id) => unitNames.get(id) ?? id).join(l.listSeparator);
  const lines: string[] = [];
  if (occurrence !== undefined) lines.push(l.task + l.colon + task.title);
  lines.push(l.lead + l.colon + names(task.lead));
  if (task.support.length > 0) lines.push(l.support + l.colon + names(task.support));
  lines.push(l.phase + l.colon + (phase?.title ?? l.measures));
  // The date as the document wrote it, so a reader can check the calendar against the text.
  const keys = Object.keys(task.source);
  const ordered = [...SOURCE_ORDER.filter((k) => keys.includes(k)), ...keys.filter((k) => !SOURCE_ORDER.includes(k)).sort()];
  for (const key of ordered) {
    if (occurrence !== undefined && (key === 'at' || key === 'sessions')) continue;
    const value = task.source[key];
    // `sessions: 3` is said once, by the line below, not twice.
    if (key === 'sessions' && task.sessionCount !== undefined && value === String(task.sessionCount)) continue;
    if (value !== undefined && value !== '') lines.push((l.source[key] ?? key) + l.colon + value);
  }
  if (occurrence !== undefined) {
    lines.push(l.source['at'] + l.colon + occurrence.source);
    if (occurrence.time !== undefined && !s.options.timesAllowed) {
      lines.push(occurrence.time.start + (occurrence.time.end === undefined ? '' : '-' + occurrence.time.end));
    }
  } else if (task.sessionCount !== undefined && task.occurrences.length === 0) {
    lines.push(l.sessionsUndated(task.sessionCount));
  }
  if (task.detail !== undefined && task.detail !== '') lines.push('', l.detail + l.colon + task.detail);
  return lines.join('\n');
}

/** Alarms at 09:00 on the day `n` working days before `target`, relative to a reference day. */
function alarms(s: Shared, target: IsoDate, related: 'START' | 'END', reference: IsoDate, referenceMinutes = 0): readonly AlarmSpec[] {
  if (s.options.alarms.length === 0) return NO_ALARMS;
  return s.options.alarms.map(({ workingDaysBefore }) => {
    const day = s.options.previousWorkingDays(target, workingDaysBefore);
    return { related, minutes: daysBetween(reference, day) * 1440 + 9 * 60 - referenceMinutes };
  });
}

type Fields = Pick<CalComponent, 'kind' | 'summary' | 'start'> & Partial<CalComponent>;

/** One component with every field present, so all of them share one object shape. */
function component(s: Shared, task: Task, description: string, categories: readonly string[], f: Fields, occurrence?: Occurrence): CalComponent {
  return {
    component: f.component ?? 'VEVENT',
    uid: uid(s.plan, task, f.kind, occurrence),
    kind: f.kind,
    summary: f.summary,
    description,
    categories,
    start: f.start,
    startTime: f.startTime,
    end: f.end,
    endTime: f.endTime,
    due: f.due,
    rrule: f.rrule,
    status: f.status ?? 'CONFIRMED',
    transparent: f.transparent ?? true,
    alarms: f.alarms ?? NO_ALARMS,
  };
}

const NO_ALARMS: readonly AlarmSpec[] = [];

function occurrenceComponent(s: Shared, task: Task, phase: Phase | undefined, o: Occurrence, categories: readonly string[]): CalComponent {
  const timed = o.time !== undefined && s.options.timesAllowed;
  const summary = o.title !== '' ? o.title : task.title;
  const status = o.approx ? 'TENTATIVE' : 'CONFIRMED';
  const description = describe(s, task, phase, o);
  if (timed && o.time !== undefined) {
    // A timed meeting is busy time; without an end time RFC 5545 gives it no duration, which is
    // more honest than inventing one.
    // An end time not after the start (a typo such as 14:00-12:00) is dropped, not written.
    const endTime = o.time.end !== undefined && o.time.end > o.time.start ? o.time.end : undefined;
    return component(s, task, description, categories, {
      kind: 'at', summary, status, start: o.date, startTime: o.time.start,
      end: endTime === undefined ? undefined : o.date, endTime, transparent: false,
      alarms: alarms(s, o.date, 'START', o.date, minutesOf(o.time.start)),
    }, o);
  }
  return component(s, task, description, categories, {
    kind: 'at', summary, status, start: o.date, end: addDays(o.date, 1), alarms: alarms(s, o.date, 'START', o.date),
  }, o);
}

/** The components of one task, in their fixed order. */
export function taskComponents(s: Shared, task: Task, phase: Phase | undefined): TaskComponents {
  const { labels: l, unitNames } = s;
  const units = unitsOf(task);
  const categories = [phase?.title ?? l.measures, ...units.map((id) => unitNames.get(id) ?? id)];
  const description = describe(s, task, phase);
  const sessions = task.sessionCount !== undefined && task.occurrences.length === 0 ? l.sessions(task.sessionCount) : '';
  const out: CalComponent[] = [];
  const make = (f: Fields): CalComponent => component(s, task, description, categories, f);
  const window = (summary: string): CalComponent =>
    make({
      kind: 'window', summary, start: task.start,
      // DTEND is exclusive for all-day events; a window ending before it starts (a lint error
      // that did not stop the build) still gets a valid one-day event rather than DTEND < DTSTART.
      end: addDays(task.end < task.start ? task.start : task.end, 1),
    });
  const due = (): CalComponent =>
    make({ kind: 'due', summary: l.duePrefix + task.title + sessions, start: task.due, end: addDays(task.due, 1), alarms: alarms(s, task.due, 'START', task.due) });

  const ongoing = task.ongoing || task.timing === 'ongoing';
  let dated = false; // has a window or deadline event (and so may get a VTODO)
  if (ongoing) {
    if (s.options.ongoing === 'span') out.push(window(l.ongoingPrefix + task.title));
  } else if (task.repeat !== undefined) {
    const first = firstInstance(task.repeat.rrule, task.start, task.end);
    const rrule = rruleWithUntil(task.repeat.rrule, task.end);
    // Each instance is a deadline, so it gets the reminders too. A TRIGGER is one duration for
    // every instance: counted in working days before the first, the same offset for the rest.
    out.push(make({ kind: 'repeat', summary: task.title, start: first, end: addDays(first, 1), rrule, alarms: alarms(s, first, 'START', first) }));
  } else if (task.timing === 'deadline') {
    out.push(due());
    dated = true;
  } else {
    const oneMeeting = task.start === task.end && task.occurrences.some((o) => o.date === task.start);
    if (!oneMeeting) {
      // A reminder belongs on the deadline's own event and fires before its start: clients ignore
      // or misplace RELATED=END and after-start triggers, and a window starts long before its
      // deadline. So with reminders a deadline on the window's last day gets its own event too.
      const separateDue = task.due !== task.end || s.options.alarms.length > 0;
      out.push(window(task.title + sessions));
      if (separateDue) out.push(due());
      dated = true;
    }
  }
  for (const o of task.occurrences) out.push(occurrenceComponent(s, task, phase, o, categories));
  if (s.options.todo && !ongoing && task.repeat !== undefined) {
    // A recurring deadline is a recurring to-do: DUE on the first instance, the same RRULE.
    const first = firstInstance(task.repeat.rrule, task.start, task.end);
    out.push(make({ component: 'VTODO', kind: 'todo', summary: task.title, start: undefined, due: first, rrule: rruleWithUntil(task.repeat.rrule, task.end), status: 'NEEDS-ACTION' }));
  } else if (s.options.todo && dated) {
    out.push(
      make({
        component: 'VTODO', kind: 'todo', summary: task.title + sessions,
        // DTSTART of a VTODO must be before DUE; a bare deadline's start is only an anchor.
        start: task.timing !== 'deadline' && task.start < task.due ? task.start : undefined,
        due: task.due, status: 'NEEDS-ACTION',
      }),
    );
  }
  const timed = s.options.timesAllowed && task.occurrences.some((o) => o.time !== undefined);
  return { taskId: task.id, units, components: out, timed };
}

/** Every task's components in plan order: phases, their tasks, then the measures. */
export function planComponents(plan: ResolvedPlan, labels: IcsLabels, options: EventOptions): TaskComponents[] {
  const unitNames = new Map(plan.units.map((u) => [u.id, u.name] as const));
  const s: Shared = { plan, labels, options, unitNames };
  const out: TaskComponents[] = [];
  for (const phase of plan.phases) for (const task of phase.tasks) out.push(taskComponents(s, task, phase));
  for (const task of plan.measures) out.push(taskComponents(s, task, undefined));
  return out;
}
