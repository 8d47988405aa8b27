import type { ImportCommandOptions } from '../commands/import.js';
import type { DeclareCommand } from './declare-command.js';

/** `plan import FILE [-o PLAN] [--year Y] [--id ID] [--force]` (contract §2). */
export const declareImport: DeclareCommand = (program, io, setExit) => {
  program
    .command('import')
    .description('read a plan document (.docx, .xlsx, .csv, text, or - for stdin) into plan YAML')
    .argument('<file>', 'the document: .docx, .xlsx, .csv, text as copied from Word, a web page or a PDF (UTF-8, UTF-16 or GBK), or - for stdin')
    .option('-o, --out <plan>', 'write the plan here (atomically) instead of stdout')
    .option('-y, --year <year>', 'plan year, when the document does not say it')
    .option('--id <id>', 'plan id (default: from the title and year)')
    .option('-f, --force', 'overwrite PLAN if it exists')
    .action(async (file: string, options: ImportCommandOptions) => {
      const { importCommand } = await import('../commands/import.js');
      setExit(await importCommand(file, options, io));
    });
};
