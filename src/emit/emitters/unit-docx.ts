import type { BinaryArtifact } from '../artifact.js';
import { DOCX_MEDIA_TYPE } from '../docx/pack.js';
import { unitDocx } from '../docx/unit-document.js';
import { streamingEmitter, type StreamingEmitter } from '../streaming-emitter.js';
import { indexPlan } from '../summary/plan-index.js';
import { buildUnitView } from '../unit-lists/view.js';
import { stateColumn } from '../state-column.js';

/** Makes the emitter of `units/<id>.docx`: each unit's tasks as a Word document to print and file. */
export function createUnitDocxEmitter(): StreamingEmitter<BinaryArtifact> {
  return streamingEmitter({
    id: 'unit-docx',
    description: 'One Word document per unit (units/<id>.docx): its task list as a table, laid out like the plan (GB/T 9704).',
    files: ['units/<unit>.docx'],
    // Off unless asked for: the Word library's load and the documents cost a default build of
    // 10,000 tasks about half again its time (README, Performance).
    optIn: { flags: '--docx', description: 'also write summary.docx and units/<unit>.docx (Word, laid out as GB/T 9704)' },
    *stream({ plan, generatedAt, states }) {
      const index = indexPlan(plan);
      const progress = stateColumn(states, plan.locale, plan.year);
      for (const entry of index.units) {
        const contents = unitDocx(buildUnitView(index, entry, generatedAt, progress), generatedAt, plan.locale);
        yield { path: `units/${entry.unit.id}.docx`, contents, mediaType: DOCX_MEDIA_TYPE };
      }
    },
  });
}

export const unitDocxEmitter = createUnitDocxEmitter();
