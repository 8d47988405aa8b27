import { accessSync, constants } from 'node:fs';

/** What to tell a user who has no browser: the Debian package, and the variable that overrides the search. */
export const NO_BROWSER_HINT =
  'no Chromium found for --pdf: install it (Debian/Ubuntu: apt-get install chromium) or set PLAN_CHROMIUM to a Chromium or Chrome executable';

// Where distributions and vendors put the browser. We never download one: a PDF is an optional
// extra and a 150 MB download behind a flag would surprise people in an office network.
const CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** A browser was asked for and none can be used; the message is one line for the user. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to print with: PLAN_CHROMIUM when set (and then only it, so a typo is reported
 * rather than silently replaced), else the first of the usual install locations.
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: (path: string) => boolean = executable,
): string {
  const chosen = env.PLAN_CHROMIUM;
  if (chosen !== undefined && chosen !== '') {
    if (!isExecutable(chosen)) throw new BrowserNotFoundError(`PLAN_CHROMIUM=${chosen} is not an executable file`);
    return chosen;
  }
  const found = CANDIDATES.find(isExecutable);
  if (found === undefined) throw new BrowserNotFoundError(NO_BROWSER_HINT);
  return found;
}
