import { editDistance } from '../text/edit-distance.js';

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
