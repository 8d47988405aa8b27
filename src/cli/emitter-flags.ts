import type { Command } from 'commander';
import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';

// The emitters describe their flags in English (the library's words); the terminal says them
// from the catalogue. A flag a new emitter brings shows its own description until it has a key here.
const DESCRIPTIONS: Readonly<Record<string, MessageKey>> = {
  '--todo': 'cli.opt.todo',
  '--alarm <days...>': 'cli.opt.alarm',
  '--no-ongoing': 'cli.opt.no-ongoing',
  '--pdf': 'cli.opt.pdf',
  '--docx': 'cli.opt.docx',
};

/**
 * Gives `plan build` the flags its emitters declare (`--todo`, `--alarm`, `--no-ongoing`, `--pdf`,
 * and whatever a new output brings), read from the registry. They are added just before `build`
 * parses its arguments or prints its help, so the registry and the emitters' code are loaded
 * only then: `plan lint` starts without them.
 */
export function declareEmitterFlags(program: Command, build: Command, language: Language = 'en'): void {
  let declared: Promise<void> | undefined;
  const declare = (): Promise<void> =>
    (declared ??= import('../emit/registry.js').then(({ emitterFlags }) => {
      for (const flag of emitterFlags()) build.option(flag.flags, DESCRIPTIONS[flag.flags] ? t(language, DESCRIPTIONS[flag.flags]!) : flag.description);
    }));
  program.hook('preSubcommand', async (_program, command) => {
    if (command === build) await declare();
  });
}
