import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import type { FlagValues } from '../../emit/artifact.js';
import { emit } from '../../emit/emit.js';
import { parseLocale } from '../../emit/labels.js';
import { blocksOutput } from '../blocking.js';
import { compile } from '../../compile.js';
import { t } from '../../i18n/messages.js';
import { unsettledMark } from '../../model/mark-unsettled.js';
import { compileBasePlan } from '../base-plan.js';
import type { ExitCode } from '../exit-code.js';
import { findConfig } from '../find-config.js';
import { generatedAt } from '../generated-at.js';
import type { Io } from '../io.js';
import { fallbackLanguage, runLanguage } from '../language.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { readPlan } from '../read-plan.js';
import { stageOutput } from '../stage-output.js';
import { emitOptionsFrom } from '../emit-options.js';
import { printDiagnostics } from '../report.js';
import type { ProgressFlags } from '../progress-flags.js';
import { progressSources, readProgress, statesOf } from '../progress-states.js';
import { readHolidayFile } from '../work-calendar.js';
import { planFiles } from '../several-plans.js';

/** The flags of `plan build` itself; the emitters' own flags (`--todo`, `--pdf`, …) come along in the same object. */
export interface BuildOptions extends LimitFlags, ProgressFlags, FlagValues {
  readonly out: string;
  readonly config?: string;
  readonly holidays?: string;
  readonly templates?: string;
  readonly locale?: string;
  readonly watch?: boolean;
  /** Only these outputs (emitter ids, comma-separated), with what they need. */
  readonly outputs?: string;
  readonly lang?: string;
  /** The previous revision's plan file: calendars raise SEQUENCE only where events changed and cancel removed ones. */
  readonly base?: string;
}

/**
 * `plan build [PLAN...] [-o DIR]`: validate, then write every output; nothing is written on errors.
 * Several plans (or a glob) are built together (./build-several.ts).
 */
export async function buildCommand(given: string | readonly string[] | undefined, options: BuildOptions, io: Io): Promise<ExitCode> {
  const language = runLanguage(options.lang, io);
  // Checked before any work (and before --watch starts); its keyed error is said in the run's language.
  parseLocale(options.locale);
  const files = planFiles(given, io.cwd);
  const build = async (): Promise<ExitCode> => {
    if (files.length < 2) return buildOnce(files[0], options, io);
    const { buildSeveral } = await import('../build-several.js');
    return buildSeveral(files as string[], options, io);
  };
  if (!options.watch) return build();
  if (files.some((file) => file === undefined || file === '-')) throw new UsageError(t(language, 'cli.build.watch-stdin'));
  const { watchPlan } = await import('../watch.js');
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const watched = [...files, options.templates, options.holidays, options.config, ...files.flatMap((file) => (file ? progressWatched(file, options) : []))].filter((p): p is string => p !== undefined);
  await watchPlan(watched, build, io, { signal: stop.signal, language });
  return 0;
}

/** The progress a build reads, to rebuild when a unit reports: the files named, else those the convention names beside the plan. */
function progressWatched(file: string, options: BuildOptions): string[] {
  if (options.progress === false) return [];
  if (options.progress && options.progress.length > 0) return [...options.progress];
  const stem = join(dirname(file), basename(file, extname(file)));
  return [`${stem}.progress.yaml`, `${stem}.progress.yml`, `${stem}.progress`];
}

async function buildOnce(file: string | undefined, options: BuildOptions, io: Io): Promise<ExitCode> {
  const runs = runLanguage(options.lang, io);
  const limits = limitsFrom(options, runs);
  const input = await readPlan(file, io, limits.maxBytes, runs);
  const holidays = readHolidayFile(io, options.holidays, runs);
  const shared = { config: findConfig(io, options.config, options.lang, runs), holidays, limits, ...fallbackLanguage(io) };
  const base = options.base === undefined ? undefined : await compileBasePlan(options.base, io, shared, runs);
  // Progress beside the plan (or --progress) is read with it: its errors stop the build like the plan's.
  // --as-of picks the states shown; the rules are not told it (entries after it are not mistakes).
  const progress = await readProgress(input.path, options, io, limits.maxBytes, runs);
  const result = compile(input, { ...shared, base, progress: progress.progress });
  printDiagnostics([{ file: input.path, text: input.text, result }, ...progressSources(progress)], 'stylish', io, io.stderr, runs);
  // From here on, the lines are about this plan: in its language (--lang, its locale, then LANG).
  const language = result.language ?? runs;
  if (!result.plan || blocksOutput(result.diagnostics)) {
    io.stderr.write(`plan: ${t(language, 'cli.build.nothing-written')}\n`);
    return 1;
  }
  const plan = result.plan;
  const states = statesOf(result.progress, progress);
  const artifacts = emit(
    { plan, calendar: result.calendar, ...(base ? { base } : {}), ...(states ? { states } : {}) },
    { generatedAt: generatedAt(io.env, plan, language), ...emitOptionsFrom(options, io, language) },
  );
  await stageOutput(artifacts, options.out, io, language);
  // The open todos are errors for lint, not for build: say what that means for the outputs.
  const open = result.diagnostics.filter((d) => d.code === 'unsettled').length;
  if (open > 0) io.stderr.write(`plan: ${t(language, 'cli.build.open-todos', { count: open, mark: unsettledMark(options.locale ?? plan.locale).trim() })}\n`);
  return 0;
}
