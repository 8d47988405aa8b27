// How many columns the task table may use: what the user said, else the terminal's own width,
// else 80, the width every terminal opens at (a file or a pipe has no width of its own).
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';

export const DEFAULT_WIDTH = 80;
/** Below this even one field a line cannot be read. */
export const MIN_WIDTH = 20;

/** What is asked of the output stream: Node's stdout has `columns` when it is a terminal. */
export interface SizedStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export function terminalWidth(given: string | undefined, stream: SizedStream, language: Language): number {
  if (given !== undefined) {
    const n = /^\d{1,6}$/.test(given) ? Number(given) : NaN;
    if (!(n >= MIN_WIDTH)) throw new UsageError(t(language, 'tasks.error.width', { min: MIN_WIDTH, given: `'${given}'` }));
    return n;
  }
  const columns = stream.isTTY === true ? stream.columns : undefined;
  // A terminal reporting 0 columns (some CI pseudo-terminals) has not told us its width.
  return columns !== undefined && columns > 0 ? Math.max(MIN_WIDTH, columns) : DEFAULT_WIDTH;
}
