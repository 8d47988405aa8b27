import { execFileSync } from 'node:child_process';
import { findChromium } from '../../src/pdf/print.js';

/**
 * What the browser tests need: Chromium and poppler-utils (and whatever `more` asks for). CI
 * installs them (.ci/run) and must run the tests, so there a missing tool is an error; a
 * developer machine without them skips the tests and says why.
 */
export function browserToolsMissing(label: string, more: () => string | undefined = () => undefined): string | undefined {
  const missing = missingTools() ?? more();
  if (missing !== undefined) {
    if (process.env.CI === 'true') throw new Error(`browser tests cannot run in CI: ${missing}`);
    console.warn(`${label} skipped: ${missing}`);
  }
  return missing;
}

function missingTools(): string | undefined {
  try {
    findChromium(process.env);
  } catch (error) {
    return (error as Error).message;
  }
  for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    } catch {
      return `${tool} not found (Debian: apt-get install poppler-utils)`;
    }
  }
  return undefined;
}
