import type { FmtOptions } from '../commands/fmt.js';
import { t } from '../../i18n/messages.js';
import type { DeclareCommand } from './declare-command.js';
import { langOption } from './shared-options.js';

/** `plan fmt [FILE...] [--check]`. */
export const declareFmt: DeclareCommand = (program, io, setExit, language = 'en') => {
  program
    .command('fmt')
    .description(t(language, 'cli.fmt.description'))
    .argument('[plans...]', t(language, 'cli.fmt.plans'))
    .option('--check', t(language, 'cli.fmt.check'))
    .addOption(langOption(language))
    .action(async (files: string[], options: FmtOptions) => {
      const { fmtCommand } = await import('../commands/fmt.js');
      setExit(await fmtCommand(files, options, io));
    });
};
