import { WordedError, type Words } from '../../i18n/words.js';

/**
 * The errors the document readers throw for input they cannot read. One base class, so the CLI
 * can catch every "this file is not something plan can import" case with one check. Each carries
 * its catalogue words (what the file is and what to do about it), which the CLI says in the run's
 * language; the message is the English.
 */
export class DocumentReadError extends WordedError {
  override readonly name: string = 'DocumentReadError';
}

/** A text file whose bytes are neither UTF-8, UTF-16 nor GB18030 text (see decode.ts). */
export class DecodeError extends DocumentReadError {
  override readonly name = 'DecodeError';
}

/** Why a part failed, for a message around it: a reader's own words, else the library's (the unzipper's, the XML parser's). */
export function detailOf(error: unknown): Words | string {
  return error instanceof DocumentReadError ? error.words : error instanceof Error ? error.message : String(error);
}

/** The file as a message names it: its name, or "the file" when it has none (stdin). */
export function fileNamed(fileName: string): Words | string {
  return fileName || { key: 'reading.the-file' };
}
