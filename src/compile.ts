import { calendarServices } from './check/calendar-services.js';
import { check, type ConfiguredRule } from './check/check.js';
import { effectiveConfig, relevel, type LintConfig } from './check/lint-config.js';
import type { RuleServices } from './check/rule.js';
import { applyDirectives } from './check/suppress.js';
import type { HolidayData } from './dates/holidays/holiday-data.js';
import { workCalendar } from './dates/holidays/plan-calendar.js';
import type { WorkCalendar } from './dates/holidays/work-calendar.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from './diagnostics/sort.js';
import { defaultLimits, type Limits } from './limits.js';
import { load } from './load/load.js';
import { locate } from './load/locate.js';
import { chineseKeySlips } from './load/slips/index.js';
import type { SourceFile } from './load/source-file.js';
import type { CalendarOverrides, IsoDate, ResolvedPlan } from './model/plan.js';
import { loadProgress, type ProgressInput } from './progress/load-progress.js';
import type { ProgressLog } from './progress/types.js';
import { resolve } from './resolve/resolve.js';
import { languageOfTag, localeOfData, type Language } from './i18n/language.js';
import { t } from './i18n/messages.js';
import { checkFileNames } from './validate/file-names.js';
import type { RawPlan } from './validate/raw-plan.js';
import { validate } from './validate/validate.js';

// config, base and holidays may be given as undefined: a command passes on what it read, or nothing.
export interface CompileOptions {
  /** A lint configuration (see `loadLintConfig`): rules, severities, per-file overrides, `lang`. Without one, every rule at its default. */
  readonly config?: LintConfig | undefined;
  /** The previous revision (`plan lint --base OLD`), for the rules that compare revisions; they say nothing without it. */
  readonly base?: ResolvedPlan | undefined;
  /** Extra holidays and adjusted working days (`--holidays`); the plan's own `calendar:` days go on top. */
  readonly holidays?: HolidayData | undefined;
  /** --lang: wins over the config's `lang` and the plan's own locale. */
  readonly language?: Language;
  /** The environment's language: used when neither --lang, the config nor the plan's locale decides. */
  readonly fallbackLanguage?: Language;
  readonly limits?: Limits;
  /** Runs these rules instead of the configured ones (a rule's own tests); everything else applies as usual. */
  readonly rules?: readonly ConfiguredRule[];
  /** The plan's progress files (found beside it or given with --progress), read after the plan resolves. */
  readonly progress?: readonly ProgressInput[] | undefined;
  /** The day progress is judged on (--as-of): entries after it are not counted, and a rule reports them. */
  readonly asOf?: IsoDate | undefined;
}

interface CompileOutcome {
  /** Located (file, line, column), sorted, re-levelled by the config and filtered by the plan's disable comments. */
  readonly diagnostics: readonly Diagnostic[];
  readonly source?: SourceFile;
  /** The language this file's messages were written in. */
  readonly language?: Language;
}

/** A plan that resolved (rules may still have found errors, such as an open todo). */
export interface CompiledPlan extends CompileOutcome {
  readonly plan: ResolvedPlan;
  /** The working-day calendar the plan was resolved and checked with, for the emitters. */
  readonly calendar: WorkCalendar;
  readonly source: SourceFile;
  readonly language: Language;
  /** Every progress entry that resolved, when progress files were given (even if some had errors). */
  readonly progress?: ProgressLog;
}

/** A plan that stopped at load, validation or resolution: only its diagnostics. */
export interface CompileFailure extends CompileOutcome {
  readonly plan?: undefined;
  readonly calendar?: undefined;
  readonly progress?: undefined;
}

export type CompileResult = CompiledPlan | CompileFailure;

/**
 * The whole check side, the same for the CLI and the library: load → validate → resolve → every
 * configured rule, then the config's severities and the plan's `# plan-disable-…` comments.
 * Stops after a stage that found errors.
 */
export function compile(input: { path: string; text: string }, options: CompileOptions = {}): CompileResult {
  const { rules, severities } = effectiveConfig(options.config, input.path);
  const outcome = stages(input, { ...options, rules: options.rules ?? rules });
  let diagnostics = applyDirectives(relevel(outcome.diagnostics, severities), outcome.source?.text ?? input.text, outcome.source?.path);
  // A progress file's `# plan-disable-…` comments silence what is found on its own lines.
  if (outcome.plan) for (const progress of options.progress ?? []) diagnostics = applyDirectives(diagnostics, progress.text, progress.path);
  return { ...outcome, diagnostics };
}

function stages(input: { path: string; text: string }, options: CompileOptions & { rules: readonly ConfiguredRule[] }): CompileResult {
  const chosen = options.language ?? options.config?.lang;
  const limits = options.limits ?? defaultLimits;
  const loaded = load(input, limits, chosen ?? options.fallbackLanguage ?? 'en');
  if (!loaded.value) return { diagnostics: sortDiagnostics(firstSyntaxError(loaded.diagnostics)) };
  const { source, data } = loaded.value;
  // One language for every message of this file: --lang or the config, else the plan's locale, else the environment.
  const language = chosen ?? languageOfTag(localeOfData(data)) ?? options.fallbackLanguage ?? 'en';
  const found: Diagnostic[] = [...loaded.diagnostics];
  const located = () => sortDiagnostics(found.map((d) => withSpan(d, source)));

  const validated = validate(data, language);
  found.push(...chineseKeySlips(validated.diagnostics, language));
  if (!validated.value) return { source, language, diagnostics: located() };
  const planProblems = [...checkFileNames(validated.value, language), ...checkSize(validated.value, limits.maxTasks, language)];
  found.push(...planProblems);
  if (planProblems.length > 0) return { source, language, diagnostics: located() };

  // Resolve builds the calendar once it knows the plan's own days; rules and emitters get that one.
  let built: WorkCalendar | undefined;
  const calendarOf = (days: CalendarOverrides): WorkCalendar => (built ??= workCalendar(options.holidays, days));
  const resolved = resolve(validated.value, { file: input.path, language, calendar: calendarOf });
  found.push(...resolved.diagnostics);
  if (!resolved.value || hasErrors(resolved.diagnostics)) return { source, language, diagnostics: located() };

  const plan = resolved.value;
  const calendar = calendarOf(plan.calendar);
  // Progress files carry their own spans (their file, line, column): added after locating the plan's.
  const progress = options.progress && options.progress.length > 0 ? loadProgress(options.progress, plan, language, limits) : undefined;
  const services: RuleServices = {
    ...calendarServices(calendar),
    ...(options.base ? { base: options.base } : {}),
    ...(progress ? { progress: progress.log } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
  };
  found.push(...check(plan, options.rules, services, language));
  const diagnostics = progress ? sortDiagnostics([...located(), ...progress.diagnostics]) : located();
  return { plan, calendar, source, language, diagnostics, ...(progress ? { progress: progress.log } : {}) };
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
