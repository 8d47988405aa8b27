import { Option } from 'commander';
import type { LintOptions } from '../commands/lint.js';
import { t } from '../../i18n/messages.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { configOption, holidaysOption, langOption } from './shared-options.js';

/** `plan lint PLAN... [--format …] [--max-warnings N] [--base OLD] [--progress PATH]... [--no-progress] [--as-of DAY]`. */
export const declareLint: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('lint')
    .description(t(language, 'cli.lint.description'))
    .argument('[plans...]', t(language, 'cli.arg.plans'))
    .addOption(new Option('-f, --format <format>', t(language, 'cli.opt.format')).choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--max-warnings <n>', t(language, 'cli.lint.max-warnings'))
    .addOption(configOption(language))
    .addOption(langOption(language))
    .addOption(holidaysOption(language))
    .option('--base <old>', t(language, 'cli.lint.base'))
    .option('--fix', t(language, 'slips.help.fix'))
    .option('--progress <path>', t(language, 'cli.help.progress'), (path: string, given: string[] | undefined) => [...(given ?? []), path])
    .option('--no-progress', t(language, 'cli.help.no-progress'))
    .option('--as-of <day>', t(language, 'cli.help.as-of'));
  addLimitOptions(command, language).action(async (files: string[], options: LintOptions) => {
    const { lintCommand } = await import('../commands/lint.js');
    setExit(await lintCommand(files, options, io));
  });
};
