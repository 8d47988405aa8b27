import { officeToolsMissing as toolsAbsent } from './office-pages.js';

/**
 * What the office tests need: LibreOffice and poppler-utils. CI installs them (.ci/run) and must
 * run the tests, so there a missing tool is an error; a developer machine without them skips the
 * tests and says why.
 */
export function officeToolsMissing(label: string): string | undefined {
  const missing = toolsAbsent();
  if (missing !== undefined) {
    if (process.env.CI) throw new Error(`office tests cannot run in CI: ${missing}`);
    console.warn(`${label} skipped: ${missing}`);
  }
  return missing;
}
