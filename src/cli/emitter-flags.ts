import type { Command } from 'commander';

/**
 * Gives `plan build` the flags its emitters declare (`--todo`, `--alarm`, `--no-ongoing`, `--pdf`,
 * and whatever a new output brings), read from the registry. They are added just before `build`
 * parses its arguments or prints its help, so the registry and the emitters' code are loaded
 * only then: `plan lint` starts without them.
 */
export function declareEmitterFlags(program: Command, build: Command): void {
  let declared: Promise<void> | undefined;
  const declare = (): Promise<void> =>
    (declared ??= import('../emit/registry.js').then(({ emitterFlags }) => {
      for (const flag of emitterFlags()) build.option(flag.flags, flag.description);
    }));
  program.hook('preSubcommand', async (_program, command) => {
    if (command === build) await declare();
  });
  // commander's own `help CMD` prints the help at once, without that hook; this one goes through
  // `CMD --help`, which runs it, so `plan help build` lists the same flags as `plan build --help`.
  program.helpCommand(false);
  program
    .command('help')
    .description('display help for command')
    .argument('[command]', 'a command')
    .action(async (name: string | undefined) => {
      // As commander's: the program's help, as an error, for a command that does not exist.
      if (name !== undefined && !program.commands.some((command) => command.name() === name)) program.help({ error: true });
      await program.parseAsync(name === undefined ? ['--help'] : [name, '--help'], { from: 'user' });
    });
}
