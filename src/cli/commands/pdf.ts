import { UsageError } from '../../diagnostics/errors.js';
import type { Io } from '../io.js';

/** `summary.pdf` as an output file, written with the others (atomically, and listed in the manifest). */
export interface PdfArtifact {
  readonly path: 'summary.pdf';
  readonly contents: Uint8Array;
  readonly mediaType: 'application/pdf';
}

// playwright-core is loaded by src/pdf/print.ts only when one of these runs: `--pdf` costs
// nothing to the builds that do not ask for it.

async function asUsageError<T>(work: () => Promise<T>): Promise<T> {
  const { isPdfUsageError } = await import('../../pdf/print.js');
  try {
    return await work();
  } catch (error) {
    if (isPdfUsageError(error)) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * `plan build --pdf`: prints the `summary.html` artifact to a `summary.pdf`
 * artifact before anything is written, so a missing browser leaves the previous output untouched.
 * Throws UsageError (exit 2) with a one-line message naming the Debian package when no browser.
 */
export async function summaryPdfArtifact(artifacts: readonly { path: string; contents: string | Uint8Array }[], io: Io): Promise<PdfArtifact> {
  const html = artifacts.find((a) => a.path === 'summary.html')?.contents;
  if (typeof html !== 'string') throw new UsageError('--pdf needs summary.html, which this build did not produce');
  const { htmlToPdf } = await import('../../pdf/print.js');
  const contents = await asUsageError(() => htmlToPdf(html, { env: io.env }));
  return { path: 'summary.pdf', contents, mediaType: 'application/pdf' };
}
