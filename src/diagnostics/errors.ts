import { say, type Words } from '../i18n/words.js';

/**
 * A problem with how `plan` was called (bad flag, missing file): exit 2, one line, no stack.
 * Most are worded where they are thrown; one thrown where the reader's language is not known
 * carries its Words, which the CLI says in the run's language (the message is the English).
 */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
  /** The message as catalogue words, when it was thrown as such. */
  readonly words: Words | undefined;
  constructor(message: string | Words) {
    super(typeof message === 'string' ? message : say('en', message));
    this.words = typeof message === 'string' ? undefined : message;
  }
}

/** A bug in `plan` itself: exit 2 with a request to report it. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
