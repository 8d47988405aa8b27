import { Option } from 'commander';
import type { IcsOptions } from '../commands/ics.js';
import { t } from '../../i18n/messages.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { addProgressOptions } from '../progress-options.js';
import { alarmOption, holidaysOption, langOption, noOngoingOption, planArgument, todoOption } from './shared-options.js';

/** `plan ics PLAN [--unit U]... [-o FILE]`. */
export const declareIcs: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('ics')
    .description(t(language, 'cli.ics.description'))
    .addArgument(planArgument(language))
    .option('-u, --unit <unit...>', t(language, 'cli.ics.unit'))
    .option('-o, --out <file>', t(language, 'cli.ics.out'))
    .addOption(new Option('--split <dir>', t(language, 'calendar.help.split')).conflicts('out'))
    .option('--base <file>', t(language, 'calendar.help.ics-base'))
    .addOption(todoOption(language))
    .addOption(alarmOption(language))
    .addOption(noOngoingOption(language))
    .addOption(holidaysOption(language))
    .addOption(langOption(language));
  addLimitOptions(addProgressOptions(command, language), language).action(async (file: string, options: IcsOptions) => {
    const { icsCommand } = await import('../commands/ics.js');
    setExit(await icsCommand(file, options, io));
  });
};
