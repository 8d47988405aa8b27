import type { DateOptions } from '../commands/date.js';
import type { DeclareCommand } from './declare-command.js';
import { holidaysOption } from './shared-options.js';

/** `plan date EXPR [--year Y] [--issued D] [--json]`. */
export const declareDate: DeclareCommand = (program, io, setExit) => {
  program
    .command('date')
    .description('resolve one date expression (a debugging aid)')
    .argument('<expr>', 'a date expression, e.g. 10月至12月上旬')
    .option('-y, --year <year>', 'plan year for dates written without one')
    .option('--issued <date>', 'issue date: anchor for 明年, N个工作日内')
    .option('--json', 'print JSON')
    .addOption(holidaysOption())
    .action(async (expr: string, options: DateOptions & { holidays?: string }) => {
      const { dateCommand } = await import('../commands/date.js');
      const [{ readHolidayFile }, { workCalendar }] = await Promise.all([import('../work-calendar.js'), import('../../dates/holidays/plan-calendar.js')]);
      setExit(dateCommand(expr, options, io, workCalendar(readHolidayFile(io, options.holidays))));
    });
};
