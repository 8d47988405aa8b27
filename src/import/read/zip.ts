import { createRequire } from 'node:module';
import type * as Fflate from 'fflate';

/**
 * .docx and .xlsx files are zip archives of XML parts. fflate unzips them synchronously and
 * decompresses only the parts asked for (a .docx full of images costs nothing extra).
 * It is loaded with require when a zip is first read, not at start-up: the CLI bundle keeps it
 * external (see src/build/bundle.ts) and only `plan import` needs it.
 */
let fflate: typeof Fflate | undefined;
const load = (): typeof Fflate => (fflate ??= createRequire(import.meta.url)('fflate') as typeof Fflate);

/** True when the bytes start like a zip archive (local file header "PK\3\4"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The names of the files in the archive, without decompressing any of them. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  load().unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  return names;
}

/**
 * The named parts as text (UTF-8, the encoding Word and Excel write XML in); a part that is not
 * in the archive is absent from the result. Throws (fflate's error) when the archive is damaged.
 */
export function readZipTexts(bytes: Uint8Array, names: Iterable<string>): Map<string, string> {
  const wanted = new Set(names);
  const files = load().unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}
