import { streamingEmitter } from '../streaming-emitter.js';
import type { Emitter, TextArtifact } from '../artifact.js';
import { escapeMarkdownCell } from '../escape.js';
import { indexPlan } from '../summary/plan-index.js';
import { loadTemplates } from '../templates.js';
import { unitCsv } from '../unit-lists/csv.js';
import { buildUnitView } from '../unit-lists/view.js';
import { stateColumn } from '../state-column.js';

export interface UnitListsOptions {
  /** A folder of user templates, instead of the context's `templatesDir`; missing ones fall back to the package's. */
  readonly templatesDir?: string;
  /** Also write `units/<id>.csv` (default true). */
  readonly csv?: boolean;
}

/** Makes the per-unit task list emitter (`units/<id>.md` and `.csv`) with non-default options. */
export function createUnitListsEmitter(options: UnitListsOptions = {}): Emitter<TextArtifact> {
  return streamingEmitter({
    id: 'unit-lists',
    description: 'One task list per unit: what it leads, what it supports, dated events, ongoing measures.',
    files: options.csv ?? true ? ['units/<unit>.md', 'units/<unit>.csv'] : ['units/<unit>.md'],
    *stream({ plan, generatedAt, templatesDir, states }) {
      const templates = loadTemplates(options.templatesDir ?? templatesDir);
      // The index groups tasks by unit in one pass, so this loop is O(units + task references).
      const index = indexPlan(plan);
      const progress = stateColumn(states, plan.locale, plan.year);
      for (const entry of index.units) {
        const view = buildUnitView(index, entry, generatedAt, progress);
        const base = `units/${entry.unit.id}`;
        yield { path: `${base}.md`, contents: templates.render('unit-tasks.md', { ...view, cell: escapeMarkdownCell }), mediaType: 'text/markdown' };
        if (options.csv ?? true) yield { path: `${base}.csv`, contents: unitCsv(view), mediaType: 'text/csv' };
      }
    },
  });
}

/** `units/<id>.md` and `units/<id>.csv` for every unit, with the package's templates. */
export const unitListsEmitter: Emitter<TextArtifact> = createUnitListsEmitter();
