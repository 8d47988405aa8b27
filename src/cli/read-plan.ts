import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { defaultLimits } from '../limits.js';
import { decodeUtf8, type Io } from './io.js';
import { runLanguage } from './language.js';

export interface PlanInput {
  /** Shown in diagnostics: the path as given, or `<stdin>`. */
  readonly path: string;
  readonly text: string;
}

function tooLarge(name: string, maxBytes: number, language: Language): UsageError {
  return new UsageError(t(language, 'cli.read.too-large', { file: name, max: maxBytes }));
}

/** Why a file could not be read, in the user's words rather than Node's (`ENOENT: no such file…`). */
export function whyUnreadable(error: unknown, language: Language): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t(language, 'cli.read.no-such-file');
  if (code === 'EISDIR') return t(language, 'cli.read.is-folder');
  if (code === 'EACCES' || code === 'EPERM') return t(language, 'cli.read.permission');
  return String((error as Error).message);
}

/**
 * Reads a plan named on the command line (`-` is stdin). A missing file, or one past the size
 * limit, is a usage error; the size is checked before reading so a huge file costs nothing.
 */
export async function readPlan(arg: string | undefined, io: Io, maxBytes = defaultLimits.maxBytes, language: Language = runLanguage(undefined, io)): Promise<PlanInput> {
  const given = arg ?? 'plan.yaml';
  if (given === '-') {
    const text = await io.readStdin(maxBytes + 1);
    if (text.length > maxBytes) throw tooLarge(t(language, 'cli.read.stdin'), maxBytes, language);
    return { path: '<stdin>', text };
  }
  const file = resolve(io.cwd, given);
  try {
    const size = statSync(file).size;
    if (size > maxBytes) throw tooLarge(given, maxBytes, language);
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
    // With no file named, say how `plan` found the one it looked for.
    throw new UsageError(t(language, arg === undefined ? 'cli.read.cannot-default' : 'cli.read.cannot', { file: given, why: whyUnreadable(error, language) }));
  }
}
