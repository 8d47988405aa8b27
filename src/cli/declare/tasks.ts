import { Option } from 'commander';
import type { TasksOptions } from '../commands/tasks.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { holidaysOption, localeOption, planArgument } from './shared-options.js';

/** `plan tasks PLAN [--unit U] [--today D] [--format table|md|csv|json]`. */
export const declareTasks: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('tasks')
    .description("print a unit's task list (or the whole plan's) by due date; overdue in red, due within 7 days in yellow")
    .addArgument(planArgument())
    .option('-u, --unit <unit>', 'only what this unit leads or supports (id, name or alias)')
    // The choices are written out, not taken from TASK_FORMATS: that would load the command's module at start-up.
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'md', 'csv', 'json']).default('table'))
    .option('--today <date>', 'count days from this date (YYYY-MM-DD) instead of today')
    .addOption(localeOption())
    .addOption(holidaysOption());
  addLimitOptions(command).action(async (file: string, options: TasksOptions) => {
    const { tasksCommand } = await import('../commands/tasks.js');
    setExit(await tasksCommand(file, options, io));
  });
};
