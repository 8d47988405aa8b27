import { dates as en } from './catalogue/en/dates.js';
import { dates as zh } from './catalogue/zh/dates.js';
import type { Language } from './language.js';
import { quotedList, t } from './messages.js';

/** A message of the dates area: what src/dates reports, worded here. */
export type DatesKey = keyof typeof en;

type Facts = Readonly<Record<string, string | number>>;

const WORDS: Readonly<Record<Language, Readonly<Record<DatesKey, string>>>> = { en, zh };
const WEEKDAY_KEYS = ['dates.weekday.0', 'dates.weekday.1', 'dates.weekday.2', 'dates.weekday.3', 'dates.weekday.4', 'dates.weekday.5', 'dates.weekday.6'] as const;
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/**
 * A template split once into text, placeholder, text…: date notes are worded for every noted
 * expression a plan or an imported document holds, and a regular-expression replace per message
 * made resolving a noted expression about three times as slow.
 */
type Parts = readonly string[];
const split: Record<Language, Map<DatesKey, Parts>> = { en: new Map(), zh: new Map() };

function partsOf(language: Language, key: DatesKey): Parts {
  let parts = split[language].get(key);
  if (parts === undefined) {
    const template = WORDS[language][key];
    // [text, name, whole, text, name, whole, …, text]: `whole` is shown when no fact fills the name.
    const out: string[] = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      out.push(template.slice(last, m.index), m[1]!, m[0]);
      last = m.index + m[0].length;
    }
    out.push(template.slice(last));
    parts = out;
    split[language].set(key, parts);
  }
  return parts;
}

/** Fills the template as `interpolate` does (an unknown placeholder stays visible), without a regular expression. */
function fill(parts: Parts, data: Facts): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i]!;
    const value = data[name];
    out += (value !== undefined ? String(value) : parts[i + 1]!) + parts[i + 2]!;
  }
  return out;
}

/**
 * The words of a date failure or note in `language`. src/dates gives facts, not words; the one
 * fact that needs a word of its own language is a weekday number (`actual`: 6 is Saturday, 周六).
 */
export function dateMessage(language: Language, key: DatesKey, data: Facts | undefined): string {
  const parts = partsOf(language, key);
  if (data === undefined) return fill(parts, {});
  const actual = data['actual'];
  if (typeof actual === 'number' && WEEKDAY_KEYS[actual] !== undefined) return fill(parts, { ...data, actualWeekday: WORDS[language][WEEKDAY_KEYS[actual]] });
  return fill(parts, data);
}

/** A date error's message followed by the nearest accepted forms, as a secretary reads it. */
export function withSuggestions(language: Language, message: string, suggestions: readonly string[]): string {
  return suggestions.length > 0 ? t(language, 'dates.did-you-mean', { message, names: quotedList(language, suggestions) }) : message;
}
