import { streamingEmitter } from '../streaming-emitter.js';
import type { EmitContext, Emitter, EmitterFlag, TextArtifact } from '../artifact.js';
import { parseAlarms } from '../ics/alarms.js';
import { prepareCalendars, type BookOptions } from '../ics/render-calendar.js';

export type CalendarsEmitterOptions = Omit<BookOptions, 'generatedAt'>;

/** The flags of the calendars, shared by `plan build` and `plan ics`. */
export const calendarFlags: readonly EmitterFlag[] = [
  { flags: '--todo', description: 'also write deadlines as VTODO (Google Calendar ignores VTODO)' },
  { flags: '--alarm <days...>', description: 'calendar reminders this many working days before each deadline' },
  { flags: '--no-ongoing', description: 'leave ongoing measures out of the calendars' },
];

/** The calendar options `--todo`, `--alarm` and `--no-ongoing` set (parsed flag values). */
export function calendarOptionsFrom(values: { readonly todo?: unknown; readonly ongoing?: unknown; readonly alarm?: unknown }): CalendarsEmitterOptions {
  return {
    todo: values.todo === true,
    ongoing: values.ongoing === false ? 'none' : 'span',
    alarms: parseAlarms(values.alarm as readonly string[] | undefined),
  };
}

/**
 * `calendars/all.ics` and one `calendars/<unit>.ics` per declared unit. Every unit gets a file,
 * even one with no tasks (its description says so), so a subscription URL never 404s and a unit
 * that gains tasks in a revision shows them without anyone re-subscribing.
 */
export function createCalendarsEmitter(options: CalendarsEmitterOptions = {}): Emitter<TextArtifact> {
  return streamingEmitter({
    id: 'calendars',
    description: 'iCalendar files: the whole plan and one per unit',
    files: ['calendars/all.ics', 'calendars/<unit>.ics'],
    flags: calendarFlags,
    // Reminders count working days back from a deadline.
    needs: { calendar: true },
    configure: (values) => createCalendarsEmitter({ ...options, ...calendarOptionsFrom(values) }),
    *stream({ plan, generatedAt, calendar, base, states }: EmitContext): Iterable<TextArtifact> {
      const workingDays = calendar ? { previousWorkingDays: (date: string, n: number) => calendar.addWorkingDays(date, -n) } : {};
      const book = prepareCalendars(plan, { ...workingDays, ...options, generatedAt, ...(base ? { base } : {}), ...(states ? { states } : {}) });
      yield { path: 'calendars/all.ics', contents: book.render(), mediaType: 'text/calendar' };
      for (const unit of plan.units) yield { path: `calendars/${unit.id}.ics`, contents: book.render([unit.id]), mediaType: 'text/calendar' };
      // A unit the revision dropped keeps its file, holding only its cancelled events: its
      // subscribers and importers took those events from that file and must learn they are gone.
      for (const unit of book.formerUnits()) yield { path: `calendars/${unit}.ics`, contents: book.render([unit]), mediaType: 'text/calendar' };
    },
  });
}

export const calendarsEmitter: Emitter<TextArtifact> = createCalendarsEmitter();
