import { UsageError } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import { compile, type CompileOptions } from '../compile.js';
import type { ResolvedPlan } from '../model/plan.js';
import type { Io } from './io.js';
import { blocksOutput } from './blocking.js';
import { readPlan } from './read-plan.js';

/** What makes a previous revision unusable, and how to say so. */
export interface BaseRequirement {
  readonly broken: (diagnostics: readonly Diagnostic[]) => boolean;
  readonly message: MessageKey;
}

/**
 * `plan build --base` and `plan ics --base`: the previous revision must build (open todos allowed,
 * as they were when it was built), or the calendars would cancel or re-sequence events on the
 * strength of a broken file.
 */
export const buildableBase: BaseRequirement = { broken: blocksOutput, message: 'calendar.base-broken' };

/** The previous revision (`--base OLD`), compiled with the run's options; refused when `requirement` says it is broken. */
export async function compileBasePlan(file: string, io: Io, options: CompileOptions, language: Language = 'en', requirement: BaseRequirement = buildableBase): Promise<ResolvedPlan> {
  const input = await readPlan(file, io, options.limits?.maxBytes, language);
  const result = compile(input, options);
  if (!result.plan || requirement.broken(result.diagnostics)) throw new UsageError(t(language, requirement.message, { file }));
  return result.plan;
}
