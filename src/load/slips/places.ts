import type { PlanPath } from '../../diagnostics/diagnostic.js';

/**
 * The mappings of a plan whose keys are fixed by the schema (schemas/plan.schema.json; a test
 * keeps this table equal to it). `units` is not here: its keys are the user's own unit ids.
 */
export const placeKeys = {
  root: ['plan', 'units', 'phases', 'measures', 'calendar'],
  plan: ['id', 'title', 'issuer', 'docNumber', 'issued', 'year', 'period', 'timezone', 'locale', 'todo', 'revision'],
  unit: ['name', 'aliases', 'collective', 'description'],
  phase: ['id', 'title', 'when', 'todo', 'detail', 'tasks'],
  task: ['id', 'title', 'lead', 'support', 'todo', 'detail', 'when', 'due', 'at', 'sessions', 'repeat', 'events', 'note'],
  event: ['id', 'title', 'at', 'detail'],
  measure: ['id', 'title', 'lead', 'support', 'todo', 'detail', 'when'],
  calendar: ['holidays', 'workdays'],
  calendarDay: ['date', 'name'],
} as const satisfies Record<string, readonly string[]>;

export type Place = keyof typeof placeKeys;

/** Every key the schema names somewhere, for spotting `title 会议` (a key without its colon). */
export const anyPlanKey: ReadonlySet<string> = new Set(Object.values(placeKeys).flat());

/** Which kind of mapping a path leads to (`['phases', 0, 'tasks', 2]` → task), if a fixed one. */
export function placeOf(path: PlanPath): Place | undefined {
  const p = path.map((s) => (typeof s === 'number' ? '#' : s)).join('/');
  switch (p) {
    case '':
      return 'root';
    case 'plan':
      return 'plan';
    case 'phases/#':
      return 'phase';
    case 'phases/#/tasks/#':
      return 'task';
    case 'phases/#/tasks/#/events/#':
      return 'event';
    case 'measures/#':
      return 'measure';
    case 'calendar':
      return 'calendar';
    case 'calendar/holidays/#':
    case 'calendar/workdays/#':
      return 'calendarDay';
    default:
      return /^units\/[^/]+$/.test(p) ? 'unit' : undefined;
  }
}
