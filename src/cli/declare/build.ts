import type { BuildOptions } from '../commands/build.js';
import { t } from '../../i18n/messages.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { addProgressOptions } from '../progress-options.js';
import { configOption, holidaysOption, langOption, localeOption } from './shared-options.js';

/** `plan build [PLAN...] [-o DIR]` (several plans, or quoted globs, are built together); the emitters' own flags (--todo, --pdf, …) are added by emitter-flags.ts. */
export const declareBuild: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('build')
    .description(t(language, 'cli.build.description'))
    .argument('[plans...]', t(language, 'multi.arg.plans'))
    .option('-o, --out <dir>', t(language, 'cli.build.out'), 'out')
    .addOption(configOption(language))
    .addOption(holidaysOption(language))
    .option('--outputs <ids>', t(language, 'cli.build.outputs'))
    .option('--templates <dir>', t(language, 'cli.build.templates'))
    .option('--base <file>', t(language, 'calendar.help.build-base'))
    .option('--watch', t(language, 'cli.build.watch'))
    .addOption(localeOption(language))
    .addOption(langOption(language));
  addLimitOptions(addProgressOptions(command, language), language).action(async (files: string[], options: BuildOptions) => {
    const { buildCommand } = await import('../commands/build.js');
    setExit(await buildCommand(files, options, io));
  });
};
