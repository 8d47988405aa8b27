import { resolve } from 'node:path';
import { loadHolidayFile, type HolidayData } from '../dates/holidays/holiday-data.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { readTextFile, type Io } from './io.js';

/** Reads `--holidays FILE` (chinese-days JSON shape); a bad file is a usage error naming it. */
export function readHolidayFile(io: Io, file: string | undefined, language?: Language): HolidayData | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readTextFile(resolve(io.cwd, file));
  } catch {
    throw new UsageError(`cannot read holiday file ${file}`);
  }
  try {
    return loadHolidayFile(text, language);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}
