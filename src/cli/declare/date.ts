import type { DateOptions } from '../commands/date.js';
import { t } from '../../i18n/messages.js';
import type { DeclareCommand } from './declare-command.js';
import { holidaysOption, langOption } from './shared-options.js';

/** `plan date EXPR [--year Y] [--issued D] [--json]`. */
export const declareDate: DeclareCommand = (program, io, setExit, language = 'en') => {
  program
    .command('date')
    .description(t(language, 'cli.date.description'))
    .argument('<expr>', t(language, 'cli.date.expr'))
    .option('-y, --year <year>', t(language, 'cli.date.year'))
    .option('--issued <date>', t(language, 'cli.date.issued'))
    .option('--json', t(language, 'cli.opt.json'))
    .addOption(holidaysOption(language))
    .addOption(langOption(language))
    .action(async (expr: string, options: DateOptions & { holidays?: string }) => {
      const { dateCommand, dateLanguage } = await import('../commands/date.js');
      const [{ readHolidayFile }, { workCalendar }] = await Promise.all([import('../work-calendar.js'), import('../../dates/holidays/plan-calendar.js')]);
      setExit(dateCommand(expr, options, io, workCalendar(readHolidayFile(io, options.holidays, dateLanguage(options, io)))));
    });
};
