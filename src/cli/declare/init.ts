import type { InitOptions } from '../commands/init.js';
import type { DeclareCommand } from './declare-command.js';

/** `plan init [FILE] [--title T] [--year Y] [--id ID] [--schema REF] [--force]`. */
export const declareInit: DeclareCommand = (program, io, setExit) => {
  program
    .command('init')
    .description('write a commented starter plan that editors can complete against the schema')
    .argument('[file]', 'the plan to create', 'plan.yaml')
    .option('-t, --title <title>', 'plan title (the document’s full title)')
    .option('-y, --year <year>', 'plan year (default: the current year)')
    .option('--id <id>', 'plan id (default: the file name, or plan-YEAR)')
    .option('--schema <ref>', 'what the $schema= line points at (default: a relative path to the installed schema)')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, options: InitOptions) => {
      const { initCommand } = await import('../commands/init.js');
      setExit(initCommand(file, options, io));
    });
};
