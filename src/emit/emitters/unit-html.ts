import { streamingEmitter } from '../streaming-emitter.js';
import type { Emitter, TextArtifact } from '../artifact.js';
import { cssString } from '../escape.js';
import { indexPlan } from '../summary/plan-index.js';
import { loadTemplates } from '../templates.js';
import { buildUnitView } from '../unit-lists/view.js';
import { stateColumn } from '../state-column.js';
import { pageCounter } from './summary-html.js';

export interface UnitHtmlOptions {
  /** A folder of user templates, instead of the context's `templatesDir`; missing ones fall back to the package's. */
  readonly templatesDir?: string;
}

/** Makes the emitter of `units/<id>.html`: each unit's task list as a printable A4 page. */
export function createUnitHtmlEmitter(options: UnitHtmlOptions = {}): Emitter<TextArtifact> {
  return streamingEmitter({
    id: 'unit-html',
    description: 'One printable A4 task list per unit (units/<id>.html), due dates first.',
    files: ['units/<unit>.html'],
    *stream({ plan, generatedAt, templatesDir, states }) {
      const templates = loadTemplates(options.templatesDir ?? templatesDir);
      const index = indexPlan(plan);
      const progress = stateColumn(states, plan.locale, plan.year);
      const footer = pageCounter(index.labels);
      for (const entry of index.units) {
        const view = buildUnitView(index, entry, generatedAt, progress);
        const print = { header: cssString(`${view.heading} · ${plan.title}`), footer };
        yield { path: `units/${entry.unit.id}.html`, contents: templates.render('unit-tasks.html', { ...view, print }), mediaType: 'text/html' };
      }
    },
  });
}

export const unitHtmlEmitter: Emitter<TextArtifact> = createUnitHtmlEmitter();
