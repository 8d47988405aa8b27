import type { BuildOptions } from '../commands/build.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { configOption, holidaysOption, localeOption, planArgument } from './shared-options.js';

/** `plan build [PLAN] [-o DIR]`; the emitters' own flags (--todo, --pdf, …) are added by emitter-flags.ts. */
export const declareBuild: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('build')
    .description('validate, then write plan.json, calendars, unit task lists and summaries into DIR')
    .addArgument(planArgument())
    .option('-o, --out <dir>', 'output folder', 'out')
    .addOption(configOption())
    .addOption(holidaysOption())
    .option('--templates <dir>', 'your own templates (summary.html.eta, summary.md.eta, unit-tasks.md.eta, unit-tasks.html.eta)')
    .option('--base <file>', 'the previous revision: calendars raise SEQUENCE only for changed events and cancel removed ones')
    .option('--watch', 'rebuild when the plan, templates, holidays or config change')
    .addOption(localeOption());
  addLimitOptions(command).action(async (file: string, options: BuildOptions) => {
    const { buildCommand } = await import('../commands/build.js');
    setExit(await buildCommand(file, options, io));
  });
};
