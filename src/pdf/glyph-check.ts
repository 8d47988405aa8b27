/**
 * A script run in the page before printing: which Han characters of the document would print as
 * empty boxes. Each distinct character is drawn on a canvas in the body's fonts and compared with
 * an unassigned code point (U+0378), which no font has and so always draws as the missing-glyph
 * box (or nothing); a character drawn the same way has no font either. Headless Chromium draws
 * boxes silently, so this is the only way to notice. A string, not a function: no DOM types here.
 */
export const FIND_MISSING_GLYPHS = `(async () => {
  await document.fonts.ready;
  const han = /[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}]/u;
  const chars = [...new Set(Array.from(document.body.innerText + document.title).filter((c) => han.test(c)))];
  if (chars.length === 0) return { total: 0, missing: [] };
  const family = getComputedStyle(document.body).fontFamily;
  // Rejects when a face cannot be used (Chromium on a machine with no font at all refuses web
  // fonts too); the drawing below then shows boxes and says so.
  await document.fonts.load('40px ' + family, chars.join('')).catch(() => undefined);
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.font = '40px ' + family;
  const draw = (c) => {
    ctx.clearRect(0, 0, 48, 48);
    ctx.fillText(c, 4, 40);
    return ctx.getImageData(0, 0, 48, 48).data.join(',');
  };
  const box = draw('\\u0378');
  return { total: chars.length, missing: chars.filter((c) => draw(c) === box) };
})()`;

export interface GlyphCheck {
  /** Distinct Han characters in the document. */
  readonly total: number;
  /** Those that no font can draw. */
  readonly missing: readonly string[];
}
