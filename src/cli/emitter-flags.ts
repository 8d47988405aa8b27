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
}
