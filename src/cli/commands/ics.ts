import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import { markUnsettled } from '../../model/mark-unsettled.js';
import { blocksOutput } from '../blocking.js';
import { calendarOptionsFrom } from '../../emit/emitters/calendars.js';
import { prepareCalendars, renderCalendar } from '../../emit/ics/render-calendar.js';
import { t } from '../../i18n/messages.js';
import { compileBasePlan } from '../base-plan.js';
import { writeObjects } from '../write-objects.js';
import type { ResolvedPlan } from '../../model/plan.js';
import { resolveUnitRefs } from '../../resolve/owners.js';
import { writeFileAtomic } from '../../write/file.js';
import { compile } from '../../compile.js';
import type { Language } from '../../i18n/language.js';
import type { ExitCode } from '../exit-code.js';
import { findConfig } from '../find-config.js';
import { generatedAt } from '../generated-at.js';
import type { Io } from '../io.js';
import { fallbackLanguage, runLanguage } from '../language.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';
import type { ProgressFlags } from '../progress-flags.js';
import { progressSources, readProgress, statesOf } from '../progress-states.js';
import { readHolidayFile } from '../work-calendar.js';

export interface IcsOptions extends LimitFlags, ProgressFlags {
  readonly unit?: readonly string[];
  readonly out?: string;
  readonly todo?: boolean;
  readonly alarm?: readonly string[];
  readonly ongoing?: boolean;
  readonly holidays?: string;
  readonly lang?: string;
  /** A folder for one calendar object per UID (for a CalDAV server), instead of one calendar. */
  readonly split?: string;
  /** The previous revision's plan file (see src/emit/ics/revisions.ts). */
  readonly base?: string;
}

/** Unit ids for `--unit` values given as ids, names or aliases; an unknown one is a usage error. */
function selectUnits(plan: ResolvedPlan, given: readonly string[], language: Language): string[] {
  const byKey = new Map<string, (typeof plan.units)[number]>();
  for (const unit of plan.units) for (const key of [unit.id, unit.name, ...unit.aliases]) byKey.set(key, unit);
  const result = resolveUnitRefs([...given], { units: plan.units, byKey }, ['--unit'], language);
  if (result.diagnostics.length > 0) throw new UsageError(t(language, 'cli.flag.unit', { detail: result.diagnostics[0]!.message }));
  return result.ids;
}

/** `plan ics PLAN [--unit U]... [-o FILE]`: one calendar, to a file or stdout. */
export async function icsCommand(file: string | undefined, options: IcsOptions, io: Io): Promise<ExitCode> {
  const runs = runLanguage(options.lang, io);
  const limits = limitsFrom(options, runs);
  const input = await readPlan(file, io, limits.maxBytes, runs);
  const holidays = readHolidayFile(io, options.holidays, runs);
  const shared = { config: findConfig(io, undefined, options.lang, runs), holidays, limits, ...fallbackLanguage(io) };
  const base = options.base === undefined ? undefined : markUnsettled(await compileBasePlan(options.base, io, shared, runs));
  const progress = await readProgress(input.path, options, io, limits.maxBytes, runs);
  const result = compile(input, { ...shared, base, progress: progress.progress });
  if (!result.plan || blocksOutput(result.diagnostics)) {
    printDiagnostics([{ file: input.path, text: input.text, result }, ...progressSources(progress)], 'stylish', io, io.stderr, runs);
    return 1;
  }
  const language = result.language;
  const plan = markUnsettled(result.plan);
  const { calendar } = result;
  const states = statesOf(result.progress, progress);
  const calendarOptions = {
    ...(options.unit ? { units: selectUnits(plan, options.unit, language) } : {}),
    generatedAt: generatedAt(io.env, plan, language),
    ...calendarOptionsFrom(options),
    previousWorkingDays: (date: string, n: number) => calendar.addWorkingDays(date, -n),
    ...(base ? { base } : {}),
    ...(states ? { states } : {}),
  };
  if (options.split !== undefined) {
    const count = writeObjects(prepareCalendars(plan, calendarOptions).objects(calendarOptions.units), resolve(io.cwd, options.split), options.split);
    io.stderr.write(t(language, 'calendar.splitWritten', { count, dir: options.split }) + '\n');
    return 0;
  }
  const text = renderCalendar(plan, calendarOptions);
  if (options.out === undefined || options.out === '-') {
    io.stdout.write(text);
    return 0;
  }
  writeFileAtomic(resolve(io.cwd, options.out), text, { shown: options.out });
  return 0;
}
