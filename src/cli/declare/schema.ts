import { t } from '../../i18n/messages.js';
import type { DeclareCommand } from './declare-command.js';
import { langOption } from './shared-options.js';

/** `plan schema [--progress]`. */
export const declareSchema: DeclareCommand = (program, io, setExit, language = 'en') => {
  program
    .command('schema')
    .description(t(language, 'cli.schema.description'))
    .option('--progress', t(language, 'cli.schema.progress'))
    .addOption(langOption(language))
    .action(async (options: { progress?: boolean }) => {
      const { schemaCommand } = await import('../commands/schema.js');
      setExit(schemaCommand(io, options.progress === true));
    });
};
