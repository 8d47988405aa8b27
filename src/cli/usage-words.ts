import type { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import { CannotWriteError } from '../write/cannot-write.js';

// The system reasons src/write names (its REASONS), as the catalogue says them.
const REASONS: Readonly<Record<string, MessageKey>> = {
  EACCES: 'cli.write.permission',
  EPERM: 'cli.write.permission',
  EROFS: 'cli.write.read-only',
  ENOSPC: 'cli.write.no-space',
  EDQUOT: 'cli.write.quota',
  ENOTDIR: 'cli.write.not-a-folder',
  EISDIR: 'cli.read.is-folder',
  ENAMETOOLONG: 'cli.write.name-too-long',
};

/**
 * A usage error's one line in `language`. Most are worded where they are thrown; a file that
 * could not be written is worded by src/write in English, and said again here from its parts
 * (a reason the catalogue does not know stays as the system gave it).
 */
export function usageMessage(error: UsageError, language: Language): string {
  if (!(error instanceof CannotWriteError) || language === 'en') return error.message;
  const reason = error.code !== undefined && REASONS[error.code] ? t(language, REASONS[error.code]!) : error.reason;
  return t(language, 'cli.write.cannot', { file: error.shown, why: `${reason}${error.note ? t(language, 'cli.write.unchanged') : ''}` });
}
