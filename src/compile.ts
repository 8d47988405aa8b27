import { check, type ConfiguredRule } from './check/check.js';
import type { RuleServices } from './check/rule.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from './diagnostics/sort.js';
import { defaultLimits, type Limits } from './limits.js';
import { load } from './load/load.js';
import { locate } from './load/locate.js';
import type { SourceFile } from './load/source-file.js';
import type { CalendarOverrides, ResolvedPlan } from './model/plan.js';
import type { WorkingCalendar } from './resolve/read-date.js';
import { resolve } from './resolve/resolve.js';
import { languageOfTag, localeOfData, type Language } from './i18n/language.js';
import { t } from './i18n/messages.js';
import { checkFileNames } from './validate/file-names.js';
import type { RawPlan } from './validate/raw-plan.js';
import { validate } from './validate/validate.js';

export interface CompileOptions {
  readonly rules?: readonly ConfiguredRule[];
  /** --lang (or the config's `lang`): wins over the plan's own locale. */
  readonly language?: Language;
  /** The environment's language: used when neither --lang nor the plan's locale decides. */
  readonly fallbackLanguage?: Language;
  readonly limits?: Limits;
  /** Builds the working-day calendar and the services rules use from it. */
  readonly calendar?: (overrides: CalendarOverrides) => { calendar: WorkingCalendar; services: RuleServices };
}

export interface CompileResult {
  readonly plan?: ResolvedPlan;
  readonly source?: SourceFile;
  /** Located (file, line, column) and sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** The language this file's messages were written in. */
  readonly language?: Language;
}

/** The pipeline: load → validate → resolve → check. Stops after a stage that found errors. */
export function compile(input: { path: string; text: string }, options: CompileOptions = {}): CompileResult {
  const loaded = load(input, options.limits ?? defaultLimits, options.language ?? options.fallbackLanguage ?? 'en');
  if (!loaded.value) return { diagnostics: sortDiagnostics(firstSyntaxError(loaded.diagnostics)) };
  const { source, data } = loaded.value;
  // One language for every message of this file: --lang, else the plan's locale, else the environment.
  const language = options.language ?? languageOfTag(localeOfData(data)) ?? options.fallbackLanguage ?? 'en';
  const found: Diagnostic[] = [...loaded.diagnostics];
  const finish = (plan?: ResolvedPlan): CompileResult => ({
    ...(plan ? { plan } : {}),
    source,
    language,
    diagnostics: sortDiagnostics(found.map((d) => withSpan(d, source))),
  });

  const validated = validate(data, language);
  found.push(...validated.diagnostics);
  if (!validated.value) return finish();
  const limit = (options.limits ?? defaultLimits).maxTasks;
  const planProblems = [...checkFileNames(validated.value), ...checkSize(validated.value, limit, language)];
  found.push(...planProblems);
  if (planProblems.length > 0) return finish();

  let services: RuleServices = {};
  const resolved = resolve(validated.value, {
    file: input.path,
    language,
    ...(options.calendar
      ? {
          calendar: (overrides: CalendarOverrides) => {
            const made = options.calendar!(overrides);
            services = made.services;
            return made.calendar;
          },
        }
      : {}),
  });
  found.push(...resolved.diagnostics);
  if (!resolved.value || hasErrors(resolved.diagnostics)) return finish();

  found.push(...check(resolved.value, options.rules ?? [], services, language));
  return finish(resolved.value);
}

/**
 * After one YAML syntax error the parser reports every following token as unexpected; like
 * ESLint, keep the first (what the user must fix) plus the independent duplicate-key errors.
 */
function firstSyntaxError(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = sortDiagnostics(diagnostics);
  const first = sorted.find((d) => d.code === 'yaml-syntax');
  return sorted.filter((d) => d.code !== 'yaml-syntax' || d === first);
}

/** Refuses plans past the task limit before the costly stages (configurable: --max-tasks). */
function checkSize(raw: RawPlan, maxTasks: number, language: Language): Diagnostic[] {
  const count = raw.phases.reduce((n, p) => n + p.tasks.length, 0) + (raw.measures?.length ?? 0);
  if (count <= maxTasks) return [];
  return [{ code: 'yaml-limit', stage: 'validate', severity: 'error', path: ['phases'], message: t(language, 'yaml-limit.tasks', { count, max: maxTasks }) }];
}

function withSpan(diagnostic: Diagnostic, source: SourceFile): Diagnostic {
  if (diagnostic.span) return diagnostic;
  const span = locate(source, diagnostic.path, {
    ...(diagnostic.atKey ? { atKey: true } : {}),
    ...(diagnostic.valueRange ? { valueRange: diagnostic.valueRange } : {}),
  });
  const related = diagnostic.related?.map((r) => (r.span ? r : { ...r, span: locate(source, r.path) }));
  return { ...diagnostic, span, ...(related ? { related } : {}) };
}
