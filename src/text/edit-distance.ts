/**
 * Edit distance over code points (one hanzi is one edit), counting a swap of two neighbours
 * as one edit, since `titel` for `title` is the commonest typo of all.
 *
 * Three rolling rows of numbers, reused between calls: the date resolver runs this for every
 * keyword against every window of a misspelt wording, so it must not allocate a matrix per call.
 */
let before = new Int32Array(0);
let previous = new Int32Array(0);
let current = new Int32Array(0);

function codePoints(text: string): string | string[] {
  // Most wordings are BMP-only: index the string itself, split only when a surrogate pair is in it.
  return /[\uD800-\uDFFF]/.test(text) ? [...text] : text;
}

export function editDistance(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  const width = y.length + 1;
  if (previous.length < width) {
    before = new Int32Array(width);
    previous = new Int32Array(width);
    current = new Int32Array(width);
  }
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[y.length]!;
}
