import { createRequire } from 'node:module';
import { BrowserNotFoundError, findChromium } from './browser.js';
import { fixPdfMetadata } from './fixed-metadata.js';
import { FIND_MISSING_GLYPHS } from './glyph-check.js';
import type { GlyphCheck } from './glyph-check.js';
import { fontFaceCss, PackagedFontMissingError } from './packaged-font.js';

export { BrowserNotFoundError, NO_BROWSER_HINT, findChromium } from './browser.js';

/** Printing failed after a browser was found (it crashed, timed out, or could not start). */
export class PdfError extends Error {
  override readonly name: string = 'PdfError';
}

/**
 * Some Han characters of the page have no font and would print as empty boxes, so no PDF was made.
 * `all` when none has a font (no Chinese font at all); the caller words it in the user's language.
 */
export class MissingGlyphsError extends PdfError {
  override readonly name: string = 'MissingGlyphsError';
  readonly missing: readonly string[];
  readonly all: boolean;
  /** Why the packaged font was not used, when it was not. */
  readonly packagedFontProblem: string | undefined;
  constructor(missing: readonly string[], all: boolean, packagedFontProblem: string | undefined) {
    super(`${missing.length} characters have no font and would print as boxes: ${missing.slice(0, 20).join('')}`);
    this.missing = missing;
    this.all = all;
    this.packagedFontProblem = packagedFontProblem;
  }
}

export interface PdfOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** How long the page may take to load and print. */
  readonly timeoutMs?: number;
  /** Written as the PDF's creation and modification date instead of the clock, for reproducible bytes. */
  readonly date?: Date;
  /** Tests only: print without the packaged font, as an install that lost it would. */
  readonly withoutPackagedFont?: boolean;
}

/**
 * The page with the packaged CJK font's faces (only the slices its characters need) added to its
 * head, so printing does not depend on the fonts of the machine. When the package cannot be read
 * the page is printed as it is and the glyph check decides whether system fonts suffice.
 */
function withPackagedFont(html: string, skip: boolean): { html: string; problem?: string } {
  if (skip) return { html, problem: 'left out on request' };
  let css: string;
  try {
    css = fontFaceCss(html);
  } catch (error) {
    if (error instanceof PackagedFontMissingError) return { html, problem: error.message };
    throw error;
  }
  const style = `<style>\n${css}\n</style>\n`;
  const at = html.search(/<\/head>/i);
  return { html: at < 0 ? style + html : html.slice(0, at) + style + html.slice(at) };
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
    const prepared = withPackagedFont(html, options.withoutPackagedFont === true);
    await page.setContent(prepared.html, { waitUntil: 'load', timeout });
    // Fonts must be in before printing, and every Han character must have one: Chromium would
    // print boxes without a word.
    const check = (await page.evaluate(FIND_MISSING_GLYPHS)) as GlyphCheck;
    if (check.missing.length > 0) throw new MissingGlyphsError(check.missing, check.missing.length === check.total, prepared.problem);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' });
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    return options.date ? fixPdfMetadata(bytes, options.date) : bytes;
  } catch (error) {
    if (error instanceof PdfError) throw error;
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
