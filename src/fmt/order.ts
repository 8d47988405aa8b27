/**
 * Canonical key order of each kind of mapping in a plan (contract order). Keys not listed keep
 * their relative order after the listed ones; `x-` extension keys always come last.
 */
export const keyOrder = {
  root: ['plan', 'units', 'phases', 'measures', 'calendar'],
  plan: ['id', 'title', 'issuer', 'docNumber', 'issued', 'year', 'period', 'timezone', 'locale', 'revision', 'todo'],
  unit: ['name', 'aliases', 'collective', 'description'],
  phase: ['id', 'title', 'when', 'detail', 'todo', 'tasks'],
  // The long `detail` goes after the short scheduling keys, so a task's who/when reads first.
  task: ['id', 'title', 'lead', 'support', 'when', 'due', 'at', 'sessions', 'repeat', 'events', 'detail', 'note', 'todo'],
  measure: ['id', 'title', 'lead', 'support', 'when', 'detail', 'note', 'todo'],
  event: ['id', 'title', 'at', 'detail'],
  calendar: ['holidays', 'workdays'],
  calendarDay: ['date', 'name'],
} as const satisfies Record<string, readonly string[]>;

export type MappingKind = keyof typeof keyOrder;

/** Sort rank of `key` in a mapping of `kind`: listed keys first, then others, then `x-` keys. */
export function rank(kind: MappingKind, key: string): number {
  const list: readonly string[] = keyOrder[kind];
  const at = list.indexOf(key);
  if (at >= 0) return at;
  return key.startsWith('x-') ? list.length + 2 : list.length + 1;
}
