import type { CompileOptions } from '../compile.js';
import { chooseLanguage, languageOfEnv, type Language } from '../i18n/language.js';
import type { Io } from './io.js';

/** The environment's language (LANG, LC_ALL), for plans whose own locale does not decide. */
export function fallbackLanguage(io: Io): Pick<CompileOptions, 'fallbackLanguage'> {
  const language = languageOfEnv(io.env);
  return language ? { fallbackLanguage: language } : {};
}

/**
 * `--lang X` or `--lang=X` as written on the command line. Read before commander parses, because
 * commander's own words (help, "unknown option") are said before any command runs. Nothing after
 * `--` is a flag.
 */
export function langOnArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = argv[++i];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/**
 * The language of words said before (or without) a plan: --lang, then LC_ALL / LC_MESSAGES / LANG,
 * then English. Words about one plan use that plan's own language (its locale can decide too).
 */
export function runLanguage(flag: string | undefined, io: Pick<Io, 'env'>): Language {
  return chooseLanguage({ flag, env: io.env });
}
