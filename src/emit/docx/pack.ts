import type { Document } from 'docx';
import { docxLibrary } from './docx-library.js';
import { pack, zip, type PackedEntry } from '../unit-lists/zip.js';
import { gongwenDocument, type GongwenShell } from './document.js';
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
  const found = (docxLibrary().Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof found?.compile !== 'function') throw new Error('the docx package no longer exposes Packer.compiler: summary.docx cannot be written with this version');
  return found as Compiler;
}

/** A document with no body, compiled once: its constant parts packed, document.xml cut where the body goes. */
interface Shell {
  readonly parts: readonly (PackedEntry | 'document' | 'core')[];
  readonly beforeBody: string;
  readonly afterBody: string;
}

const BODY_OPEN = '<w:body>';
const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

function compileShell(shell: GongwenShell): Shell {
  const parts = compiler().compile(gongwenDocument(shell), undefined, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  const documentXml = parts.get(DOCUMENT);
  const cut = typeof documentXml === 'string' ? documentXml.indexOf(BODY_OPEN) : -1;
  if (typeof documentXml !== 'string' || cut < 0) throw new Error('docx wrote a document.xml with no <w:body>');
  const encoder = new TextEncoder();
  const order: (PackedEntry | 'document' | 'core')[] = [];
  for (const [name, data] of parts) {
    const entry = name === DOCUMENT ? 'document' : name === CORE ? 'core' : pack({ name, data: typeof data === 'string' ? encoder.encode(data) : data });
    // [Content_Types].xml first: some readers (and `file`) look for it there.
    if (name === '[Content_Types].xml') order.unshift(entry);
    else order.push(entry);
  }
  return { parts: order, beforeBody: documentXml.slice(0, cut + BODY_OPEN.length), afterBody: documentXml.slice(cut + BODY_OPEN.length) };
}

// Compiling the shell costs tens of milliseconds; a build of 500 unit documents makes it once.
const shells = new Map<string, Shell>();

function shellFor(shell: GongwenShell): Shell {
  const key = JSON.stringify([shell.lang, shell.pageNumber]);
  let compiled = shells.get(key);
  if (compiled === undefined) {
    compiled = compileShell(shell);
    shells.set(key, compiled);
  }
  return compiled;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** docProps/core.xml dated `generatedAt`: docx's own holds the clock. */
function coreXml(title: string, creator: string, generatedAt: Date): string {
  const stamp = `${generatedAt.toISOString().slice(0, 19)}Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator><cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

export interface DocxContent extends GongwenShell {
  /** Shown as the file's title in Word and the file manager. */
  readonly title: string;
  /** Who the document is from. */
  readonly creator: string;
  /** The paragraphs and tables of the body as WordprocessingML (body-xml.ts), in pieces. */
  readonly body: readonly string[];
}

/**
 * UTF-8 of the pieces, one after the other, written into one buffer. Joining a 10,000-task body
 * into one string and encoding that took over a second (V8 flattens the joined string first).
 */
function encodeParts(parts: readonly string[]): Uint8Array {
  let capacity = 0;
  for (const part of parts) capacity += part.length * 3; // a UTF-16 unit never takes more than 3 bytes
  const out = Buffer.allocUnsafe(capacity);
  let length = 0;
  for (const part of parts) length += out.write(part, length, 'utf8');
  return out.subarray(0, length);
}

/** The .docx bytes of a document, dated `generatedAt` (seconds, UTC): the same content gives the same bytes. */
export function packDocx(content: DocxContent, generatedAt: Date): Uint8Array {
  const shell = shellFor(content);
  const encoder = new TextEncoder();
  return zip(
    shell.parts.map((part) =>
      part === 'document'
        ? { name: DOCUMENT, data: encodeParts([shell.beforeBody, ...content.body, shell.afterBody]) }
        : part === 'core'
          ? { name: CORE, data: encoder.encode(coreXml(content.title, content.creator, generatedAt)), store: true }
          : part,
    ),
  );
}
