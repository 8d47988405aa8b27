import type { BinaryArtifact } from '../artifact.js';
import { streamingEmitter, type StreamingEmitter } from '../streaming-emitter.js';
import { indexPlan } from '../summary/plan-index.js';
import { unitSheet } from '../unit-lists/unit-sheet.js';
import { buildUnitView } from '../unit-lists/view.js';
import { stateColumn } from '../state-column.js';
import { XLSX_MEDIA_TYPE, xlsxWorkbook } from '../unit-lists/xlsx.js';

/** Makes the emitter of `units/<id>.xlsx`: the rows of `units/<id>.csv` as a workbook that prints. */
export function createUnitXlsxEmitter(): StreamingEmitter<BinaryArtifact> {
  return streamingEmitter({
    id: 'unit-xlsx',
    description: 'One workbook per unit (units/<id>.xlsx) with the rows of its CSV, for Excel and WPS, laid out to print on A4.',
    files: ['units/<unit>.xlsx'],
    *stream({ plan, generatedAt, states }) {
      const index = indexPlan(plan);
      const progress = stateColumn(states, plan.locale, plan.year);
      for (const entry of index.units) {
        const sheet = unitSheet(buildUnitView(index, entry, generatedAt, progress), plan.locale);
        yield { path: `units/${entry.unit.id}.xlsx`, contents: xlsxWorkbook(sheet), mediaType: XLSX_MEDIA_TYPE };
      }
    },
  });
}

export const unitXlsxEmitter = createUnitXlsxEmitter();
