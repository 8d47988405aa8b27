import type { BuildOptions } from '../commands/build.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';

/** `plan build [PLAN] [-o DIR]`. */
export const declareBuild: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('build')
    .description('validate, then write plan.json, calendars, unit task lists and summaries into DIR')
    .argument('[plan]', 'plan file, or - for stdin', 'plan.yaml')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-c, --config <file>', 'lint configuration (default: .planlint.yaml if present)')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)')
    .option('--templates <dir>', 'your own templates (summary.html.eta, summary.md.eta, unit-tasks.md.eta, unit-tasks.html.eta)')
    .option('--todo', 'also write deadlines as VTODO (Google Calendar ignores VTODO)')
    .option('--alarm <days...>', 'calendar reminders this many working days before each deadline')
    .option('--no-ongoing', 'leave ongoing measures out of the calendars')
    .option('--pdf', 'also print summary.pdf with the installed Chromium (Debian: apt-get install chromium)')
    .option('--watch', 'rebuild when the plan, templates, holidays or config change')
    .option('--locale <locale>', "labels in zh-CN or en (default: the plan's locale)");
  addLimitOptions(command).action(async (file: string, options: BuildOptions) => {
    const { buildCommand } = await import('../commands/build.js');
    setExit(await buildCommand(file, options, io));
  });
};
