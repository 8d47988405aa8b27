import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import type { FlagValues } from '../../emit/artifact.js';
import { emit } from '../../emit/emit.js';
import { parseLocale } from '../../emit/labels.js';
import { TemplateError } from '../../emit/templates.js';
import { beginOutput } from '../../write/output-folder.js';
import { blocksOutput } from '../blocking.js';
import { compile } from '../../compile.js';
import { compileBasePlan } from '../base-plan.js';
import type { ExitCode } from '../exit-code.js';
import { findConfig } from '../find-config.js';
import { generatedAt } from '../generated-at.js';
import type { Io } from '../io.js';
import { fallbackLanguage } from '../language.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';
import { readHolidayFile } from '../work-calendar.js';

/** The flags of `plan build` itself; the emitters' own flags (`--todo`, `--pdf`, …) come along in the same object. */
export interface BuildOptions extends LimitFlags, FlagValues {
  readonly out: string;
  readonly config?: string;
  readonly holidays?: string;
  readonly templates?: string;
  readonly locale?: string;
  readonly watch?: boolean;
  /** The previous revision's plan file: calendars raise SEQUENCE only where events changed and cancel removed ones. */
  readonly base?: string;
}

/** `plan build [PLAN] [-o DIR]`: validate, then write every output; nothing is written on errors. */
export async function buildCommand(file: string | undefined, options: BuildOptions, io: Io): Promise<ExitCode> {
  if (options.locale !== undefined && parseLocale(options.locale) === undefined) throw new UsageError(`--locale takes zh-CN or en, got '${options.locale}'`);
  if (!options.watch) return buildOnce(file, options, io);
  if (file === undefined || file === '-') throw new UsageError('--watch needs a plan file, not standard input');
  const { watchPlan } = await import('../watch.js');
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const watched = [file, options.templates, options.holidays, options.config].filter((p): p is string => p !== undefined);
  await watchPlan(watched, () => buildOnce(file, options, io), io, { signal: stop.signal });
  return 0;
}

async function buildOnce(file: string | undefined, options: BuildOptions, io: Io): Promise<ExitCode> {
  const limits = limitsFrom(options);
  const input = await readPlan(file, io, limits.maxBytes);
  const holidays = readHolidayFile(io, options.holidays);
  const shared = { config: findConfig(io, options.config), holidays, limits, ...fallbackLanguage(io) };
  const base = options.base === undefined ? undefined : await compileBasePlan(options.base, io, shared);
  const result = compile(input, { ...shared, base });
  printDiagnostics([{ file: input.path, text: input.text, result }], 'stylish', io, io.stderr);
  if (!result.plan || blocksOutput(result.diagnostics)) {
    io.stderr.write(`plan: nothing written: fix the errors above first\n`);
    return 1;
  }
  const plan = result.plan;
  const locale = parseLocale(options.locale);
  const artifacts = emit(
    { plan, calendar: result.calendar, ...(base ? { base } : {}) },
    {
      generatedAt: generatedAt(io.env, plan),
      ...(locale ? { locale } : {}),
      ...(options.templates !== undefined ? { templatesDir: resolve(io.cwd, options.templates) } : {}),
      flags: options,
      env: io.env,
    },
  );
  // Each file is staged as soon as it exists, so a large plan's outputs never sit in memory all
  // at once; the previous output stays in place until the commit swaps the new one in (the PDF
  // too is printed before the commit: a missing browser leaves the previous output as it was).
  const output = beginOutput(resolve(io.cwd, options.out), { shown: options.out });
  let count = 0;
  try {
    for await (const artifact of artifacts) {
      output.add([artifact]);
      count += 1;
    }
  } catch (error) {
    output.abort();
    // A user's template that fails is a usage problem, not a bug in plan.
    if (error instanceof TemplateError) throw new UsageError(`${error.message} (nothing written)`);
    throw error;
  }
  output.commit();
  io.stderr.write(`plan: wrote ${count} files to ${options.out}\n`);
  // The open todos are errors for lint, not for build: say what that means for the outputs.
  const open = result.diagnostics.filter((d) => d.code === 'unsettled').length;
  if (open > 0) io.stderr.write(`plan: ${open} 处待核实 (todo): the items concerned are marked 【待核实】 in every output; plan lint fails until they are settled\n`);
  return 0;
}
