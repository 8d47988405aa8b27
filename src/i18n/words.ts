import type { Language } from './language.js';
import { t, type MessageKey } from './messages.js';

/**
 * A message not yet said: a catalogue key and its data. Code that cannot know who will read it
 * (the document readers, the file writers, flag parsers shared by commands) keeps its words in
 * this shape, and whoever shows them says them in the run's language. A value may itself be
 * Words (a format's name inside "save it as …"); a plain string is said as it is (a file name,
 * a library's or the system's own detail).
 */
export interface Words {
  readonly key: MessageKey;
  readonly data?: Readonly<Record<string, string | number | Words>>;
}

/** Words for `key` with `data`. */
export function words(key: MessageKey, data?: Readonly<Record<string, string | number | Words>>): Words {
  return data === undefined ? { key } : { key, data };
}

/** `said` in `language`: its data said first, in the same language. */
export function say(language: Language, said: Words | string): string {
  if (typeof said === 'string') return said;
  const data: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.data ?? {})) data[name] = typeof value === 'object' ? say(language, value) : value;
  return t(language, said.key, data);
}

/**
 * An error thrown where the reader's language is not known: it carries its Words, which whoever
 * shows it says in the run's language; its message is the English, for logs and library users.
 */
export class WordedError extends Error {
  override readonly name: string = 'WordedError';
  readonly words: Words;
  constructor(said: Words) {
    super(say('en', said));
    this.words = said;
  }
}
