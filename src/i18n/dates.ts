import type { dates } from './catalogue/en/dates.js';
import type { Language } from './language.js';
import { quotedList, t } from './messages.js';

/** A message of the dates area: what src/dates reports, worded here. */
export type DatesKey = keyof typeof dates;

const WEEKDAY_KEYS = ['dates.weekday.0', 'dates.weekday.1', 'dates.weekday.2', 'dates.weekday.3', 'dates.weekday.4', 'dates.weekday.5', 'dates.weekday.6'] as const;

/**
 * The words of a date failure or note in `language`. src/dates gives facts, not words; the one
 * fact that needs a word of its own language is a weekday number (`actual`: 6 is Saturday, 周六).
 */
export function dateMessage(language: Language, key: DatesKey, data: Readonly<Record<string, string | number>> | undefined): string {
  if (data === undefined) return t(language, key);
  const actual = data['actual'];
  if (typeof actual === 'number' && WEEKDAY_KEYS[actual] !== undefined) return t(language, key, { ...data, actualWeekday: t(language, WEEKDAY_KEYS[actual]) });
  return t(language, key, data);
}

/** A date error's message followed by the nearest accepted forms, as a secretary reads it. */
export function withSuggestions(language: Language, message: string, suggestions: readonly string[]): string {
  return suggestions.length > 0 ? t(language, 'dates.did-you-mean', { message, names: quotedList(language, suggestions) }) : message;
}
