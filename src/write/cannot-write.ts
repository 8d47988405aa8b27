import { UsageError } from '../diagnostics/errors.js';
import type { MessageKey } from '../i18n/messages.js';
import { say, WordedError, words, type Words } from '../i18n/words.js';

/**
 * A file or output folder `plan` could not write. One shape for every writer ("cannot write
 * WHAT: WHY"), and a UsageError, so the CLI prints it as one line and exits 2: a full disk or a
 * read-only folder is the user's to fix, not a bug to report. It carries its catalogue words,
 * which the CLI says in the run's language; the message is the English.
 */
export class CannotWriteError extends UsageError {
  /** The file or folder as the user named it. */
  readonly shown: string;
  /** Why, in English: a reason the catalogue knows, or the error's first line. */
  readonly reason: string;
  /** The system's error code (EACCES, ENOSPC…), when the catalogue has words for it. */
  readonly code: string | undefined;
  /** True when the previous output was left as it was (an output folder's build that failed). */
  readonly unchanged: boolean;
  constructor(shown: string, why: Words | string, details: { code?: string | undefined; unchanged?: boolean } = {}) {
    super(words(details.unchanged ? 'writing.cannot.unchanged' : 'writing.cannot', { file: shown, why }));
    this.shown = shown;
    this.reason = say('en', why);
    this.code = details.code;
    this.unchanged = details.unchanged ?? false;
  }
}

/**
 * One of plan's own reasons to refuse a write (a locked folder, a file plan did not write),
 * thrown inside a writer and turned into a CannotWriteError about the file the user named.
 */
export class WriteRefusal extends WordedError {
  override readonly name = 'WriteRefusal';
}

// The failures a user meets, by the system's error code.
const REASONS: Readonly<Record<string, MessageKey>> = {
  EACCES: 'writing.reason.permission',
  EPERM: 'writing.reason.permission',
  EROFS: 'writing.reason.read-only',
  ENOSPC: 'writing.reason.no-space',
  EDQUOT: 'writing.reason.quota',
  ENOTDIR: 'writing.reason.not-a-folder',
  EISDIR: 'writing.reason.is-folder',
  ENAMETOOLONG: 'writing.reason.name-too-long',
};

/**
 * Why `error` happened, in one line: plan's own reason, the system's when the catalogue knows
 * it, else the message's first line as the system gave it.
 */
export function reasonOf(error: unknown): Words | string {
  if (error instanceof WriteRefusal) return error.words;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return words(REASONS[code]);
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((line) => line.trim() !== '') ?? text).trim();
}

/** `error` as a CannotWriteError about `shown` (unchanged when it already is one). */
export function cannotWrite(shown: string, error: unknown, details: { unchanged?: boolean } = {}): CannotWriteError {
  if (error instanceof CannotWriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new CannotWriteError(shown, reasonOf(error), { code: code !== undefined && REASONS[code] !== undefined ? code : undefined, ...details });
}
