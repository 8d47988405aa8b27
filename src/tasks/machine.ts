// The task list for scripts: field names in English that do not change with the language, ids
// rather than names for units, ISO dates, no colour and no wrapping. README documents the fields.
import { csvField } from '../emit/unit-lists/csv.js';
import type { Occurrence } from '../model/plan.js';
import type { EventEntry, TaskEntry } from './entries.js';

/** The columns of tsv and csv, one line a task, measure or dated event. */
export const RECORD_FIELDS = ['kind', 'id', 'task', 'number', 'title', 'phase', 'role', 'lead', 'support', 'start', 'end', 'due', 'date', 'time', 'approx', 'daysLeft', 'status'] as const;
/**
 * Added at the end when progress was given: the reported state's id (`not-reported` for a task
 * never reported), the day of its latest entry, the day it was finished, the percent.
 */
export const PROGRESS_FIELDS = ['state', 'reported', 'finished', 'percent'] as const;
type Field = (typeof RECORD_FIELDS)[number] | (typeof PROGRESS_FIELDS)[number];
type Record_ = Readonly<Record<Field, string>>;

function fieldsOf(entries: readonly TaskEntry[]): readonly Field[] {
  return entries.some((e) => e.state !== undefined) ? [...RECORD_FIELDS, ...PROGRESS_FIELDS] : RECORD_FIELDS;
}

function progressFields(state: TaskEntry['state']): Pick<Record_, (typeof PROGRESS_FIELDS)[number]> {
  if (!state) return { state: state === null ? 'not-reported' : '', reported: '', finished: '', percent: '' };
  return { state: state.state, reported: state.date, finished: state.finished ?? '', percent: state.percent === undefined ? '' : String(state.percent) };
}

/** Where an event stands: it has happened, it is today, or it is still to come. */
export type EventStatus = 'past' | 'today' | 'upcoming';

function eventStatus(daysLeft: number): EventStatus {
  return daysLeft < 0 ? 'past' : daysLeft === 0 ? 'today' : 'upcoming';
}

function time(occurrence: Occurrence): string {
  const tod = occurrence.time;
  return tod ? (tod.end ? `${tod.start}-${tod.end}` : tod.start) : '';
}

function records(entries: readonly TaskEntry[]): Record_[] {
  const out: Record_[] = [];
  const none = { date: '', time: '', approx: '' };
  const noProgress = progressFields(undefined);
  for (const { row, events, state } of entries) {
    const { task } = row.info;
    out.push({
      kind: task.kind,
      id: task.id,
      task: task.id,
      number: row.info.number,
      title: task.title,
      phase: row.info.phaseIndex >= 0 ? row.info.phaseTitle : '',
      role: row.role ?? '',
      lead: task.lead.join(','),
      support: task.support.join(','),
      start: task.start,
      end: task.end,
      due: task.due,
      ...none,
      daysLeft: row.status === 'ongoing' ? '' : String(row.daysLeft),
      status: row.status,
      ...progressFields(state),
    });
    for (const { occurrence, daysLeft } of events) {
      out.push({
        kind: 'event',
        id: occurrence.id,
        task: task.id,
        number: '',
        title: occurrence.title,
        // An event's units and window are its task's: scripts join on `task`.
        phase: '',
        role: '',
        lead: '',
        support: '',
        start: '',
        end: '',
        due: '',
        date: occurrence.date,
        time: time(occurrence),
        approx: String(occurrence.approx),
        daysLeft: String(daysLeft),
        status: eventStatus(daysLeft),
        // An event's progress is its task's: scripts join on `task`.
        ...noProgress,
      });
    }
  }
  return out;
}

/** Tab-separated, a header line first; a tab or line break inside a title becomes a space. */
export function toTsv(entries: readonly TaskEntry[]): string {
  const clean = (v: string): string => v.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
  const fields = fieldsOf(entries);
  const lines = [fields.join('\t'), ...records(entries).map((r) => fields.map((f) => clean(r[f])).join('\t'))];
  return `${lines.join('\n')}\n`;
}

/** RFC 4180 with CRLF; text that a spreadsheet would run as a formula is made inert, numbers are not touched. */
export function toCsv(entries: readonly TaskEntry[]): string {
  const field = (f: Field, v: string): string => (f === 'daysLeft' || f === 'percent' ? v : csvField(v));
  const fields = fieldsOf(entries);
  const lines = [fields.join(','), ...records(entries).map((r) => fields.map((f) => field(f, r[f])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function eventJson({ occurrence, daysLeft }: EventEntry) {
  return {
    id: occurrence.id,
    title: occurrence.title,
    date: occurrence.date,
    time: occurrence.time ? { start: occurrence.time.start, end: occurrence.time.end ?? null } : null,
    approx: occurrence.approx,
    daysLeft,
    status: eventStatus(daysLeft),
  };
}

function progressJson(state: NonNullable<TaskEntry['state']> | null) {
  if (state === null) return null;
  return { state: state.state, reported: state.date, finished: state.finished ?? null, percent: state.percent ?? null, note: state.note ?? null };
}

/** An array of tasks, each with its events; `null` where a field has no value rather than a missing key. */
export function toJson(entries: readonly TaskEntry[]): string {
  const json = entries.map(({ row, events, state }) => {
    const { task } = row.info;
    return {
      kind: task.kind,
      id: task.id,
      number: row.info.number,
      title: task.title,
      phase: row.info.phaseIndex >= 0 ? row.info.phaseTitle : null,
      ...(row.role ? { role: row.role } : {}),
      lead: task.lead,
      support: task.support,
      start: task.start,
      end: task.end,
      due: task.due,
      daysLeft: row.status === 'ongoing' ? null : row.daysLeft,
      status: row.status,
      events: events.map(eventJson),
      sessions: task.sessionCount ?? null,
      repeat: task.repeat ? { rrule: task.repeat.rrule, wording: task.repeat.source } : null,
      // Only when progress was given; null for a task never reported.
      ...(state !== undefined ? { progress: progressJson(state) } : {}),
    };
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}
