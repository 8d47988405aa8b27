import type { Block } from '../blocks.js';
import { readCsv } from './csv.js';
import { decodeText, refuseBinary } from './decode.js';
import { readDocx } from './docx.js';
import { DocumentReadError } from './errors.js';
import { textToBlocks } from './text-blocks.js';
import { readXlsx } from './xlsx.js';
import { isZip, zipEntryNames } from './zip.js';

/**
 * The document readers' entry point: a file's bytes → blocks. The content decides before the
 * name does (a .docx renamed .txt is still read as a .docx): a zip archive is looked into
 * (word/document.xml → Word, xl/workbook.xml → Excel); otherwise .csv/.tsv by extension, and
 * everything else is decoded as text. Unreadable input throws DocumentReadError (DecodeError
 * for text in an unknown encoding), whose message is meant for the user as it stands.
 * Synchronous: every reader is; callers may still await the result.
 */

export { readCsv, guessDelimiter, parseCsv, type Delimiter } from './csv.js';
export { decodeText, refuseBinary } from './decode.js';
export { readDocx } from './docx.js';
export { DecodeError, DocumentReadError } from './errors.js';
export { textToBlocks } from './text-blocks.js';
export { readXlsx } from './xlsx.js';

const name = (fileName: string) => fileName || 'the file';

export function readDocument(bytes: Uint8Array, fileName: string): Block[] {
  if (isZip(bytes)) {
    let entries: Set<string>;
    try {
      entries = new Set(zipEntryNames(bytes));
    } catch (error) {
      throw new DocumentReadError(`${name(fileName)} is a damaged zip archive (${(error as Error).message}); if it is a .docx, open it in Word or WPS and save it again`);
    }
    const withName = (error: unknown): never => {
      if (error instanceof DocumentReadError) throw new DocumentReadError(`${name(fileName)}: ${error.message}`);
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
    const kind = entries.has('content.xml') ? 'an OpenDocument file (.odt/.ods)' : entries.has('ppt/presentation.xml') ? 'a PowerPoint presentation' : 'a zip archive, not a .docx or .xlsx';
    throw new DocumentReadError(`${name(fileName)} is ${kind}: save it as .docx, .xlsx or plain text`);
  }
  if (/\.(docx|xlsx)$/i.test(fileName)) {
    // Not a zip: an old binary file renamed, or a damaged download. Name the format when it is known.
    refuseBinary(bytes, fileName);
    throw new DocumentReadError(`${name(fileName)} is not a readable ${fileName.slice(fileName.lastIndexOf('.'))} file (it is not a zip archive); open it in Word, Excel or WPS and save it again`);
  }
  const text = decodeText(bytes, fileName);
  if (/\.csv$/i.test(fileName)) return tableOrNothing(readCsv(text, ','));
  if (/\.tsv$/i.test(fileName)) return tableOrNothing(readCsv(text, '\t'));
  return textToBlocks(text);
}

const tableOrNothing = (table: ReturnType<typeof readCsv>): Block[] => (table.rows.length > 0 ? [table] : []);
