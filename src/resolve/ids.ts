import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';

/**
 * Records ids and reports the second use of one. Phases, tasks and measures share one
 * namespace because calendar UIDs are built from them; event ids are per task.
 */
export class IdRegistry {
  private readonly seen = new Map<string, PlanPath>();
  private readonly diagnostics: Diagnostic[];
  private readonly what: string;

  constructor(diagnostics: Diagnostic[], what: string) {
    // Plain fields rather than parameter properties: the sources stay erasable TypeScript.
    this.diagnostics = diagnostics;
    this.what = what;
  }

  claim(id: string, path: PlanPath): void {
    const first = this.seen.get(id);
    if (!first) {
      this.seen.set(id, path);
      return;
    }
    this.diagnostics.push({
      code: 'duplicate-id',
      stage: 'resolve',
      severity: 'error',
      path: [...path, 'id'],
      message: `The id '${id}' is already used by another ${this.what}; ids must be unique because calendar events are identified by them.`,
      related: [{ message: 'first used here', path: [...first, 'id'] }],
    });
  }
}
