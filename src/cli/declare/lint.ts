import { Option } from 'commander';
import type { LintOptions } from '../commands/lint.js';
import { addLimitOptions } from '../limits.js';
import type { DeclareCommand } from './declare-command.js';
import { configOption, holidaysOption } from './shared-options.js';

/** `plan lint PLAN... [--format …] [--max-warnings N] [--base OLD] [--fix]`. */
export const declareLint: DeclareCommand = (program, io, setExit) => {
  const command = program
    .command('lint')
    .description('report every problem in one or more plans')
    .argument('[plans...]', 'plan files (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .addOption(configOption())
    .option('--lang <lang>', 'message language: zh or en (default: the plan locale, then LANG)')
    .addOption(holidaysOption())
    .option('--base <old>', 'the previous revision: warn on renamed task ids and deadlines moved earlier')
    .option('--fix', 'repair typing slips (full-width colons, spaces and dashes, tabs) and lay the file out as plan fmt does');
  addLimitOptions(command).action(async (files: string[], options: LintOptions) => {
    const { lintCommand } = await import('../commands/lint.js');
    setExit(await lintCommand(files, options, io));
  });
};
