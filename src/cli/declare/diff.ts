import { Option } from 'commander';
import type { DiffOptions } from '../commands/diff.js';
import { t } from '../../i18n/messages.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { configOption, holidaysOption, langOption } from './shared-options.js';

/** `plan diff OLD NEW [--format text|md|json] [--lang zh|en]`; progress: `plan diff --progress OLD NEW [PLAN]`, `plan diff PLAN --since DAY [--as-of DAY]`. */
export const declareDiff: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('diff')
    .description(t(language, 'cli.diff.description'))
    .argument('<old>', t(language, 'cli.diff.old'))
    // Optional for `plan diff PLAN --since DAY`; the command says what it needs in each form.
    .argument('[new]', t(language, 'cli.diff.new'))
    .argument('[plan]', t(language, 'diff.help.plan'))
    .addOption(new Option('-f, --format <format>', t(language, 'cli.diff.format')).choices(['text', 'md', 'json']).default('text'))
    .option('--progress', t(language, 'diff.help.progress'))
    .option('--since <day>', t(language, 'diff.help.since'))
    .option('--as-of <day>', t(language, 'cli.help.as-of'))
    .addOption(langOption(language))
    .addOption(configOption(language))
    .addOption(holidaysOption(language));
  addLimitOptions(command, language).action(async (oldFile: string, newFile: string | undefined, planFile: string | undefined, options: DiffOptions) => {
    const { diffCommand } = await import('../commands/diff.js');
    setExit(await diffCommand(oldFile, newFile, planFile, options, io));
  });
};
