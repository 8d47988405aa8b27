import { Option } from 'commander';
import type { IcsOptions } from '../commands/ics.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { alarmOption, holidaysOption, noOngoingOption, planArgument, todoOption } from './shared-options.js';

/** `plan ics PLAN [--unit U]... [-o FILE]`. */
export const declareIcs: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('ics')
    .description('write one calendar (all units, or the named ones) to FILE or stdout')
    .addArgument(planArgument())
    .option('-u, --unit <unit...>', 'only what these units lead or support (id, name or alias)')
    .option('-o, --out <file>', 'write to FILE instead of stdout')
    .addOption(new Option('--split <dir>', 'write one calendar object per UID into DIR (for uploading to a CalDAV server)').conflicts('out'))
    .option('--base <file>', 'the previous revision: SEQUENCE rises only for changed events, removed ones are written as cancelled')
    .addOption(todoOption())
    .addOption(alarmOption())
    .addOption(noOngoingOption())
    .addOption(holidaysOption());
  addLimitOptions(command).action(async (file: string, options: IcsOptions) => {
    const { icsCommand } = await import('../commands/ics.js');
    setExit(await icsCommand(file, options, io));
  });
};
