import type { Command } from 'commander';
import type { ExitCode } from '../exit-code.js';

/** Prints the program's help, or a command's by running `COMMAND --help` (its hooks included). */
export async function helpCommand(program: Command, name: string | undefined): Promise<ExitCode> {
  // As commander's: the program's help, as an error, for a command that does not exist.
  if (name !== undefined && !program.commands.some((command) => command.name() === name)) program.help({ error: true });
  await program.parseAsync(name === undefined ? ['--help'] : [name, '--help'], { from: 'user' });
  return 0;
}
