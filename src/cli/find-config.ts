import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLintConfig, type LintConfig } from '../check/lint-config.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { Io } from './io.js';
import { runLanguage } from './language.js';

export const CONFIG_FILE = '.planlint.yaml';

/** The config named by --config, else `.planlint.yaml` in the working folder, else none. */
export function findConfig(io: Io, explicit?: string, lang?: string, language: Language = runLanguage(lang, io)): LintConfig | undefined {
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError(t(language, 'cli.flag.lang', { value: t(language, 'quote', { text: lang }) }));
  const file = explicit !== undefined ? resolve(io.cwd, explicit) : resolve(io.cwd, CONFIG_FILE);
  if (explicit !== undefined && !existsSync(file)) throw new UsageError(t(language, 'cli.read.config', { file: explicit }));
  const config = existsSync(file) ? loadLintConfig(file) : undefined;
  if (lang === undefined) return config;
  return { ...(config ?? { baseDir: io.cwd }), lang };
}
