import type { ProgressOptions } from '../commands/progress.js';
import { t } from '../../i18n/messages.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { configOption, holidaysOption, langOption } from './shared-options.js';

/** `plan progress PLAN TASK STATE [--date DAY] [--percent N] [--note TEXT] [--unit UNIT] [--file FILE]`. */
export const declareProgress: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('progress')
    .description(t(language, 'record.help.description'))
    .argument('<plan>', t(language, 'record.help.plan'))
    .argument('<task>', t(language, 'record.help.task'))
    .argument('<state>', t(language, 'record.help.state'))
    .option('--date <day>', t(language, 'record.help.date'))
    .option('--percent <n>', t(language, 'record.help.percent'))
    .option('--note <text>', t(language, 'record.help.note'))
    .option('-u, --unit <unit>', t(language, 'record.help.unit'))
    .option('--file <file>', t(language, 'record.help.file'))
    .addOption(langOption(language))
    .addOption(configOption(language))
    .addOption(holidaysOption(language));
  addLimitOptions(command, language).action(async (plan: string, task: string, state: string, options: ProgressOptions) => {
    const { progressCommand } = await import('../commands/progress.js');
    setExit(await progressCommand(plan, task, state, options, io));
  });
};
