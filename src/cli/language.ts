import type { CompileOptions } from '../compile.js';
import { languageOfEnv } from '../i18n/language.js';
import type { Io } from './io.js';

/** The environment's language (LANG, LC_ALL), for plans whose own locale does not decide. */
export function fallbackLanguage(io: Io): Pick<CompileOptions, 'fallbackLanguage'> {
  const language = languageOfEnv(io.env);
  return language ? { fallbackLanguage: language } : {};
}
