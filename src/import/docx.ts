import { createRequire } from 'node:module';

/**
 * .docx → plain text, one paragraph a line, with mammoth (a small, long-kept reader of Word's
 * document.xml). Numbering that Word generates (automatic lists) is not in the text: a document
 * that numbers its items that way imports as unnumbered paragraphs, which the TODOs then show.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  // require, not import(): the CLI bundle is a script compiled with a code cache, where import() is unavailable.
  const mammoth = createRequire(import.meta.url)('mammoth') as typeof import('mammoth');
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // mammoth ends every paragraph with a blank line; one line per paragraph is what the reader wants.
  return result.value.replace(/\n\n/g, '\n');
}
