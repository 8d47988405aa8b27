import { Option } from 'commander';
import type { DiffOptions } from '../commands/diff.js';
import { t } from '../../i18n/messages.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { configOption, holidaysOption, langOption } from './shared-options.js';

/** `plan diff OLD NEW [--format text|md|json] [--lang zh|en]`. */
export const declareDiff: DeclareCommand = (program, io, setExit, language = 'en') => {
  const command = program
    .command('diff')
    .description(t(language, 'cli.diff.description'))
    .argument('<old>', t(language, 'cli.diff.old'))
    .argument('<new>', t(language, 'cli.diff.new'))
    .addOption(new Option('-f, --format <format>', t(language, 'cli.diff.format')).choices(['text', 'md', 'json']).default('text'))
    .addOption(langOption(language))
    .addOption(configOption(language))
    .addOption(holidaysOption(language));
  addLimitOptions(command, language).action(async (oldFile: string, newFile: string, options: DiffOptions) => {
    const { diffCommand } = await import('../commands/diff.js');
    setExit(await diffCommand(oldFile, newFile, options, io));
  });
};
