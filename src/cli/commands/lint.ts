import { countBySeverity, hasErrors } from '../../diagnostics/sort.js';
import type { ResolvedPlan } from '../../model/plan.js';
import { fallbackLanguage } from '../language.js';
import { UsageError } from '../../diagnostics/errors.js';
import { compile, type CompileOptions } from '../../compile.js';
import { expandGlobs } from '../expand-globs.js';
import { findConfig } from '../find-config.js';
import { readHolidayFile } from '../work-calendar.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';
import { fixInputs, reportLanguage } from '../../fix/index.js';

export interface LintOptions extends LimitFlags {
  readonly format: string;
  readonly maxWarnings?: string;
  readonly config?: string;
  readonly lang?: string;
  readonly holidays?: string;
  readonly base?: string;
  readonly fix?: boolean;
}

/** The previous revision for `--base`: it must compile, or the comparison would mislead. */
async function compileBase(file: string, io: Io, options: CompileOptions): Promise<ResolvedPlan> {
  const input = await readPlan(file, io, options.limits?.maxBytes);
  const result = compile(input, options);
  if (!result.plan || hasErrors(result.diagnostics)) throw new UsageError(`the base plan ${file} has errors: run 'plan lint ${file}' to see them`);
  return result.plan;
}

/** `plan lint PLAN...`: every problem of every file, then 0 / 1 by ESLint's rules. */
export async function lintCommand(files: readonly string[], options: LintOptions, io: Io): Promise<ExitCode> {
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings takes a whole number, got '${options.maxWarnings}'`);
  }
  const limits = limitsFrom(options);
  const read = await Promise.all((files.length > 0 ? expandGlobs(files, io.cwd) : ['plan.yaml']).map((f) => readPlan(f, io, limits.maxBytes)));
  const config = findConfig(io, options.config, options.lang);
  const holidays = readHolidayFile(io, options.holidays);
  const shared: CompileOptions = { config, holidays, limits, ...fallbackLanguage(io) };
  const base = options.base === undefined ? undefined : await compileBase(options.base, io, shared);
  // --fix: repair and write first, then lint what was written (src/fix/).
  const fixed = options.fix ? fixInputs(read, io.cwd, config?.lang ?? shared.fallbackLanguage ?? 'en') : undefined;
  const inputs = fixed?.inputs ?? read;
  const results = inputs.map((input) => ({ file: input.path, text: input.text, result: compile(input, { ...shared, base }) }));
  if (fixed) (options.format === 'stylish' ? io.stdout : io.stderr).write(fixed.report((i) => reportLanguage(results[i]!.result, config?.lang, shared.fallbackLanguage)));
  const diagnostics = printDiagnostics(results, options.format, io, io.stdout);
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`plan: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
