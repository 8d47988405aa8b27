import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import { formatPlan } from '../../fmt/format.js';
import { t } from '../../i18n/messages.js';
import { writeFileAtomic } from '../../write/file.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { runLanguage } from '../language.js';
import { readPlan } from '../read-plan.js';

export interface FmtOptions {
  readonly check?: boolean;
  readonly lang?: string;
}

/**
 * `plan fmt [FILE...] [--check]`: rewrites each plan in the canonical layout (in place; `-`
 * prints stdin formatted). `--check` writes nothing and exits 1 listing the files that would
 * change, for CI. A file that is not valid YAML is reported and left alone (exit 1).
 */
export async function fmtCommand(files: readonly string[], options: FmtOptions, io: Io): Promise<ExitCode> {
  // fmt does not read the plans' locales (a file may not even parse): its words are the run's.
  const language = runLanguage(options.lang, io);
  const names = files.length > 0 ? files : ['plan.yaml'];
  if (names.filter((f) => f === '-').length > 1) throw new UsageError(t(language, 'cli.fmt.stdin-once'));
  const inputs = await Promise.all(names.map((f) => readPlan(f, io, undefined, language)));
  let exit: ExitCode = 0;
  const unformatted: string[] = [];
  for (const input of inputs) {
    const result = formatPlan(input.text);
    if (result.errors.length > 0) {
      io.stderr.write(`${t(language, 'cli.fmt.does-not-parse', { file: input.path, detail: result.errors[0]! })}\n`);
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
    io.stderr.write(`plan: ${t(language, 'cli.fmt.unformatted', { count: unformatted.length })}\n`);
    exit = 1;
  }
  return exit;
}
