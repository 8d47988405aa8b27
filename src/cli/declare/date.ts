import type { DateOptions } from '../commands/date.js';
import { dates as en } from '../../i18n/catalogue/en/dates.js';
import { dates as zh } from '../../i18n/catalogue/zh/dates.js';
import { languageOfEnv } from '../../i18n/language.js';
import type { DeclareCommand } from './declare-command.js';
import { holidaysOption } from './shared-options.js';

/**
 * `plan date EXPR [--year Y] [--issued D] [--json] [--lang L]`. The help is read before --lang is,
 * so it follows the environment (LANG); only the dates area is loaded, not the whole catalogue,
 * since every command is declared at start-up.
 */
export const declareDate: DeclareCommand = (program, io, setExit) => {
  const words = languageOfEnv(io.env) === 'zh' ? zh : en;
  program
    .command('date')
    .description(words['dates.cli.description'])
    .argument('<expr>', words['dates.cli.argument'])
    .option('-y, --year <year>', words['dates.cli.option.year'])
    .option('--issued <date>', words['dates.cli.option.issued'])
    .option('--json', words['dates.cli.option.json'])
    .option('--lang <lang>', words['dates.cli.option.lang'])
    .addOption(holidaysOption())
    .action(async (expr: string, options: DateOptions & { holidays?: string }) => {
      const { dateCommand, dateLanguage } = await import('../commands/date.js');
      const [{ readHolidayFile }, { workCalendar }] = await Promise.all([import('../work-calendar.js'), import('../../dates/holidays/plan-calendar.js')]);
      setExit(dateCommand(expr, options, io, workCalendar(readHolidayFile(io, options.holidays, dateLanguage(options, io)))));
    });
};
