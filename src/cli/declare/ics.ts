import type { IcsOptions } from '../commands/ics.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';

/** `plan ics PLAN [--unit U]... [-o FILE]`. */
export const declareIcs: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('ics')
    .description('write one calendar (all units, or the named ones) to FILE or stdout')
    .argument('[plan]', 'plan file, or - for stdin', 'plan.yaml')
    .option('-u, --unit <unit...>', 'only what these units lead or support (id, name or alias)')
    .option('-o, --out <file>', 'write to FILE instead of stdout')
    .option('--todo', 'also write deadlines as VTODO (Google Calendar ignores VTODO)')
    .option('--alarm <days...>', 'reminders this many working days before each deadline')
    .option('--no-ongoing', 'leave ongoing measures out')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)');
  addLimitOptions(command).action(async (file: string, options: IcsOptions) => {
    const { icsCommand } = await import('../commands/ics.js');
    setExit(await icsCommand(file, options, io));
  });
};
