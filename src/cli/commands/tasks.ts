import { UsageError } from '../../diagnostics/errors.js';
import { hasErrors } from '../../diagnostics/sort.js';
import { parseLocale } from '../../emit/labels.js';
import { isoFromInstant } from '../../emit/summary/format.js';
import { languageOfEnv, languageOfTag, type Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import type { IsoDate, Locale, ResolvedPlan } from '../../model/plan.js';
import { resolveUnitRefs } from '../../resolve/owners.js';
import { taskEntries } from '../../tasks/entries.js';
import { renderTasks, TASK_FORMATS, type TaskFormat } from '../../tasks/render.js';
import { terminalWidth } from '../../tasks/terminal-width.js';
import { useColor } from '../color.js';
import { compile } from '../../compile.js';
import type { ExitCode } from '../exit-code.js';
import { findConfig } from '../find-config.js';
import { fallbackLanguage } from '../language.js';
import type { Io } from '../io.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';
import { readHolidayFile } from '../work-calendar.js';
import type { ProgressFlags } from '../progress-flags.js';
import { progressSources, readProgress, statesOf } from '../progress-states.js';
import { readStateFilter, stateMatches } from '../../tasks/state-filter.js';
import { planFiles } from '../several-plans.js';

export { TASK_FORMATS, type TaskFormat } from '../../tasks/render.js';

export interface TasksOptions extends LimitFlags, ProgressFlags {
  readonly unit?: string;
  readonly format?: string;
  readonly today?: string;
  readonly lang?: string;
  readonly locale?: string;
  readonly width?: string;
  readonly truncate?: boolean;
  readonly holidays?: string;
  /** --state: only tasks in these states (repeatable, comma-separated). */
  readonly state?: readonly string[];
}

/** `--today`, else SOURCE_DATE_EPOCH (reproducible runs), else the clock: this view is about now. */
export function todayFrom(options: { today?: string }, env: Io['env'], now: () => Date = () => new Date(), language: Language = 'en'): IsoDate {
  if (options.today !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.today);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!date || isoFromInstant(date) !== options.today) throw new UsageError(t(language, 'tasks.error.today', { given: `'${options.today}'` }));
    return options.today;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(t(language, 'tasks.error.epoch', { given: `'${epoch}'` }));
    return isoFromInstant(new Date(Number(epoch) * 1000));
  }
  // The reader's own calendar day, not UTC's: "today" in Beijing at 07:00 is not yesterday.
  const d = now();
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The language the flags ask for (--lang, else --locale), or undefined to let the plan decide. */
function flagLanguage(options: TasksOptions, env: Io['env']): Language | undefined {
  if (options.lang !== undefined) {
    const language = languageOfTag(options.lang);
    if (!language) throw new UsageError(t(languageOfEnv(env) ?? 'en', 'tasks.error.lang', { given: `'${options.lang}'` }));
    return language;
  }
  const locale = parseLocale(options.locale);
  return locale === undefined ? undefined : locale === 'en' ? 'en' : 'zh';
}

export function unitId(plan: ResolvedPlan, given: string, language: Language): string {
  const byKey = new Map<string, (typeof plan.units)[number]>();
  for (const unit of plan.units) for (const key of [unit.id, unit.name, ...unit.aliases]) byKey.set(key, unit);
  const result = resolveUnitRefs([given], { units: plan.units, byKey }, ['--unit'], language);
  const first = result.diagnostics[0];
  if (first) throw new UsageError(t(language, 'tasks.error.unit', { message: first.message }));
  const id = result.ids[0];
  if (id === undefined) throw new UsageError(t(language, 'tasks.error.no-unit', { unit: given }));
  return id;
}

/**
 * `plan tasks PLAN [--unit U] [--today D] [--format table|md|tsv|csv|json] [--width N] [--truncate]`:
 * a task list to stdout, in the reader's language.
 */
export async function tasksCommand(given: string | readonly string[] | undefined, options: TasksOptions, io: Io): Promise<ExitCode> {
  const asked = flagLanguage(options, io.env);
  // Before the plan is read, only the flags and the environment can say which language to complain in.
  const early: Language = asked ?? languageOfEnv(io.env) ?? 'en';
  const format = (options.format ?? 'table') as TaskFormat;
  if (!TASK_FORMATS.includes(format)) throw new UsageError(t(early, 'tasks.error.format', { formats: TASK_FORMATS.join(', '), given: `'${options.format}'` }));
  const width = terminalWidth(options.width, io.stdout, early);
  const today = todayFrom(options, io.env, undefined, early);
  const stateFilter = options.state === undefined ? undefined : readStateFilter(options.state, early);
  const limits = limitsFrom(options);
  const files = planFiles(given, io.cwd);
  if (files.length > 1) {
    const { tasksOfSeveral } = await import('../tasks-several.js');
    return tasksOfSeveral(files as string[], { ...options, format }, { asked, early, width, today, limits, ...(stateFilter ? { stateFilter } : {}) }, io);
  }
  const file = files[0];
  const input = await readPlan(file, io, limits.maxBytes);
  const holidays = readHolidayFile(io, options.holidays);
  const progress = await readProgress(input.path, options, io, limits.maxBytes, early);
  // The compiler chooses the language as `plan lint` does: the flag (or the config's `lang`), else
  // the plan's own `locale` when it states one, else LANG / LC_ALL, else English. Asking it rather
  // than reading the locale first saves a second parse of the whole file.
  const result = compile(input, { config: findConfig(io), holidays, limits, ...(asked ? { language: asked } : {}), ...fallbackLanguage(io), progress: progress.progress });
  const language = result.language ?? early;
  if (!result.plan || hasErrors(result.diagnostics)) {
    printDiagnostics([{ file: input.path, text: input.text, result }, ...progressSources(progress)], 'stylish', io, io.stderr);
    return 1;
  }
  // Task numbers (1.(2) / 1.2) and the joining of unit names follow the plan's locale: match it to the language.
  const locale: Locale = language === 'en' ? 'en' : 'zh-CN';
  const plan = result.plan.locale === locale ? result.plan : { ...result.plan, locale };
  const unit = options.unit !== undefined ? unitId(plan, options.unit, language) : undefined;
  // --state with no progress file: every task counts as not reported.
  const states = statesOf(result.progress, progress) ?? (stateFilter ? new Map() : undefined);
  const all = taskEntries(plan, today, unit, states);
  const entries = stateFilter ? all.filter((entry) => stateMatches(entry.state ?? null, stateFilter)) : all;
  const unitName = unit === undefined ? undefined : (plan.units.find((u) => u.id === unit)?.name ?? unit);
  io.stdout.write(
    renderTasks(entries, { format, language, width, truncate: options.truncate === true, color: format === 'table' && useColor(io, io.stdout), ...(unitName !== undefined ? { unitName } : {}) }),
  );
  return 0;
}
