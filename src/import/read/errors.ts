/**
 * The errors the document readers throw for input they cannot read. One base class, so the CLI
 * can catch every "this file is not something plan can import" case with one check and print the
 * message as it is: each message says what the file is and what to do about it.
 */
export class DocumentReadError extends Error {
  override readonly name: string = 'DocumentReadError';
}

/** A text file whose bytes are neither UTF-8, UTF-16 nor GB18030 text (see decode.ts). */
export class DecodeError extends DocumentReadError {
  override readonly name = 'DecodeError';
}
