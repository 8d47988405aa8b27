import type { TaskComponents } from './model.js';

/**
 * Identity guard: UIDs come from ids only; should two ever coincide, the later one is told apart
 * rather than silently overwriting the first in every client. Applied alike to a revision and to
 * its base, so the same plan gives the same UIDs both times.
 */
export function withUniqueUids(tasks: readonly TaskComponents[]): TaskComponents[] {
  const seen = new Set<string>();
  return tasks.map((t) => ({
    ...t,
    components: t.components.map((c) => {
      let uid = c.uid;
      for (let n = 2; seen.has(uid); n++) uid = c.uid.replace('@', `-${n}@`);
      seen.add(uid);
      return uid === c.uid ? c : { ...c, uid };
    }),
  }));
}
