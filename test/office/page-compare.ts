import type { GreyImage } from './grey-png.js';

// Compares a printed page with its baseline so that anti-aliasing noise passes and a layout
// change fails. Pages are drawn at 50 dpi, where one pixel is half a millimetre.
//
// A pixel is "unexplained" when its grey lies more than GREY_TOLERANCE outside the range of greys
// around the same place (3×3 pixels) in the other picture, looked at both ways. A glyph drawn a
// fraction of a pixel to one side, or with a different edge smoothing, stays inside that range;
// ink where the other page is blank, blank where it has ink, a box where it has a character does not.
// Then the page is cut into tiles of 1 cm square: a layout change concentrates in a few tiles
// (a lost header row leaves 30% of a tile unexplained and under 1% of the page), noise spreads thin.
//
// The limits were set by measurement on the 斜塘 pages, and the office tests keep both sides
// honest (test/office/docx-libreoffice.test.ts, test/browser/unit-xlsx-print.test.ts): the same
// document drawn again differs by nothing at all; glyphs shifted by ⅓ or ⅔ pixel leave at most
// 1.1% of a page and 9% of a tile unexplained (the .xlsx's small print is the worst); a lost
// column, boxes for glyphs, the pages pushed by one or the header row lost leave 30–45% of the
// worst tile (the lost header row only 0.8% of the page).

export const DPI = 50;
const GREY_TOLERANCE = 40;
const TILE = 20;
/** Share of one tile's pixels that may be unexplained. */
export const TILE_LIMIT = 0.15;
/** Share of the page's pixels that may be unexplained. */
export const PAGE_LIMIT = 0.02;

export interface PageDifference {
  readonly sameSize: boolean;
  /** Share of the page's pixels that are unexplained. */
  readonly page: number;
  /** The worst tile's share, and where it is, in millimetres from the top left corner. */
  readonly worstTile: number;
  readonly worstAtMm: { readonly x: number; readonly y: number };
  /** The unexplained pixels in black on white, to look at when a comparison fails. */
  readonly map: GreyImage;
}

export function comparePages(baseline: GreyImage, actual: GreyImage): PageDifference {
  const { width, height } = baseline;
  const map = new Uint8Array(width * height).fill(255);
  if (actual.width !== width || actual.height !== height) {
    return { sameSize: false, page: 1, worstTile: 1, worstAtMm: { x: 0, y: 0 }, map: { width, height, pixels: map } };
  }
  markUnexplained(baseline, actual, map);
  markUnexplained(actual, baseline, map);
  let total = 0;
  let worstTile = 0;
  let worstAt = { x: 0, y: 0 };
  for (let top = 0; top < height; top += TILE) {
    for (let left = 0; left < width; left += TILE) {
      let count = 0;
      let size = 0;
      for (let y = top; y < Math.min(height, top + TILE); y++) {
        for (let x = left; x < Math.min(width, left + TILE); x++) {
          size++;
          if (map[y * width + x] === 0) count++;
        }
      }
      total += count;
      if (count / size > worstTile) {
        worstTile = count / size;
        worstAt = { x: left, y: top };
      }
    }
  }
  const mm = (pixels: number): number => Math.round((pixels / DPI) * 25.4);
  return { sameSize: true, page: total / (width * height), worstTile, worstAtMm: { x: mm(worstAt.x), y: mm(worstAt.y) }, map: { width, height, pixels: map } };
}

export const withinTolerance = (difference: PageDifference): boolean =>
  difference.sameSize && difference.page <= PAGE_LIMIT && difference.worstTile <= TILE_LIMIT;

/** Marks (0) each pixel of `one` whose grey is too far outside the greys of `other` around it. */
function markUnexplained(one: GreyImage, other: GreyImage, map: Uint8Array): void {
  const { width, height } = one;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let low = 255;
      let high = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = y + dy;
        if (row < 0 || row >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const column = x + dx;
          if (column < 0 || column >= width) continue;
          const grey = other.pixels[row * width + column] ?? 255;
          if (grey < low) low = grey;
          if (grey > high) high = grey;
        }
      }
      const grey = one.pixels[y * width + x] ?? 255;
      const distance = grey < low ? low - grey : grey > high ? grey - high : 0;
      if (distance > GREY_TOLERANCE) map[y * width + x] = 0;
    }
  }
}

/**
 * Box-filters an image drawn at three times the resolution down to one pixel in three, starting
 * `shiftX`/`shiftY` fine pixels in: the same page with every glyph moved by a third of a pixel,
 * which is what a different rounding of text positions does to anti-aliased edges.
 */
export function shrinkThird(fine: GreyImage, shiftX: number, shiftY: number, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < 3; dy++) {
        for (let dx = 0; dx < 3; dx++) sum += fine.pixels[Math.min(fine.height - 1, y * 3 + shiftY + dy) * fine.width + Math.min(fine.width - 1, x * 3 + shiftX + dx)] ?? 255;
      }
      pixels[y * width + x] = Math.round(sum / 9);
    }
  }
  return { width, height, pixels };
}
