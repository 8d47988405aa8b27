import type { ImportCommandOptions } from '../commands/import.js';
import { t } from '../../i18n/messages.js';
import type { DeclareCommand } from './declare-command.js';
import { langOption } from './shared-options.js';

/** `plan import FILE [-o PLAN] [--year Y] [--id ID] [--force]` (contract §2). */
export const declareImport: DeclareCommand = (program, io, setExit, language = 'en') => {
  program
    .command('import')
    .description(t(language, 'cli.import.description'))
    .argument('<file>', t(language, 'cli.import.file'))
    .option('-o, --out <plan>', t(language, 'cli.import.out'))
    .option('-y, --year <year>', t(language, 'cli.import.year'))
    .option('--id <id>', t(language, 'cli.import.id'))
    .option('-f, --force', t(language, 'cli.import.force'))
    .addOption(langOption(language))
    .action(async (file: string, options: ImportCommandOptions) => {
      const { importCommand } = await import('../commands/import.js');
      setExit(await importCommand(file, options, io));
    });
};
