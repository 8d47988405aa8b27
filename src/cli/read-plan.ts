import { resolve } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { readTextFile, type Io } from './io.js';

export interface PlanInput {
  /** Shown in diagnostics: the path as given, or `<stdin>`. */
  readonly path: string;
  readonly text: string;
}

/** Reads a plan named on the command line (`-` is stdin); a missing file is a usage error. */
export async function readPlan(arg: string | undefined, io: Io): Promise<PlanInput> {
  const given = arg ?? 'plan.yaml';
  if (given === '-') return { path: '<stdin>', text: await io.readStdin() };
  try {
    return { path: given, text: readTextFile(resolve(io.cwd, given)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new UsageError(`cannot read ${given}: ${why}${arg === undefined ? ' (name a plan file, or run in a folder with plan.yaml)' : ''}`);
  }
}
