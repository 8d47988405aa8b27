import { t } from '../../i18n/messages.js';
import type { DeclareCommand } from './declare-command.js';
import { langOption } from './shared-options.js';

/**
 * `plan help [COMMAND]`: the same help as `plan COMMAND --help`. It replaces commander's own help
 * command, which prints at once and so misses the flags `plan build` takes from its emitters
 * (added just before build parses its arguments: see ../emitter-flags.ts).
 */
export const declareHelp: DeclareCommand = (program, _io, setExit, language = 'en') => {
  program.helpCommand(false);
  program
    .command('help')
    .description(t(language, 'cli.help.help-command'))
    .argument('[command]', t(language, 'cli.help.help-command-argument'))
    .addOption(langOption(language))
    .action(async (name: string | undefined) => {
      const { helpCommand } = await import('../commands/help.js');
      setExit(await helpCommand(program, name));
    });
};
