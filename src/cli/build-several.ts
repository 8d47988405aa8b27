import { UsageError } from '../diagnostics/errors.js';
import { t } from '../i18n/messages.js';
import { unsettledMark } from '../model/mark-unsettled.js';
import { emitSeveral } from '../multi/emit-several.js';
import { blocksOutput } from './blocking.js';
import type { ExitCode } from './exit-code.js';
import { findConfig } from './find-config.js';
import { generatedAt } from './generated-at.js';
import type { Io } from './io.js';
import { fallbackLanguage, runLanguage } from './language.js';
import { limitsFrom } from './limits.js';
import { compileSeveral } from './several-plans.js';
import { stageOutput } from './stage-output.js';
import { emitOptionsFrom } from './emit-options.js';
import { readProgress, statesOf, type ProgressRead } from './progress-states.js';
import { readHolidayFile } from './work-calendar.js';
import type { BuildOptions } from './commands/build.js';

/**
 * `plan build A.yaml B.yaml …`: every plan checked first (nothing is written if one has errors
 * or their units conflict), then each plan's own outputs in `<out>/<plan-id>/` and the combined
 * calendars and unit lists at the top of `<out>` (src/multi/emit-several.ts), in one swap.
 */
export async function buildSeveral(files: readonly string[], options: BuildOptions, io: Io): Promise<ExitCode> {
  const runs = runLanguage(options.lang, io);
  if (options.base !== undefined) throw new UsageError(t(runs, 'multi.base-unsupported'));
  const limits = limitsFrom(options, runs);
  const holidays = readHolidayFile(io, options.holidays, runs);
  const shared = { config: findConfig(io, options.config, options.lang, runs), holidays, limits, ...fallbackLanguage(io) };
  // The lines after the diagnostics are in the first plan's language, as the combined outputs are.
  const reads = new Map<string, ProgressRead>();
  const progressOf = async (planPath: string) => {
    const read = await readProgress(planPath, options, io, limits.maxBytes, runs);
    reads.set(planPath, read);
    return read.progress;
  };
  const { ready, language } = await compileSeveral(files, io, shared, limits.maxBytes, runs, blocksOutput, progressOf);
  if (ready === undefined) {
    io.stderr.write(`plan: ${t(language, 'cli.build.nothing-written')}\n`);
    return 1;
  }
  const { compiled, matching } = ready;
  const artifacts = emitSeveral(
    compiled.map((c) => {
      const states = statesOf(c.progress, reads.get(c.plan.file)!);
      return { plan: c.plan, calendar: c.calendar, ...(states ? { states } : {}) };
    }),
    matching,
    { generatedAt: compiled.map((c) => generatedAt(io.env, c.plan, language)), ...emitOptionsFrom(options, io, language) },
  );
  await stageOutput(artifacts, options.out, io, language);
  // As for one plan: open todos are errors for lint, and marked 【待核实】 in the outputs.
  const open = compiled.reduce((n, c) => n + c.diagnostics.filter((d) => d.code === 'unsettled').length, 0);
  if (open > 0) io.stderr.write(`plan: ${t(language, 'cli.build.open-todos', { count: open, mark: unsettledMark(options.locale ?? compiled[0]!.plan.locale).trim() })}\n`);
  return 0;
}
