import { CommanderError } from 'commander';
import { InternalError, UsageError } from '../diagnostics/errors.js';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';

const REPORT = 'This is a bug in plan. Please report it with the command you ran and the plan file (or a smaller file that shows the problem).';

/** Runs the CLI; the only place that maps outcomes to exit codes 0/1/2. */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exit: ExitCode = 0;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are requests, not errors; commander has already printed them.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`plan: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    const kind = error instanceof InternalError ? 'internal error' : 'unexpected error';
    io.stderr.write(`plan: ${kind}: ${message}\n${REPORT}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
