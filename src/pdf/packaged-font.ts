import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The CJK font that travels with plan, so a PDF printed on a server without Chinese fonts shows
 * characters rather than boxes: Noto Serif SC (SIL OFL 1.1) from @fontsource-variable/noto-serif-sc.
 * The package cuts the font into ~100 woff2 slices by unicode-range; one variable file per slice
 * holds every weight, so headings (bold) and body text (regular) need the same files.
 */
export const PACKAGED_FONT_FAMILY = 'plan-cjk-serif';

const PACKAGE_CSS = '@fontsource-variable/noto-serif-sc/index.css';

/** One slice of the packaged font: its file and the code points it covers. */
export interface FontSlice {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** The packaged font could not be read (a broken or pruned install). */
export class PackagedFontMissingError extends Error {
  override readonly name = 'PackagedFontMissingError';
}

/** Reads the slices from the package's own stylesheet, so a new package version needs no change here. */
export function readSlices(css: string, folder: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const url = /src:\s*url\(([^)]+)\)/.exec(block)?.[1]?.replace(/^['"]|['"]$/g, '');
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (url === undefined || range === undefined) continue;
    slices.push({ file: join(folder, url), ranges: parseUnicodeRange(range) });
  }
  return slices;
}

/** `U+4e00-4e0f,U+3002` → [[0x4e00, 0x4e0f], [0x3002, 0x3002]] (wildcards like U+4?? are not used by the package). */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '', 16);
    return [start, to === undefined ? start : parseInt(to, 16)];
  });
}

/** The slices that hold at least one character of `text`: the rest would never be used. */
export function slicesFor(text: string, slices: readonly FontSlice[]): FontSlice[] {
  const used = new Set<number>();
  for (const ch of text) used.add(ch.codePointAt(0) ?? 0);
  const points = [...used].sort((a, b) => a - b);
  return slices.filter((s) => s.ranges.some(([lo, hi]) => (points[firstAtLeast(points, lo)] ?? Infinity) <= hi));
}

/** Index of the first of the sorted `points` that is >= `value` (points.length when none is). */
function firstAtLeast(points: readonly number[], value: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The installed package's slices; throws PackagedFontMissingError when the package is not there. */
export function packagedSlices(): FontSlice[] {
  let cssPath: string;
  try {
    cssPath = createRequire(import.meta.url).resolve(PACKAGE_CSS);
  } catch {
    throw new PackagedFontMissingError(`${PACKAGE_CSS} is not installed`);
  }
  return readSlices(readFileSync(cssPath, 'utf8'), dirname(cssPath));
}

/**
 * `@font-face` rules for the slices `text` needs, each file inlined as a data: URL: the page is
 * printed from memory (setContent), where no relative file URL resolves. Chromium then embeds only
 * the glyphs it drew, so the PDF grows by the characters used, not by these slices.
 */
export function fontFaceCss(text: string, slices: readonly FontSlice[] = packagedSlices()): string {
  return slicesFor(text, slices)
    .map((slice) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(slice.file);
      } catch {
        throw new PackagedFontMissingError(`${slice.file} cannot be read`);
      }
      const range = slice.ranges.map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(',');
      return `@font-face{font-family:"${PACKAGED_FONT_FAMILY}";font-style:normal;font-weight:200 900;font-display:block;src:url(data:font/woff2;base64,${bytes.toString('base64')}) format("woff2");unicode-range:${range};}`;
    })
    .join('\n');
}

const hex = (n: number): string => n.toString(16);
