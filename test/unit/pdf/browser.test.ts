import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, NO_BROWSER_HINT, findChromium, isPdfUsageError } from '../../../src/pdf/print.js';

describe('findChromium', () => {
  it('takes PLAN_CHROMIUM first and reports it by name when it is not executable', () => {
    expect(findChromium({ PLAN_CHROMIUM: '/opt/c' }, (p) => p === '/opt/c')).toBe('/opt/c');
    expect(() => findChromium({ PLAN_CHROMIUM: '/nope/chrome' }, (p) => p === '/usr/bin/chromium')).toThrow(/^PLAN_CHROMIUM=\/nope\/chrome is not an executable file$/);
  });

  it("falls back to Debian's chromium, then other usual places", () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium' || p === '/usr/bin/google-chrome')).toBe('/usr/bin/chromium');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  it('names the Debian package to install when there is no browser, in one line', () => {
    let error: unknown;
    try {
      findChromium({}, () => false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(isPdfUsageError(error)).toBe(true);
    expect((error as Error).message).toBe(NO_BROWSER_HINT);
    expect(NO_BROWSER_HINT).toContain('apt-get install chromium');
    expect(NO_BROWSER_HINT).not.toContain('\n');
  });
});
