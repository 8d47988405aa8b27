import { resolve } from 'node:path';
import type { EmitOptions } from '../emit/emit.js';
import { parseLocale } from '../emit/labels.js';
import { emitters } from '../emit/registry.js';
import type { Language } from '../i18n/language.js';
import type { BuildOptions } from './commands/build.js';
import type { Io } from './io.js';
import { outputsFromFlag } from './outputs-flag.js';

/** What `plan build`'s flags ask of the emitters, for one plan or several (everything but "now"). */
export function emitOptionsFrom(options: BuildOptions, io: Io, language: Language): Omit<EmitOptions, 'generatedAt'> {
  const locale = parseLocale(options.locale);
  const outputs = options.outputs === undefined ? undefined : outputsFromFlag(options.outputs, emitters, language);
  return {
    ...(locale ? { locale } : {}),
    ...(options.templates !== undefined ? { templatesDir: resolve(io.cwd, options.templates) } : {}),
    ...(outputs ? { outputs } : {}),
    flags: options,
    env: io.env,
  };
}
