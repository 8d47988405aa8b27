import type { DeclareCommand } from './declare-command.js';

/**
 * `plan help [COMMAND]`: the same help as `plan COMMAND --help`. It replaces commander's own help
 * command, which prints at once and so misses the flags `plan build` takes from its emitters
 * (added just before build parses its arguments: see ../emitter-flags.ts).
 */
export const declareHelp: DeclareCommand = (program, _io, setExit) => {
  program.helpCommand(false);
  program
    .command('help')
    .description('display help for command')
    .argument('[command]', 'a command')
    .action(async (name: string | undefined) => {
      const { helpCommand } = await import('../commands/help.js');
      setExit(await helpCommand(program, name));
    });
};
