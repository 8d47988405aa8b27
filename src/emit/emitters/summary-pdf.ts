import { UsageError } from '../../diagnostics/errors.js';
import type { AsyncEmitter, BinaryArtifact } from '../artifact.js';

/**
 * `summary.pdf`: summary.html printed by the installed Chromium. Opt-in (`--pdf`): it needs a
 * browser, which plan never downloads, and takes seconds. It runs after summary.html is made and
 * before anything is written, so a missing browser leaves the previous output as it was.
 */
export const summaryPdfEmitter: AsyncEmitter<BinaryArtifact> = {
  id: 'summary-pdf',
  description: 'The printable summary as an A4 PDF, printed by the installed Chromium.',
  files: ['summary.pdf'],
  optIn: { flags: '--pdf', description: 'also print summary.pdf with the installed Chromium (Debian: apt-get install chromium)' },
  needs: { files: ['summary.html'] },
  async: true,
  async emit({ files, env }) {
    const html = files?.get('summary.html')?.contents;
    if (typeof html !== 'string') throw new UsageError('--pdf needs summary.html, which this build did not produce');
    // Loaded here, not above: playwright-core costs nothing to the builds that print no PDF.
    const { htmlToPdf, isPdfUsageError } = await import('../../pdf/print.js');
    try {
      return [{ path: 'summary.pdf', contents: await htmlToPdf(html, { env: env ?? process.env }), mediaType: 'application/pdf' }];
    } catch (error) {
      // No browser, or it failed: a one-line message naming what to install (exit 2), not a bug.
      if (isPdfUsageError(error)) throw new UsageError(error.message);
      throw error;
    }
  },
};
