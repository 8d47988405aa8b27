import { streamingEmitter } from '../streaming-emitter.js';
import type { EmitContext, Emitter, TextArtifact } from '../artifact.js';
import { prepareCalendars, type BookOptions } from '../ics/render-calendar.js';

export type CalendarsEmitterOptions = Omit<BookOptions, 'generatedAt'>;

/**
 * `calendars/all.ics` and one `calendars/<unit>.ics` per declared unit. Every unit gets a file,
 * even one with no tasks (its description says so), so a subscription URL never 404s and a unit
 * that gains tasks in a revision shows them without anyone re-subscribing.
 */
export function createCalendarsEmitter(options: CalendarsEmitterOptions = {}): Emitter<TextArtifact> {
  return streamingEmitter({
    id: 'calendars',
    description: 'iCalendar files: the whole plan and one per unit',
    *stream({ plan, generatedAt }: EmitContext): Iterable<TextArtifact> {
      const book = prepareCalendars(plan, { ...options, generatedAt });
      yield { path: 'calendars/all.ics', contents: book.render(), mediaType: 'text/calendar' };
      for (const unit of plan.units) yield { path: `calendars/${unit.id}.ics`, contents: book.render([unit.id]), mediaType: 'text/calendar' };
    },
  });
}

export const calendarsEmitter: Emitter<TextArtifact> = createCalendarsEmitter();
