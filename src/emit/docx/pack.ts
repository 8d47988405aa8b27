import { Packer, type Document } from 'docx';
import { zip, type ZipEntry } from '../unit-lists/zip.js';
import { fontTableXml } from './fonts.js';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;

/** The part of docx's Packer that turns a document into its XML parts, synchronously. */
interface Compiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly { path: string; data: string }[]): Map<string, string | Uint8Array>;
}

/**
 * docx's Packer only hands out a Promise of the zip, and its zip carries the clock (file times,
 * and core.xml's created/modified). An emitter is synchronous and its bytes must not depend on
 * when or in which time zone it runs, so this takes the parts from the compiler Packer itself
 * uses (docx 9; package-lock pins the version, and the docx tests fail if it moves) and zips
 * them with plan's own deterministic writer (src/emit/unit-lists/zip.ts).
 */
function compiler(): Compiler {
  const found = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof found?.compile !== 'function') throw new Error('the docx package no longer exposes Packer.compiler: summary.docx cannot be written with this version');
  return found as Compiler;
}

// core.xml holds `new Date()` at the time the parts were compiled.
const CORE_DATES = /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g;

const encoder = new TextEncoder();

/** The .docx bytes of `document`, dated `generatedAt` (seconds, UTC): the same document gives the same bytes. */
export function packDocx(document: Document, generatedAt: Date): Uint8Array {
  const stamp = `${generatedAt.toISOString().slice(0, 19)}Z`;
  const parts = compiler().compile(document, undefined, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  const entries: ZipEntry[] = [];
  for (const [name, data] of parts) {
    const text = name === 'docProps/core.xml' && typeof data === 'string' ? data.replace(CORE_DATES, `$1${stamp}$3`) : data;
    const entry = { name, data: typeof text === 'string' ? encoder.encode(text) : text };
    // [Content_Types].xml first: some readers (and `file`) look for it there.
    if (name === '[Content_Types].xml') entries.unshift(entry);
    else entries.push(entry);
  }
  return zip(entries);
}
