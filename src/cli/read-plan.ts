import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { defaultLimits } from '../limits.js';
import { decodeUtf8, type Io } from './io.js';

export interface PlanInput {
  /** Shown in diagnostics: the path as given, or `<stdin>`. */
  readonly path: string;
  readonly text: string;
}

function tooLarge(name: string, maxBytes: number): UsageError {
  return new UsageError(`${name} is larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
}

/**
 * Reads a plan named on the command line (`-` is stdin). A missing file, or one past the size
 * limit, is a usage error; the size is checked before reading so a huge file costs nothing.
 */
export async function readPlan(arg: string | undefined, io: Io, maxBytes = defaultLimits.maxBytes): Promise<PlanInput> {
  const given = arg ?? 'plan.yaml';
  if (given === '-') {
    const text = await io.readStdin(maxBytes + 1);
    if (text.length > maxBytes) throw tooLarge('standard input', maxBytes);
    return { path: '<stdin>', text };
  }
  const file = resolve(io.cwd, given);
  try {
    const size = statSync(file).size;
    if (size > maxBytes) throw tooLarge(given, maxBytes);
    const bytes = Buffer.alloc(size);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, bytes, 0, size, 0);
    } finally {
      closeSync(fd);
    }
    return { path: given, text: decodeUtf8(bytes) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new UsageError(`cannot read ${given}: ${why}${arg === undefined ? ' (name a plan file, or run in a folder with plan.yaml)' : ''}`);
  }
}
