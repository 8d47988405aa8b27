/**
 * Edit distance over code points (one hanzi is one edit), counting a swap of two neighbours
 * as one edit, since `titel` for `title` is the commonest typo of all.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = [Array.from({ length: y.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[x.length]![y.length]!;
}

/**
 * The closest candidates to `input`, best first: near edits, plus candidates that contain the
 * input or are contained in it (宣传 → 宣传条线). Empty when nothing is plausibly meant.
 */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string[] {
  const length = [...input].length;
  const limit = Math.max(1, Math.floor(length / 3));
  const scored: { candidate: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate) || candidate === input) continue;
    seen.add(candidate);
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    const contains = input.length >= 2 && (candidate.includes(input) || input.includes(candidate));
    if (distance <= limit || contains) scored.push({ candidate, score: contains ? Math.min(distance, limit) : distance });
  }
  scored.sort((p, q) => p.score - q.score || (p.candidate < q.candidate ? -1 : 1));
  return scored.slice(0, max).map((s) => s.candidate);
}
