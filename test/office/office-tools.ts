import { spawnSync } from 'node:child_process';

/**
 * What the office tests need: LibreOffice and poppler-utils. CI installs them (.ci/run) and must
 * run the tests, so there a missing tool is an error; a developer machine without them skips the
 * tests and says why.
 */
export function officeToolsMissing(label: string): string | undefined {
  const missing = missingTools();
  if (missing !== undefined) {
    if (process.env.CI) throw new Error(`office tests cannot run in CI: ${missing}`);
    console.warn(`${label} skipped: ${missing}`);
  }
  return missing;
}

function missingTools(): string | undefined {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) return 'soffice not found (Debian: apt-get install libreoffice-writer-nogui)';
  for (const tool of ['pdfinfo', 'pdftotext']) {
    if (spawnSync(tool, ['-v'], { stdio: 'ignore' }).error) return `${tool} not found (Debian: apt-get install poppler-utils)`;
  }
  return undefined;
}
