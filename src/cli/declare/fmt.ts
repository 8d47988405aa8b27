import type { FmtOptions } from '../commands/fmt.js';
import type { DeclareCommand } from './declare-command.js';

/** `plan fmt [FILE...] [--check]`. */
export const declareFmt: DeclareCommand = (program, io, setExit) => {
  program
    .command('fmt')
    .description('rewrite plans in the canonical layout (key order, indentation), keeping comments')
    .argument('[plans...]', 'plan files (default plan.yaml; - prints stdin formatted)')
    .option('--check', 'write nothing; exit 1 listing the files that would change (for CI)')
    .action(async (files: string[], options: FmtOptions) => {
      const { fmtCommand } = await import('../commands/fmt.js');
      setExit(await fmtCommand(files, options, io));
    });
};
