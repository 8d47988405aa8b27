import type { Command } from 'commander';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** `plan fmt [FILE...] [--check]`. */
export function registerFmt(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('fmt')
    .description('rewrite plans in the canonical layout (key order, indentation), keeping comments')
    .argument('[plans...]', 'plan files (default plan.yaml; - prints stdin formatted)')
    .option('--check', 'write nothing; exit 1 listing the files that would change (for CI)')
    .action(async (files: string[], options: { check?: boolean }) => {
      const { fmtCommand } = await import('./commands/fmt.js');
      setExit(await fmtCommand(files, options, io));
    });
}
