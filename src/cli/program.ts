import { Command, Option } from 'commander';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { declareEmitterFlags } from './emitter-flags.js';
import { addLimitOptions } from './limits.js';
import { registerDiff } from './register-diff.js';
import { registerFmt } from './register-fmt.js';
import { registerImport } from './register-import.js';
import { registerInit } from './register-init.js';
import { registerTasks } from './register-tasks.js';

/**
 * The command table. Each action imports its module only when that command runs, so
 * `plan lint` never pays for the calendar or template code.
 */
export function buildProgram(io: Io, setExit: (code: ExitCode) => void): Command {
  const program = new Command('plan')
    .description('Compile implementation plans (实施方案) kept as YAML into calendars, task lists and summaries; lint them in CI.')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  const build = addLimitOptions(program.command('build'))
    .description('validate, then write plan.json, calendars, unit task lists and summaries into DIR')
    .argument('[plan]', 'plan file, or - for stdin', 'plan.yaml')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-c, --config <file>', 'lint configuration (default: .planlint.yaml if present)')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)')
    .option('--templates <dir>', 'your own templates (summary.html.eta, summary.md.eta, unit-tasks.md.eta, unit-tasks.html.eta)')
    .option('--watch', 'rebuild when the plan, templates, holidays or config change')
    .option('--locale <locale>', "labels in zh-CN or en (default: the plan's locale)")
    .action(async (file: string, options: { out: string; config?: string; holidays?: string; templates?: string; locale?: string; watch?: boolean }) => {
      const { buildCommand } = await import('./commands/build.js');
      setExit(await buildCommand(file, options, io));
    });

  addLimitOptions(program.command('lint'))
    .description('report every problem in one or more plans')
    .argument('[plans...]', 'plan files (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('-c, --config <file>', 'lint configuration (default: .planlint.yaml if present)')
    .option('--lang <lang>', 'message language: zh or en (default: the plan locale, then LANG)')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)')
    .option('--base <old>', 'the previous revision: warn on renamed task ids and deadlines moved earlier')
    .action(async (files: string[], options: { format: string; maxWarnings?: string; config?: string; lang?: string; holidays?: string; base?: string }) => {
      const { lintCommand } = await import('./commands/lint.js');
      setExit(await lintCommand(files, options, io));
    });

  addLimitOptions(program.command('ics'))
    .description('write one calendar (all units, or the named ones) to FILE or stdout')
    .argument('[plan]', 'plan file, or - for stdin', 'plan.yaml')
    .option('-u, --unit <unit...>', 'only what these units lead or support (id, name or alias)')
    .option('-o, --out <file>', 'write to FILE instead of stdout')
    .option('--todo', 'also write deadlines as VTODO (Google Calendar ignores VTODO)')
    .option('--alarm <days...>', 'reminders this many working days before each deadline')
    .option('--no-ongoing', 'leave ongoing measures out')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)')
    .action(async (file: string, options: { unit?: string[]; out?: string; todo?: boolean; alarm?: string[]; ongoing?: boolean; holidays?: string }) => {
      const { icsCommand } = await import('./commands/ics.js');
      setExit(await icsCommand(file, options, io));
    });

  program
    .command('date')
    .description('resolve one date expression (a debugging aid)')
    .argument('<expr>', 'a date expression, e.g. 10月至12月上旬')
    .option('-y, --year <year>', 'plan year for dates written without one')
    .option('--issued <date>', 'issue date: anchor for 明年, N个工作日内')
    .option('--json', 'print JSON')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)')
    .action(async (expr: string, options: { year?: string; issued?: string; json?: boolean; holidays?: string }) => {
      const { dateCommand } = await import('./commands/date.js');
      const { readHolidayFile, workCalendar } = await import('./work-calendar.js');
      setExit(dateCommand(expr, options, io, workCalendar(readHolidayFile(io, options.holidays))));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the plan file')
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExit(schemaCommand(io));
    });

  program
    .command('rules')
    .description('list the lint rules')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { rulesCommand } = await import('./commands/rules.js');
      setExit(rulesCommand(options, io));
    });

  registerDiff(program, io, setExit);
  registerInit(program, io, setExit);
  registerFmt(program, io, setExit);
  registerImport(program, io, setExit);
  registerTasks(program, io, setExit);
  // Last: it declares the help command, which commander lists after the others.
  declareEmitterFlags(program, build);
  return program;
}
