import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';

/**
 * Records ids and reports the second use of one. Phases, tasks and measures share one
 * namespace because calendar UIDs are built from them; event ids are per task.
 */
export class IdRegistry {
  private readonly seen = new Map<string, PlanPath>();
  private readonly diagnostics: Diagnostic[];
  private readonly what: 'entity' | 'event';
  private readonly language: Language;

  /** `entity`: phases, tasks and measures (one namespace); `event`: the events of one task. */
  constructor(diagnostics: Diagnostic[], what: 'entity' | 'event', language: Language = 'en') {
    // Plain fields rather than parameter properties: the sources stay erasable TypeScript.
    this.diagnostics = diagnostics;
    this.what = what;
    this.language = language;
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
      message: t(this.language, this.what === 'entity' ? 'duplicate-id.entity' : 'duplicate-id.event', { id }),
      related: [{ message: t(this.language, 'related.first-used'), path: [...first, 'id'] }],
    });
  }
}
