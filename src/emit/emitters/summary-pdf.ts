import { UsageError } from '../../diagnostics/errors.js';
import { t } from '../../i18n/messages.js';
import type { AsyncEmitter, BinaryArtifact } from '../artifact.js';
import { languageOfLocale } from '../labels.js';

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
  async emit({ plan, files, env, generatedAt }) {
    const html = files?.get('summary.html')?.contents;
    if (typeof html !== 'string') throw new UsageError('--pdf needs summary.html, which this build did not produce');
    // Loaded here, not above: playwright-core costs nothing to the builds that print no PDF.
    const { htmlToPdf, isPdfUsageError, MissingGlyphsError } = await import('../../pdf/print.js');
    try {
      // The PDF's dates are the build's "now" (the plan's or SOURCE_DATE_EPOCH), never the clock.
      const environment = env ?? process.env;
      // PLAN_PDF_PACKAGED_FONT=off prints as an install that lost the font package would (for tests
      // of the no-font path, and to compare with the system fonts).
      const withoutPackagedFont = environment.PLAN_PDF_PACKAGED_FONT === 'off';
      const pdf = await htmlToPdf(html, { env: environment, date: generatedAt, withoutPackagedFont });
      return [{ path: 'summary.pdf', contents: pdf, mediaType: 'application/pdf' }];
    } catch (error) {
      // Characters that would print as boxes: said in the plan's language, with what to install.
      if (error instanceof MissingGlyphsError) {
        const language = languageOfLocale(plan.locale);
        const chars = error.missing.slice(0, 12).join('') + (error.missing.length > 12 ? '…' : '');
        const message = error.all
          ? t(language, 'print.no-cjk-font', { chars, package: '@fontsource-variable/noto-serif-sc' })
          : t(language, 'print.missing-glyphs', { chars, count: error.missing.length });
        throw new UsageError(message);
      }
      // No browser, or it failed: a one-line message naming what to install (exit 2), not a bug.
      if (isPdfUsageError(error)) throw new UsageError(error.message);
      throw error;
    }
  },
};
