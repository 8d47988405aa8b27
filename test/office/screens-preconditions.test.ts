import { describe, expect, it, vi } from 'vitest';
import { readGreyPng, writeGreyPng } from './grey-png.js';
import { screensMissing } from './office-pages.js';
import { comparePages, withinTolerance } from './page-compare.js';
import { testFontsMissing } from './test-fonts.js';

// The parts of the LibreOffice page baselines that need no LibreOffice: what happens without the
// test fonts, and the picture files and comparison on made-up pages.

describe('the office page baselines without their fonts', () => {
  const absent = testFontsMissing([{ path: '/nonexistent/NotoSerifCJK-Regular.ttc', debianPackage: 'fonts-noto-cjk' }]);

  it('names the missing file and the Debian package that brings it', () => {
    expect(absent).toBe('the office test fonts are missing (NotoSerifCJK-Regular.ttc; Debian: apt-get install fonts-noto-cjk)');
  });

  it('fail in CI, where the fonts are installed by .ci/run', () => {
    vi.stubEnv('CI', 'true');
    expect(() => screensMissing('label', absent)).toThrow(/label: the office test fonts are missing .*CI must compare the LibreOffice pages/);
    vi.unstubAllEnvs();
  });

  it("skip on a developer's machine, saying why", () => {
    vi.stubEnv('CI', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(screensMissing('label', absent)).toBe(absent);
    expect(warn).toHaveBeenCalledWith(`label: page baselines skipped: ${absent}`);
    vi.unstubAllEnvs();
  });
});

describe('grey pictures and their comparison', () => {
  const page = (draw: (x: number, y: number) => number, width = 120, height = 80) => ({
    width,
    height,
    pixels: Uint8Array.from({ length: width * height }, (_, k) => draw(k % width, Math.floor(k / width))),
  });
  // Dark "text" lines two pixels tall every ten pixels, inside a margin.
  const lines = (shift = 0) => page((x, y) => (x > 10 && x < 110 && (y + shift) % 10 < 2 ? 30 : 255));

  it('write and read back a PNG unchanged', () => {
    const picture = page((x, y) => (x * 7 + y * 13) % 256);
    expect(readGreyPng(writeGreyPng(picture))).toEqual(picture);
  });

  it('pass a page moved by one pixel, fail one moved by five or with a block of lines gone', () => {
    expect(withinTolerance(comparePages(lines(), lines(1)))).toBe(true);
    expect(withinTolerance(comparePages(lines(), lines(5)))).toBe(false);
    const gone = page((x, y) => (x > 10 && x < 110 && y % 10 < 2 && !(y >= 20 && y < 40 && x < 40) ? 30 : 255));
    const difference = comparePages(lines(), gone);
    expect(difference.page).toBeLessThan(0.02);
    expect(withinTolerance(difference)).toBe(false);
  });

  it('fail a page of another size', () => {
    expect(comparePages(lines(), page(() => 255, 80, 120)).sameSize).toBe(false);
  });
});
