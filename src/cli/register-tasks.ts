import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { addLimitOptions } from './limits.js';

/** Declares `plan tasks`; the command module is imported only when it runs. */
export function registerTasks(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('tasks')
    .description("print a unit's task list (or the whole plan's) by due date; overdue in red, due within 7 days in yellow")
    .argument('[plan]', 'plan file, or - for stdin', 'plan.yaml')
    .option('-u, --unit <unit>', 'only what this unit leads or supports (id, name or alias)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'md', 'csv', 'json']).default('table'))
    .option('--today <date>', 'count days from this date (YYYY-MM-DD) instead of today')
    .option('--locale <locale>', 'labels in zh-CN or en (default: the plan\'s locale)')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)');
  addLimitOptions(command).action(async (file: string, options: Record<string, string | undefined>) => {
    const { tasksCommand } = await import('./commands/tasks.js');
    setExit(await tasksCommand(file, options, io));
  });
}
