import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { isId } from '../model/id.js';

/** `--id` of `plan init` and `plan import`: the id the new plan gets, checked before anything is written. */
export function checkIdFlag(id: string, language: Language): string {
  if (!isId(id)) throw new UsageError(t(language, 'cli.flag.id', { value: t(language, 'quote', { text: id }) }));
  return id;
}
