import { t } from '../../i18n/messages.js';
import type { DeclareCommand } from './declare-command.js';
import { langOption } from './shared-options.js';

/** `plan schema`. */
export const declareSchema: DeclareCommand = (program, io, setExit, language = 'en') => {
  program
    .command('schema')
    .description(t(language, 'cli.schema.description'))
    .addOption(langOption(language))
    .action(async () => {
      const { schemaCommand } = await import('../commands/schema.js');
      setExit(schemaCommand(io));
    });
};
