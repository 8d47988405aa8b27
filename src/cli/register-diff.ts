import { type Command, Option } from 'commander';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { addLimitOptions } from './limits.js';

/** `plan diff OLD NEW [--format text|md|json] [--lang zh|en]`. */
export function registerDiff(program: Command, io: Io, setExit: (code: ExitCode) => void): void {
  addLimitOptions(program.command('diff'))
    .description('list what changed between two revisions of a plan (tasks, ids, deadlines per unit, owners)')
    .argument('<old>', 'the earlier revision (- for stdin)')
    .argument('<new>', 'the later revision (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (md suits a pull-request comment)').choices(['text', 'md', 'json']).default('text'))
    .option('--lang <lang>', 'language of the report: zh or en (default: the plan locale, then LANG)')
    .option('-c, --config <file>', 'lint configuration (default: .planlint.yaml if present)')
    .option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)')
    .action(async (oldFile: string, newFile: string, options: { format: string; lang?: string; config?: string; holidays?: string }) => {
      const { diffCommand } = await import('./commands/diff.js');
      setExit(await diffCommand(oldFile, newFile, options, io));
    });
}
