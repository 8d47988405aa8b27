import { countBySeverity, hasErrors } from '../../diagnostics/sort.js';
import { t } from '../../i18n/messages.js';
import { fallbackLanguage, runLanguage } from '../language.js';
import { UsageError } from '../../diagnostics/errors.js';
import { compile, type CompileOptions, type CompileResult } from '../../compile.js';
import { expandGlobs } from '../expand-globs.js';
import { findConfig } from '../find-config.js';
import { readHolidayFile } from '../work-calendar.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { compileBasePlan } from '../base-plan.js';
import { asOfFor, plansWithProgress } from '../plans-with-progress.js';
import type { ProgressFlags } from '../progress-flags.js';
import { printDiagnostics, reportLanguage } from '../report.js';
import { fixInputs } from '../../fix/index.js';

export interface LintOptions extends LimitFlags, ProgressFlags {
  readonly format: string;
  readonly maxWarnings?: string;
  readonly config?: string;
  readonly lang?: string;
  readonly holidays?: string;
  readonly base?: string;
  readonly fix?: boolean;
}

/** `plan lint --base`: the previous revision must compile without errors, or the comparison would mislead. */
const errorFreeBase = { broken: hasErrors, message: 'cli.lint.base-has-errors' } as const;

/** `plan lint PLAN...`: every problem of every file, then 0 / 1 by ESLint's rules. */
export async function lintCommand(files: readonly string[], options: LintOptions, io: Io): Promise<ExitCode> {
  // The language of this command's own words; each file's messages may still follow its locale.
  const language = runLanguage(options.lang, io);
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(t(language, 'cli.flag.max-warnings', { value: t(language, 'quote', { text: options.maxWarnings! }) }));
  }
  const limits = limitsFrom(options, language);
  // Progress files named among the plans (plans/*.yaml matches x.progress.yaml) go with their plan.
  const named = await plansWithProgress(files.length > 0 ? expandGlobs(files, io.cwd) : ['plan.yaml'], options, io, limits.maxBytes, language);
  const read = named.map((n) => n.plan);
  const config = findConfig(io, options.config, options.lang, language);
  const holidays = readHolidayFile(io, options.holidays, language);
  const shared: CompileOptions = { config, holidays, limits, ...fallbackLanguage(io) };
  const base = options.base === undefined ? undefined : await compileBasePlan(options.base, io, shared, language, errorFreeBase);
  // --fix: repair and write first, then lint what was written (src/fix/).
  // A plan read only for a progress file named on its own was not asked about: --fix leaves it alone.
  const fixable = read.flatMap((_, i) => (named[i]!.onlyIn ? [] : [i]));
  const fixed = options.fix ? fixInputs(fixable.map((i) => read[i]!), io.cwd, config?.lang ?? shared.fallbackLanguage ?? language) : undefined;
  const inputs = fixed ? read.map((input, i) => (fixable.includes(i) ? fixed.inputs[fixable.indexOf(i)]! : input)) : read;
  const results = inputs.map((input, i) => {
    const { progress, onlyIn } = named[i]!;
    const asOf = progress.length > 0 ? asOfFor(input, options, io, language) : undefined;
    const result = compile(input, { ...shared, base, progress, asOf });
    const shown = onlyIn ? progress.filter((p) => onlyIn.includes(p.path)) : progress;
    return { file: input.path, text: input.text, progress: shown, result: onlyIn ? findingsIn(result, onlyIn) : result };
  });
  if (fixed) (options.format === 'stylish' ? io.stdout : io.stderr).write(fixed.report((k) => results[fixable[k]!]!.result.language ?? language));
  const diagnostics = printDiagnostics(results, options.format, io, io.stdout, language);
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`plan: ${t(reportLanguage(results, language), 'cli.lint.too-many-warnings', { count: warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/**
 * A plan read only for the sake of progress files named on their own: what was found in those
 * files, and the plan's errors only when they kept the progress from being checked (no plan).
 */
function findingsIn(result: CompileResult, files: readonly string[]): CompileResult {
  if (!result.plan) return result;
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.span !== undefined && files.includes(d.span.file)) };
}
