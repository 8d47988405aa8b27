import type { Artifact, Emitter } from '../artifact.js';
import { streamingEmitter } from '../streaming-emitter.js';
import { indexPlan } from '../summary/plan-index.js';
import { loadTemplates } from '../templates.js';
import { buildUnitView } from '../unit-lists/view.js';
import { unitHtmlFile } from './unit-html.js';
import { unitListFiles, type UnitListsOptions } from './unit-lists.js';
import { pageCounter } from './summary-html.js';
import { unitXlsxFile } from './unit-xlsx.js';

/**
 * Every per-unit file (`units/<id>.md`, `.csv`, `.html`, `.xlsx`) in one pass over the units:
 * each unit's view is built once and serves all four, where the separate emitters would build
 * it three times. `plan build` uses this one; the separate emitters stay for callers that want
 * one kind of file. The files are the same either way.
 */
export function createUnitFilesEmitter(options: UnitListsOptions = {}): Emitter {
  return streamingEmitter<Artifact>({
    id: 'unit-files',
    description: 'Every unit file: task lists (.md, .csv), printable page (.html), workbook (.xlsx).',
    *stream({ plan, generatedAt }) {
      const templates = loadTemplates(options.templatesDir);
      const index = indexPlan(plan);
      const footer = pageCounter(index.labels);
      for (const entry of index.units) {
        const view = buildUnitView(index, entry, generatedAt);
        yield* unitListFiles(templates, view, options);
        yield unitHtmlFile(templates, view, footer);
        yield unitXlsxFile(view);
      }
    },
  });
}
