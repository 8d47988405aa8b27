import type { Command } from 'commander';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** `plan import FILE [-o PLAN] [--year Y] [--id ID] [--force]` (contract §2). */
export function registerImport(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  program
    .command('import')
    .description('read a plan document (text, - for stdin, or .docx) into plan YAML')
    .argument('<file>', 'the document: .txt as copied from Word or a web page, .docx, or - for stdin')
    .option('-o, --out <plan>', 'write the plan here (atomically) instead of stdout')
    .option('-y, --year <year>', 'plan year, when the document does not say it')
    .option('--id <id>', 'plan id (default: from the title and year)')
    .option('-f, --force', 'overwrite PLAN if it exists')
    .action(async (file: string, options: { out?: string; year?: string; id?: string; force?: boolean }) => {
      const { importCommand } = await import('./commands/import.js');
      setExit(await importCommand(file, options, io));
    });
}
