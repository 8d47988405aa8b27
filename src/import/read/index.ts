import type { Block } from '../blocks.js';
import { readCsv } from './csv.js';
import { decodeText, refuseBinary } from './decode.js';
import { readDocx } from './docx.js';
import { words } from '../../i18n/words.js';
import { detailOf, DocumentReadError, fileNamed } from './errors.js';
import { textToBlocks } from './text-blocks.js';
import { readXlsx } from './xlsx.js';
import { isZip, zipEntryNames } from './zip.js';

/**
 * The document readers' entry point: a file's bytes → blocks. The content decides before the
 * name does (a .docx renamed .txt is still read as a .docx): a zip archive is looked into
 * (word/document.xml → Word, xl/workbook.xml → Excel); otherwise .csv/.tsv by extension, and
 * everything else is decoded as text. Unreadable input throws DocumentReadError (DecodeError
 * for text in an unknown encoding), whose words name the file and say what to do.
 * Synchronous: every reader is; callers may still await the result.
 */

export { readCsv, guessDelimiter, parseCsv, type Delimiter } from './csv.js';
export { decodeText, refuseBinary } from './decode.js';
export { readDocx } from './docx.js';
export { DecodeError, DocumentReadError } from './errors.js';
export { textToBlocks } from './text-blocks.js';
export { readXlsx } from './xlsx.js';

export function readDocument(bytes: Uint8Array, fileName: string): Block[] {
  if (isZip(bytes)) {
    let entries: Set<string>;
    try {
      entries = new Set(zipEntryNames(bytes));
    } catch (error) {
      throw new DocumentReadError(words('reading.damaged-zip', { file: fileNamed(fileName), detail: detailOf(error) }));
    }
    const withName = (error: unknown): never => {
      if (error instanceof DocumentReadError) throw new DocumentReadError(words('reading.in-file', { file: fileNamed(fileName), why: error.words }));
      throw error;
    };
    if (entries.has('word/document.xml')) {
      try {
        return readDocx(bytes);
      } catch (error) {
        return withName(error);
      }
    }
    if (entries.has('xl/workbook.xml')) {
      try {
        return readXlsx(bytes);
      } catch (error) {
        return withName(error);
      }
    }
    const kind = entries.has('content.xml') ? 'reading.zip.odf' : entries.has('ppt/presentation.xml') ? 'reading.zip.pptx' : 'reading.zip.other';
    throw new DocumentReadError(words('reading.zip.unsupported', { file: fileNamed(fileName), kind: words(kind) }));
  }
  if (/\.(docx|xlsx)$/i.test(fileName)) {
    // Not a zip: an old binary file renamed, or a damaged download. Name the format when it is known.
    refuseBinary(bytes, fileName);
    throw new DocumentReadError(words('reading.not-zip', { file: fileNamed(fileName), extension: fileName.slice(fileName.lastIndexOf('.')) }));
  }
  const text = decodeText(bytes, fileName);
  if (/\.csv$/i.test(fileName)) return tableOrNothing(readCsv(text, ','));
  if (/\.tsv$/i.test(fileName)) return tableOrNothing(readCsv(text, '\t'));
  return textToBlocks(text);
}

const tableOrNothing = (table: ReturnType<typeof readCsv>): Block[] => (table.rows.length > 0 ? [table] : []);
