import { createRequire } from 'node:module';
import type * as Docx from 'docx';

let docx: typeof Docx | undefined;

/**
 * The docx package, required on first use: `plan build` without `--docx` never loads it (it is
 * a third of the CLI bundle's size, and the bundle keeps it external for that reason).
 */
export function docxLibrary(): typeof Docx {
  return (docx ??= createRequire(import.meta.url)('docx') as typeof Docx);
}
