import type { Language } from '../i18n/language.js';
import type { Limits } from '../limits.js';
import type { Locale } from '../model/plan.js';
import { inMergedUnits } from '../multi/in-merged-units.js';
import { itemPrefixes } from '../multi/merged-unit-views.js';
import { planLabels } from '../multi/plan-labels.js';
import { severalTaskEntries } from '../multi/several-tasks.js';
import { hasErrors } from '../diagnostics/sort.js';
import { renderTasks, type TaskFormat } from '../tasks/render.js';
import { useColor } from './color.js';
import type { ExitCode } from './exit-code.js';
import { findConfig } from './find-config.js';
import type { Io } from './io.js';
import { fallbackLanguage } from './language.js';
import { compileSeveral } from './several-plans.js';
import { readProgress, statesOf, type ProgressRead } from './progress-states.js';
import { stateMatches, type StateChoice } from '../tasks/state-filter.js';
import { readHolidayFile } from './work-calendar.js';
import { unitId, type TasksOptions } from './commands/tasks.js';

/** What `tasksCommand` has read from the flags before it knew there were several plans. */
export interface TasksRun {
  readonly asked: Language | undefined;
  readonly early: Language;
  readonly width: number;
  readonly today: string;
  readonly limits: Limits;
  readonly stateFilter?: ReadonlySet<StateChoice>;
}

/**
 * `plan tasks A.yaml B.yaml [--unit U]`: one list across the plans, each task marked with its
 * plan's short name; `--unit` names a unit as any of the plans does (units are matched by name
 * and alias, src/multi/match-units.ts). In the first plan's language unless --lang says otherwise.
 */
export async function tasksOfSeveral(files: readonly string[], options: TasksOptions & { format: TaskFormat }, run: TasksRun, io: Io): Promise<ExitCode> {
  const holidays = readHolidayFile(io, options.holidays);
  const compileOptions = { config: findConfig(io), holidays, limits: run.limits, ...(run.asked ? { language: run.asked } : {}), ...fallbackLanguage(io) };
  const reads = new Map<string, ProgressRead>();
  const progressOf = async (planPath: string) => {
    const read = await readProgress(planPath, options, io, run.limits.maxBytes, run.early);
    reads.set(planPath, read);
    return read.progress;
  };
  const { ready } = await compileSeveral(files, io, compileOptions, run.limits.maxBytes, run.early, hasErrors, progressOf);
  if (ready === undefined) return 1;
  const { compiled, matching } = ready;
  const language = compiled[0]!.language;
  const locale: Locale = language === 'en' ? 'en' : 'zh-CN';
  const plans = compiled.map((c) => inMergedUnits({ ...c.plan, locale }, matching));
  const merged = matching.units.map((u) => ({ ...u.members[0]!.unit, id: u.id, name: u.name, aliases: u.aliases }));
  const unit = options.unit !== undefined ? unitId({ ...plans[0]!, units: merged }, options.unit, language) : undefined;
  // --state with no progress file: every task counts as not reported (as for one plan).
  const states = compiled.map((c) => statesOf(c.progress, reads.get(c.plan.file)!) ?? (run.stateFilter ? new Map() : undefined));
  const all = severalTaskEntries(plans, itemPrefixes(planLabels(compiled.map((c) => c.plan)), language), run.today, unit, states);
  const entries = run.stateFilter ? all.filter((entry) => stateMatches(entry.state ?? null, run.stateFilter!)) : all;
  const unitName = unit === undefined ? undefined : matching.units.find((u) => u.id === unit)?.name;
  io.stdout.write(
    renderTasks(entries, {
      format: options.format,
      language,
      width: run.width,
      truncate: options.truncate === true,
      color: options.format === 'table' && useColor(io, io.stdout),
      ...(unitName !== undefined ? { unitName } : {}),
    }),
  );
  return 0;
}
