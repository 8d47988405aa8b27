import type { InitOptions } from '../commands/init.js';
import { t } from '../../i18n/messages.js';
import type { DeclareCommand } from './declare-command.js';
import { langOption } from './shared-options.js';

/** `plan init [FILE] [--title T] [--year Y] [--id ID] [--schema REF] [--force]`. */
export const declareInit: DeclareCommand = (program, io, setExit, language = 'en') => {
  program
    .command('init')
    .description(t(language, 'cli.init.description'))
    .argument('[file]', t(language, 'cli.init.file'), 'plan.yaml')
    .option('-t, --title <title>', t(language, 'cli.init.title'))
    .option('-y, --year <year>', t(language, 'cli.init.year'))
    .option('--id <id>', t(language, 'cli.init.id'))
    .option('--schema <ref>', t(language, 'cli.init.schema'))
    .option('--force', t(language, 'cli.init.force'))
    .addOption(langOption(language))
    .action(async (file: string, options: InitOptions) => {
      const { initCommand } = await import('../commands/init.js');
      setExit(initCommand(file, options, io));
    });
};
