import { editDistance } from '../text/edit-distance.js';
import type { Task } from '../model/plan.js';

/** 1 for equal titles, 0 for nothing in common: edit distance over the longer title's length. */
export function titleSimilarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  const longest = Math.max([...x].length, [...y].length);
  if (longest === 0) return 1;
  return 1 - editDistance(x, y) / longest;
}

// Punctuation and spacing differ between drafts (, vs ,) without changing the task.
function normalise(title: string): string {
  return title.normalize('NFKC').replace(/[\s\p{P}]/gu, '').toLowerCase();
}

/** Below this, two titles name different tasks (a third of the title rewritten). */
export const RENAME_THRESHOLD = 0.66;

export interface IdRename {
  readonly before: Task;
  readonly after: Task;
  readonly similarity: number;
}

/**
 * Pairs a removed id with an added id in the same phase (or both measures) whose titles are the
 * same or nearly so: the author renamed the id, the task itself stayed. Best pairs first, so
 * one removed task never claims two added ones.
 */
export function matchRenamedIds(removed: readonly Task[], added: readonly Task[]): IdRename[] {
  const candidates: IdRename[] = [];
  for (const before of removed) {
    for (const after of added) {
      if ((before.phaseId ?? '') !== (after.phaseId ?? '') || before.kind !== after.kind) continue;
      const similarity = titleSimilarity(before.title, after.title);
      if (similarity >= RENAME_THRESHOLD) candidates.push({ before, after, similarity });
    }
  }
  candidates.sort((p, q) => q.similarity - p.similarity || cmp(p.before.id, q.before.id) || cmp(p.after.id, q.after.id));
  const used = new Set<Task>();
  const pairs: IdRename[] = [];
  for (const c of candidates) {
    if (used.has(c.before) || used.has(c.after)) continue;
    used.add(c.before);
    used.add(c.after);
    pairs.push(c);
  }
  return pairs;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
