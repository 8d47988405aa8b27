import type { RulesOptions } from '../commands/rules.js';
import type { DeclareCommand } from './declare-command.js';

/** `plan rules [--json] [--lang zh|en]`. */
export const declareRules: DeclareCommand = (program, io, setExit) => {
  program
    .command('rules')
    .description('list the lint rules')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'description language: zh or en (default: LANG)')
    .action(async (options: RulesOptions) => {
      const { rulesCommand } = await import('../commands/rules.js');
      setExit(rulesCommand(options, io));
    });
};
