import { resolve } from 'node:path';
import { loadHolidayFile, type HolidayData } from '../dates/holidays/holiday-data.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { readTextFile, type Io } from './io.js';
import { runLanguage } from './language.js';

/** Reads `--holidays FILE` (chinese-days JSON shape); a bad file is a usage error naming it. */
export function readHolidayFile(io: Io, file: string | undefined, language: Language = runLanguage(undefined, io)): HolidayData | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readTextFile(resolve(io.cwd, file));
  } catch {
    throw new UsageError(t(language, 'cli.read.holidays', { file }));
  }
  try {
    return loadHolidayFile(text, language);
  } catch (error) {
    // The holiday data's own sentence says what is wrong in the file.
    throw new UsageError(t(language, 'cli.read.holidays-invalid', { file, detail: (error as Error).message }));
  }
}
