import { Option } from 'commander';
import { t } from '../../i18n/messages.js';
import { DEFAULT_HORIZON_DAYS, DEFAULT_STALE_DAYS } from '../../progress/report-model.js';
import type { ReportOptions } from '../commands/report.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { holidaysOption, langOption } from './shared-options.js';

/** `plan report PLAN... [--as-of DAY] [--format terminal|md|json|html|docx|xlsx] [-o FILE] [--stale-days N] [--horizon N]`. */
export const declareReport: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('report')
    .description(t(language, 'report.help.description'))
    .argument('[plans...]', t(language, 'report.help.plans'))
    .option('--as-of <day>', t(language, 'cli.help.as-of'))
    // Written out, not taken from REPORT_FORMATS: that would load the renderers' module at start-up.
    .addOption(new Option('-f, --format <format>', t(language, 'report.help.format')).choices(['terminal', 'md', 'json', 'html', 'docx', 'xlsx']).default('terminal'))
    .option('-o, --out <file>', t(language, 'report.help.out'))
    .option('--stale-days <n>', t(language, 'report.help.stale-days', { days: DEFAULT_STALE_DAYS }))
    .option('--horizon <n>', t(language, 'report.help.horizon', { days: DEFAULT_HORIZON_DAYS }))
    .option('-w, --width <n>', t(language, 'report.help.width'))
    .option('--progress <path>', t(language, 'cli.help.progress'), (path: string, before: string[] = []) => [...before, path])
    .option('--no-progress', t(language, 'cli.help.no-progress'))
    .addOption(langOption(language))
    .addOption(holidaysOption(language));
  addLimitOptions(command, language).action(async (files: string[], options: ReportOptions) => {
    const { reportCommand } = await import('../commands/report.js');
    setExit(await reportCommand(files, options, io));
  });
};
