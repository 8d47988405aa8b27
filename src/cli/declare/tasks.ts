import { Option } from 'commander';
import type { TasksOptions } from '../commands/tasks.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { holidaysOption, localeOption, planArgument } from './shared-options.js';

/** `plan tasks PLAN [--unit U] [--today D] [--format table|md|tsv|csv|json] [--width N] [--truncate] [--lang zh|en]`. */
export const declareTasks: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('tasks')
    .description(
      "print a unit's task list (or the whole plan's) by due date, with each task's dated events; overdue in red, due within 7 days in yellow",
    )
    .addArgument(planArgument())
    .option('-u, --unit <unit>', 'only what this unit leads or supports (id, name or alias)')
    // The choices are written out, not taken from TASK_FORMATS: that would load the command's module at start-up.
    .addOption(
      new Option('-f, --format <format>', 'table and md for people; tsv, csv and json for scripts (English field names, no colour, no wrapping)')
        .choices(['table', 'md', 'tsv', 'csv', 'json'])
        .default('table'),
    )
    .option('-w, --width <n>', "fit the table in this many columns (default: the terminal's width, else 80)")
    .option('--truncate', 'cut long titles to one line, ending in …, instead of wrapping them')
    .option('--today <date>', 'count days from this date (YYYY-MM-DD) instead of today')
    .option('--lang <lang>', "language of the headings and words: zh or en (default: the plan's locale, then LANG)")
    .addOption(localeOption())
    .addOption(holidaysOption());
  addLimitOptions(command).action(async (file: string, options: TasksOptions) => {
    const { tasksCommand } = await import('../commands/tasks.js');
    setExit(await tasksCommand(file, options, io));
  });
};
