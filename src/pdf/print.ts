import { createRequire } from 'node:module';
import { BrowserNotFoundError, findChromium } from './browser.js';

export { BrowserNotFoundError, NO_BROWSER_HINT, findChromium } from './browser.js';

/** Printing failed after a browser was found (it crashed, timed out, or could not start). */
export class PdfError extends Error {
  override readonly name = 'PdfError';
}

export interface PdfOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** How long the page may take to load and print. */
  readonly timeoutMs?: number;
}

// Quiet, offline, throw-away profile: the flags of Chromium's own headless printing advice.
const ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Prints an HTML document to PDF with the installed Chromium. The page's own `@page` rules decide
 * the paper (A4 for the summary). playwright-core is imported here, on first use, so that no other
 * command pays for loading it. Throws BrowserNotFoundError or PdfError with a one-line message.
 */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const executablePath = findChromium(options.env);
  const timeout = options.timeoutMs ?? 60_000;
  // require, not import(): the CLI bundle is a script compiled with a code cache, where import() is unavailable.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  let browser;
  try {
    // chromiumSandbox stays at playwright's default (off): the sandbox cannot start as root in
    // containers and CI, and the page is our own escaped HTML.
    browser = await chromium.launch({ executablePath, args: ARGS, timeout });
  } catch (error) {
    throw new PdfError(`cannot start ${executablePath}: ${firstLine(error)}`);
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout });
    // Web fonts a user's template may load must be in before printing (a string: no DOM types here).
    await page.evaluate('document.fonts.ready.then(() => true)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    throw new PdfError(`printing to PDF failed: ${firstLine(error)}`);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** True when the error is one of ours, i.e. a message for the user rather than a bug. */
export function isPdfUsageError(error: unknown): error is BrowserNotFoundError | PdfError {
  return error instanceof BrowserNotFoundError || error instanceof PdfError;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright's messages carry a call log after the first line; the user needs the first.
  return (text.split('\n').find((line) => line.trim() !== '') ?? text).trim();
}
