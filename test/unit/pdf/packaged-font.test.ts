import { describe, expect, it } from 'vitest';
import { fontFaceCss, packagedSlices, parseUnicodeRange, slicesFor } from '../../../src/pdf/packaged-font.js';

describe('the CJK font plan carries for printing', () => {
  const slices = packagedSlices();

  it('is installed, in slices that together cover common Chinese', () => {
    expect(slices.length).toBeGreaterThan(90);
    for (const ch of '斜塘街道解放思想大讨论活动实施方案，（）') {
      const p = ch.codePointAt(0) ?? 0;
      expect(slices.some((s) => s.ranges.some(([lo, hi]) => p >= lo && p <= hi)), ch).toBe(true);
    }
  });

  it('reads unicode-range lists', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3002')).toEqual([
      [0x4e00, 0x4e0f],
      [0x3002, 0x3002],
    ]);
  });

  it('takes only the slices a text needs', () => {
    const few = slicesFor('斜塘', slices);
    expect(few.length).toBeGreaterThanOrEqual(1);
    expect(few.length).toBeLessThanOrEqual(2);
    expect(slicesFor('', slices)).toEqual([]);
  });

  it('inlines them as woff2 data: URLs under the family the templates name first', () => {
    const css = fontFaceCss('斜塘');
    expect(css).toMatch(/^@font-face\{font-family:"plan-cjk-serif";/);
    expect(css).toContain('src:url(data:font/woff2;base64,d09GMg');
    expect(css).toMatch(/unicode-range:U\+[0-9a-f]/);
  });
});
