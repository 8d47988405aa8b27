import { UsageError } from '../diagnostics/errors.js';

/**
 * A file or output folder `plan` could not write. One shape for every writer ("cannot write
 * WHAT: WHY"), and a UsageError, so the CLI prints it as one line and exits 2: a full disk or a
 * read-only folder is the user's to fix, not a bug to report.
 */
export class CannotWriteError extends UsageError {
  // Kept apart as well as in the message, so the CLI can say it again in the user's language.
  /** The file or folder as the user named it. */
  readonly shown: string;
  /** Why, in the system's words (REASONS below) or the error's first line. */
  readonly reason: string;
  /** The system's error code (EACCES, ENOSPC…), when REASONS names it. */
  readonly code: string | undefined;
  /** What was left as it was, said after the reason (empty when nothing needs saying). */
  readonly note: string;
  constructor(shown: string, reason: string, details: { code?: string | undefined; note?: string } = {}) {
    super(`cannot write ${shown}: ${reason}${details.note ?? ''}`);
    this.shown = shown;
    this.reason = reason;
    this.code = details.code;
    this.note = details.note ?? '';
  }
}

// The system's words for the failures a user meets, shorter than Node's `EACCES: permission denied, open '/…'`.
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
};

/** Why `error` happened, in one line: the system's reason when it is a known one, else the message's first line. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((line) => line.trim() !== '') ?? text).trim();
}

/** `error` as a CannotWriteError about `shown` (unchanged when it already is one). */
export function cannotWrite(shown: string, error: unknown, note = ''): CannotWriteError {
  if (error instanceof CannotWriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new CannotWriteError(shown, reasonOf(error), { code: code !== undefined && REASONS[code] !== undefined ? code : undefined, note });
}
