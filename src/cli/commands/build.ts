import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import { hasErrors } from '../../diagnostics/sort.js';
import { emitAll } from '../../emit/emit.js';
import { writeArtifacts } from '../../emit/write.js';
import { compilePlan } from '../compile-plan.js';
import { findConfig } from '../find-config.js';
import { calendarOption, readHolidayFile } from '../work-calendar.js';
import type { ExitCode } from '../exit-code.js';
import { generatedAt } from '../generated-at.js';
import type { Io } from '../io.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';

export interface BuildOptions {
  readonly out: string;
  readonly config?: string;
  readonly holidays?: string;
}

/** `plan build [PLAN] [-o DIR]`: validate, then write every output; nothing is written on errors. */
export async function buildCommand(file: string | undefined, options: BuildOptions, io: Io): Promise<ExitCode> {
  const input = await readPlan(file, io);
  const result = compilePlan(input, findConfig(io, options.config), calendarOption(readHolidayFile(io, options.holidays)));
  printDiagnostics([{ file: input.path, text: input.text, result }], 'stylish', io, io.stderr);
  if (!result.plan || hasErrors(result.diagnostics)) {
    io.stderr.write(`plan: nothing written: fix the errors above first\n`);
    return 1;
  }
  const artifacts = emitAll({ plan: result.plan, generatedAt: generatedAt(io.env, result.plan) });
  try {
    writeArtifacts(resolve(io.cwd, options.out), artifacts);
  } catch (error) {
    throw new UsageError(`cannot write ${options.out}: ${(error as Error).message} (the previous output is unchanged)`);
  }
  io.stderr.write(`plan: wrote ${artifacts.length} files to ${options.out}\n`);
  return 0;
}
