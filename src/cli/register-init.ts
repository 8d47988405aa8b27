import type { Command } from 'commander';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** `plan init [FILE] [--title T] [--year Y] [--id ID] [--schema REF] [--force]`. */
export function registerInit(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('init')
    .description('write a commented starter plan that editors can complete against the schema')
    .argument('[file]', 'the plan to create', 'plan.yaml')
    .option('-t, --title <title>', 'plan title (the document’s full title)')
    .option('-y, --year <year>', 'plan year (default: the current year)')
    .option('--id <id>', 'plan id (default: the file name, or plan-YEAR)')
    .option('--schema <ref>', 'what the $schema= line points at (default: a relative path to the installed schema)')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, options: { title?: string; year?: string; id?: string; schema?: string; force?: boolean }) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(initCommand(file, options, io));
    });
}
