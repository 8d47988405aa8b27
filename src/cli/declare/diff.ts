import { Option } from 'commander';
import type { DiffOptions } from '../commands/diff.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { configOption, holidaysOption } from './shared-options.js';

/** `plan diff OLD NEW [--format text|md|json] [--lang zh|en]`. */
export const declareDiff: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('diff')
    .description('list what changed between two revisions of a plan (tasks, ids, deadlines per unit, owners)')
    .argument('<old>', 'the earlier revision (- for stdin)')
    .argument('<new>', 'the later revision (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (md suits a pull-request comment)').choices(['text', 'md', 'json']).default('text'))
    .option('--lang <lang>', 'language of the report: zh or en (default: the plan locale, then LANG)')
    .addOption(configOption())
    .addOption(holidaysOption());
  addLimitOptions(command).action(async (oldFile: string, newFile: string, options: DiffOptions) => {
    const { diffCommand } = await import('../commands/diff.js');
    setExit(await diffCommand(oldFile, newFile, options, io));
  });
};
