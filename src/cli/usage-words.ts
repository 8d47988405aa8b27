import type { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { say } from '../i18n/words.js';

/**
 * A usage error's one line in `language`. Most are worded where they are thrown; one thrown
 * where the reader's language was not known (a file src/write could not write, a document the
 * import readers cannot read, a flag value) carries its catalogue words, said here.
 */
export function usageMessage(error: UsageError, language: Language): string {
  return error.words ? say(language, error.words) : error.message;
}
