import { Option } from 'commander';
import { t } from '../../i18n/messages.js';
import type { TasksOptions } from '../commands/tasks.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { addProgressOptions, stateOption } from '../progress-options.js';
import { holidaysOption, localeOption } from './shared-options.js';

/** `plan tasks PLAN... [--unit U] [--today D] [--format table|md|tsv|csv|json] [--width N] [--truncate] [--lang zh|en]`. */
export const declareTasks: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('tasks')
    .description(t(language, 'tasks.help.description'))
    .argument('[plans...]', t(language, 'multi.arg.plans-tasks'))
    .option('-u, --unit <unit>', t(language, 'tasks.help.unit'))
    // The choices are written out, not taken from TASK_FORMATS: that would load the command's module at start-up.
    .addOption(
      new Option('-f, --format <format>', t(language, 'tasks.help.format'))
        .choices(['table', 'md', 'tsv', 'csv', 'json'])
        .default('table'),
    )
    .option('-w, --width <n>', t(language, 'tasks.help.width'))
    .option('--truncate', t(language, 'tasks.help.truncate'))
    .option('--today <date>', t(language, 'tasks.help.today'))
    .addOption(stateOption(language))
    .option('--lang <lang>', t(language, 'tasks.help.lang'))
    .addOption(localeOption(language))
    .addOption(holidaysOption(language));
  addLimitOptions(addProgressOptions(command, language), language).action(async (files: string[], options: TasksOptions) => {
    const { tasksCommand } = await import('../commands/tasks.js');
    setExit(await tasksCommand(files, options, io));
  });
};
