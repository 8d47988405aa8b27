// A reader for the binary PGM (P5) that `pdftoppm -gray` writes, and a comparison of two of them:
// enough for a screenshot test without an image library.

export interface Pgm {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

export function parsePgm(bytes: Uint8Array): Pgm {
  const header: string[] = [];
  let i = 0;
  // Magic, width, height, maxval: white-space separated, `#` comments to end of line.
  while (header.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i] ?? 0))) i++;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++;
      continue;
    }
    let token = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i] ?? 0))) token += String.fromCharCode(bytes[i++] ?? 0);
    header.push(token);
  }
  i++; // the single white-space character before the raster
  const [magic, w, h, max] = header;
  if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM: ${header.join(' ')}`);
  const width = Number(w);
  const height = Number(h);
  const pixels = bytes.subarray(i, i + width * height);
  if (pixels.length !== width * height) throw new Error('PGM raster is truncated');
  return { width, height, pixels };
}

export interface PgmDiff {
  readonly sameSize: boolean;
  /** Mean absolute grey difference, 0–255. */
  readonly meanDifference: number;
  /** Share of pixels that differ by more than a quarter of the grey range. */
  readonly changedFraction: number;
}

export function comparePgm(a: Pgm, b: Pgm): PgmDiff {
  if (a.width !== b.width || a.height !== b.height) return { sameSize: false, meanDifference: 255, changedFraction: 1 };
  let sum = 0;
  let changed = 0;
  for (let k = 0; k < a.pixels.length; k++) {
    const d = Math.abs((a.pixels[k] ?? 0) - (b.pixels[k] ?? 0));
    sum += d;
    if (d > 64) changed++;
  }
  return { sameSize: true, meanDifference: sum / a.pixels.length, changedFraction: changed / a.pixels.length };
}
