import { Command } from 'commander';
import type { DeclareCommand } from '../../../src/cli/declare/declare-command.js';
import type { ExitCode } from '../../../src/cli/exit-code.js';
import { UsageError } from '../../../src/diagnostics/errors.js';
import { memoryIo } from '../../helpers/memory-io.js';

/** Runs one declared command in process, mapping usage errors to 2 as main.ts does. */
export async function runCommand(declare: DeclareCommand, args: string[], cwd: string, stdin?: string) {
  const io = memoryIo(cwd, stdin === undefined ? {} : { stdin });
  let code: ExitCode = 0;
  const program = new Command('plan').exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
  declare(program, io, (c) => (code = c));
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { code: 2 as ExitCode, out: io.out(), err: error.message };
  }
  return { code, out: io.out(), err: io.err() };
}
