import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import { formatPlan } from '../../fmt/format.js';
import { writeFileAtomic } from '../../write/file.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { readPlan } from '../read-plan.js';

export interface FmtOptions {
  readonly check?: boolean;
}

/**
 * `plan fmt [FILE...] [--check]`: rewrites each plan in the canonical layout (in place; `-`
 * prints stdin formatted). `--check` writes nothing and exits 1 listing the files that would
 * change, for CI. A file that is not valid YAML is reported and left alone (exit 1).
 */
export async function fmtCommand(files: readonly string[], options: FmtOptions, io: Io): Promise<ExitCode> {
  const names = files.length > 0 ? files : ['plan.yaml'];
  if (names.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be named only once');
  const inputs = await Promise.all(names.map((f) => readPlan(f, io)));
  let exit: ExitCode = 0;
  const unformatted: string[] = [];
  for (const input of inputs) {
    const result = formatPlan(input.text);
    if (result.errors.length > 0) {
      io.stderr.write(`${input.path}: not formatted, the YAML does not parse: ${result.errors[0]} (run plan lint for details)\n`);
      exit = 1;
      continue;
    }
    if (input.path === '<stdin>') {
      if (!options.check) io.stdout.write(result.text);
      else if (result.changed) unformatted.push(input.path);
      continue;
    }
    if (!result.changed) continue;
    if (options.check) unformatted.push(input.path);
    else {
      writeFileAtomic(resolve(io.cwd, input.path), result.text, { shown: input.path });
      io.stdout.write(`${input.path}\n`);
    }
  }
  if (unformatted.length > 0) {
    io.stdout.write(unformatted.map((f) => `${f}\n`).join(''));
    io.stderr.write(`plan: ${unformatted.length} file(s) not in the canonical layout; run plan fmt to fix\n`);
    exit = 1;
  }
  return exit;
}
