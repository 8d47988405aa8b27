import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { compile, type CompileOptions } from '../compile.js';
import type { ResolvedPlan } from '../model/plan.js';
import type { Io } from './io.js';
import { blocksOutput } from './blocking.js';
import { readPlan } from './read-plan.js';

/**
 * The previous revision for `plan build --base` and `plan ics --base`: it must build (open todos
 * allowed, as they were when it was built), or the calendars would cancel or re-sequence events
 * on the strength of a broken file.
 * (`plan lint --base` has its own copy in commands/lint.ts.)
 */
export async function compileBasePlan(file: string, io: Io, options: CompileOptions, language: Language = 'en'): Promise<ResolvedPlan> {
  const input = await readPlan(file, io, options.limits?.maxBytes, language);
  const result = compile(input, options);
  if (!result.plan || blocksOutput(result.diagnostics)) throw new UsageError(t(language, 'calendar.base-broken', { file }));
  return result.plan;
}
