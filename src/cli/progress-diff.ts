import { relative, resolve } from 'node:path';
import { compile } from '../compile.js';
import { UsageError } from '../diagnostics/errors.js';
import { hasErrors } from '../diagnostics/sort.js';
import { diffProgress, entriesAdded, entriesBetween, latestDay } from '../diff/progress-diff.js';
import { renderProgressDiff } from '../diff/render-progress.js';
import type { DiffFormat } from '../diff/render.js';
import { languageForText } from '../i18n/choose.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { IsoDate } from '../model/plan.js';
import { isProgressFile, planBesideProgress, progressFilesAt } from '../progress/find-progress.js';
import { loadProgress, type ProgressInput } from '../progress/load-progress.js';
import type { DiffOptions } from './commands/diff.js';
import type { ExitCode } from './exit-code.js';
import { findConfig } from './find-config.js';
import type { Io } from './io.js';
import { runLanguage } from './language.js';
import { limitsFrom } from './limits.js';
import { asOfFor } from './plans-with-progress.js';
import { readDay, readProgressInputs } from './progress-flags.js';
import { readPlan } from './read-plan.js';
import { printDiagnostics } from './report.js';
import { readHolidayFile } from './work-calendar.js';

/**
 * `plan diff --progress OLD NEW [PLAN]` (the progress file as sent with the last report, and as
 * it is now) or `plan diff PLAN --since DAY [--as-of DAY]` (one log, two days): states changed,
 * newly done, newly overdue, new notes, tasks still not reported. The later day is --as-of, else
 * SOURCE_DATE_EPOCH, else today; the earlier, --since, else (two files) the day of the last report
 * in OLD. Both days head the output. Exit 1, with the diagnostics on stderr, when the plan or a
 * progress file has errors.
 */
export async function progressDiffCommand(args: readonly string[], options: DiffOptions, io: Io): Promise<ExitCode> {
  const runs = runLanguage(options.lang, io);
  const limits = limitsFrom(options, runs);
  let planFile: string;
  let sides: { old: string; new: string } | undefined;
  if (options.progress) {
    const [oldPath, newPath, plan] = args;
    if (oldPath === undefined || newPath === undefined || args.length > 3) throw new UsageError(t(runs, 'diff.usage.progress-args'));
    if (plan === undefined && !isProgressFile(newPath)) throw new UsageError(t(runs, 'diff.usage.progress-args'));
    planFile = plan ?? planBesideProgress(newPath);
    sides = { old: oldPath, new: newPath };
  } else {
    if (args.length !== 1) throw new UsageError(t(runs, 'diff.usage.since-args'));
    planFile = args[0]!;
  }
  const planInput = await readPlan(planFile, io, limits.maxBytes, runs);
  const config = findConfig(io, options.config, options.lang, runs);
  const language = languageForText(planInput.text, options.lang ?? config?.lang, io.env);
  const holidays = readHolidayFile(io, options.holidays, language);
  const compiled = compile(planInput, { config, holidays, limits, language });

  // Paths as the user would write them (relative to where plan runs) in every message.
  const shown = (file: string) => (relative(io.cwd, file).startsWith('..') ? file : relative(io.cwd, file));
  const read = async (given: string): Promise<ProgressInput[]> =>
    Promise.all(progressFilesAt(resolve(io.cwd, given)).map((file) => readPlan(file === resolve(io.cwd, given) ? given : shown(file), io, limits.maxBytes, language)));
  const oldInputs = sides ? await read(sides.old) : [];
  const newInputs = sides ? await read(sides.new) : await readProgressInputs(planInput.path, {}, io, limits.maxBytes, language);
  const plan = compiled.plan && !hasErrors(compiled.diagnostics) ? compiled.plan : undefined;
  const oldLoaded = plan ? loadProgress(oldInputs, plan, language, limits) : undefined;
  const newLoaded = plan ? loadProgress(newInputs, plan, language, limits) : undefined;
  if (!plan || !oldLoaded || !newLoaded || hasErrors(oldLoaded.diagnostics) || hasErrors(newLoaded.diagnostics)) {
    const diagnostics = [...compiled.diagnostics, ...(oldLoaded?.diagnostics ?? []), ...(newLoaded?.diagnostics ?? [])].filter((d) => d.severity === 'error');
    printDiagnostics([{ file: planInput.path, text: planInput.text, progress: [...oldInputs, ...newInputs], result: { ...compiled, diagnostics } }], 'stylish', io, io.stderr, language);
    io.stderr.write(`plan: ${t(language, 'diff.progress.broken')}\n`);
    return 1;
  }

  const asOf = options.asOf !== undefined ? day(options.asOf, '--as-of', language) : asOfFor(planInput, {}, io, language);
  if (!asOf) throw new UsageError(t(language, 'diff.usage.no-day'));
  const since = options.since !== undefined ? day(options.since, '--since', language) : (latestDay(oldLoaded.log) ?? asOf);
  if (since > asOf) throw new UsageError(t(language, 'diff.usage.since-after', { since, asOf }));
  const fresh = sides ? entriesAdded(oldLoaded.log, newLoaded.log) : entriesBetween(newLoaded.log, since, asOf);
  const before = { log: sides ? oldLoaded.log : newLoaded.log, asOf: since };
  const diff = diffProgress(plan, before, { log: newLoaded.log, asOf }, fresh);
  io.stdout.write(renderProgressDiff(diff, options.format as DiffFormat, language));
  return 0;
}

function day(text: string, flag: string, language: Language): IsoDate {
  const parsed = readDay(text);
  if (!parsed) throw new UsageError(t(language, 'diff.usage.bad-day', { flag, value: t(language, 'quote', { text }) }));
  return parsed;
}
