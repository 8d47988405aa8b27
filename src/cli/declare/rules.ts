import { t } from '../../i18n/messages.js';
import type { RulesOptions } from '../commands/rules.js';
import type { DeclareCommand } from './declare-command.js';
import { langOption } from './shared-options.js';

/** `plan rules [--json] [--lang zh|en]`. */
export const declareRules: DeclareCommand = (program, io, setExit, language = 'en') => {
  program
    .command('rules')
    .description(t(language, 'cli.rules.description'))
    .option('--json', t(language, 'cli.opt.json'))
    .addOption(langOption(language))
    .action(async (options: RulesOptions) => {
      const { rulesCommand } = await import('../commands/rules.js');
      setExit(rulesCommand(options, io));
    });
};
