import type { MessageKey } from '../../i18n/messages.js';
import { words } from '../../i18n/words.js';
import { DecodeError, DocumentReadError, fileNamed } from './errors.js';

/**
 * Bytes of a text file → string. Plan texts arrive as UTF-8 (web copies, editors), UTF-16
 * (Windows "Unicode" text, Word's "Unicode text" export) and GB18030/GBK (Notepad's "ANSI" on a
 * Chinese Windows, WPS). The order of the tests matters:
 *  1. a byte-order mark decides (UTF-8, UTF-16 LE/BE);
 *  2. a known binary format is refused with its name (a .doc or .pdf is not text to guess at);
 *  3. UTF-16 without a mark shows itself by zero bytes in every other position (ASCII and line
 *     breaks in UTF-16 have a zero high byte; such bytes would also pass as UTF-8, hence first);
 *  4. valid UTF-8 wins: a GBK text is almost never valid UTF-8, while the reverse is common;
 *  5. GB18030 (a superset of GBK and GB2312) when it decodes without error and gives mostly
 *     Chinese — GB18030 can decode almost any byte soup, so the result is checked;
 *  6. otherwise a DecodeError that says what was tried.
 * Node 20's TextDecoder knows gb18030 and utf-16be only with full ICU, which the official
 * builds have; a Node without it gets a DecodeError naming the missing decoder, not garbage.
 */

/** Signatures of binary formats people save plans in, with the catalogue's name for each. */
const BINARY_FORMATS: readonly { readonly magic: readonly number[]; readonly name: (fileName: string) => MessageKey }[] = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: (fileName) => (/\.xls$/i.test(fileName) ? 'reading.format.xls' : /\.wps$/i.test(fileName) ? 'reading.format.wps' : 'reading.format.old-office'),
  },
  { magic: [0x25, 0x50, 0x44, 0x46], name: () => 'reading.format.pdf' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: () => 'reading.format.rtf' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: () => 'reading.format.png' },
  { magic: [0xff, 0xd8, 0xff], name: () => 'reading.format.jpeg' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: () => 'reading.format.gif' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: () => 'reading.format.tiff' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: () => 'reading.format.tiff' },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: () => 'reading.format.zip' },
  { magic: [0x52, 0x61, 0x72, 0x21], name: () => 'reading.format.rar' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], name: () => 'reading.format.7z' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Throws a DocumentReadError naming the format when the bytes are a known binary format. */
export function refuseBinary(bytes: Uint8Array, fileName = ''): void {
  const format = BINARY_FORMATS.find((f) => startsWith(bytes, f.magic));
  if (!format) return;
  const what = format.name(fileName);
  // A workbook is saved again as a workbook; anything else as a document.
  const saveAs = what === 'reading.format.xls' ? 'reading.save-as.table' : 'reading.save-as.document';
  throw new DocumentReadError(words('reading.binary', { file: fileNamed(fileName), format: words(what), saveAs: words(saveAs) }));
}

/**
 * A decoder for `encoding`, or a DecodeError when this Node has none: gb18030 and utf-16be need
 * full ICU, and a build without it should say so rather than let the file pass as garbage.
 */
function decoderFor(encoding: string, fatal: boolean, fileName: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(encoding, { fatal });
  } catch {
    throw new DecodeError(words('reading.no-decoder', { file: fileNamed(fileName), encoding }));
  }
}

/** The text, or undefined when the bytes are not valid in `encoding`. */
function decodeWith(encoding: string, bytes: Uint8Array, fileName: string): string | undefined {
  const decoder = decoderFor(encoding, true, fileName);
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Which byte of each pair is zero, when the zeros say UTF-16 without a byte-order mark. */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  // Chinese text in UTF-16 has few zero bytes (only its ASCII: digits, line breaks), but they all
  // fall on one side; binary data has them on both.
  if (oddZeros > 0 && evenZeros * 10 <= oddZeros) return 'utf-16le';
  if (evenZeros > 0 && oddZeros * 10 <= evenZeros) return 'utf-16be';
  return undefined;
}

const isCjk = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) || // unified ideographs
  (code >= 0x3400 && code <= 0x4dbf) || // extension A
  (code >= 0x3000 && code <= 0x303f) || // CJK punctuation 、。「」
  (code >= 0xff00 && code <= 0xffef) || // full-width forms （），：
  (code >= 0x2000 && code <= 0x206f) || // general punctuation “”—…
  (code >= 0x2460 && code <= 0x24ff) || // ①⑴⒈
  (code >= 0x20000 && code <= 0x3134f); // extensions B–G (GB18030's four-byte range)

/** Mostly Chinese: at least 80% of the non-ASCII characters are CJK characters or punctuation. */
function mostlyCjk(text: string): boolean {
  let cjk = 0;
  let other = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    if (isCjk(code)) cjk++;
    else other++;
  }
  return cjk > 0 && cjk >= 4 * other;
}

/** The file's text; throws DecodeError (or DocumentReadError for a binary format) when it is not text. */
export function decodeText(bytes: Uint8Array, fileName = ''): string {
  // With a byte-order mark the encoding is settled; bad sequences become U+FFFD rather than an error.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoderFor('utf-8', false, fileName).decode(bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return decoderFor('utf-16le', false, fileName).decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return decoderFor('utf-16be', false, fileName).decode(bytes);
  refuseBinary(bytes, fileName);

  // Zero bytes come before the UTF-8 test: UTF-16 text of ASCII letters is also "valid UTF-8".
  const utf16 = bytes.includes(0) ? utf16ByZeros(bytes) : undefined;
  const candidates = utf16 ? [utf16, 'utf-8'] : ['utf-8'];
  for (const encoding of candidates) {
    const text = decodeWith(encoding, bytes, fileName);
    if (text !== undefined) return text;
  }
  const gb = decodeWith('gb18030', bytes, fileName);
  if (gb !== undefined && !gb.includes('\uFFFD') && mostlyCjk(gb)) return gb;
  throw new DecodeError(words('reading.not-text', { file: fileNamed(fileName) }));
}
