import type { DeclareCommand } from './declare-command.js';

/** `plan rules [--json]`. */
export const declareRules: DeclareCommand = (program, io, setExit) => {
  program
    .command('rules')
    .description('list the lint rules')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { rulesCommand } = await import('../commands/rules.js');
      setExit(rulesCommand(options, io));
    });
};
