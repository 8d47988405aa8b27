import { codePointWidth } from '../../text/display-width.js';
import type { BinaryArtifact } from '../artifact.js';
import { streamingEmitter, type StreamingEmitter } from '../streaming-emitter.js';
import { indexPlan } from '../summary/plan-index.js';
import { unitTable } from '../unit-lists/rows.js';
import { buildUnitView } from '../unit-lists/view.js';
import { XLSX_MEDIA_TYPE, xlsxWorkbook } from '../unit-lists/xlsx.js';

/**
 * Display width in spreadsheet characters of the longest line of `text`: CJK and other wide
 * characters count two (src/text/display-width.ts). One pass, no splitting: it runs on every
 * cell of every workbook.
 */
export function longestLineWidth(text: string): number {
  let longest = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c === 10) {
      if (n > longest) longest = n;
      n = 0;
      continue;
    }
    if (c > 0xffff) i++; // the low half of a surrogate pair
    n += codePointWidth(c);
  }
  return n > longest ? n : longest;
}

/** Column widths from the longest line in each column, within a readable range. */
function widths(rows: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const w = longestLineWidth(row[i]!) + 2;
      if (w > (out[i] ?? 0)) out[i] = w;
    }
  }
  return out.map((w) => Math.min(60, Math.max(8, w)));
}

/** Makes the emitter of `units/<id>.xlsx`: the same rows as `units/<id>.csv`, as a workbook. */
export function createUnitXlsxEmitter(): StreamingEmitter<BinaryArtifact> {
  return streamingEmitter({
    id: 'unit-xlsx',
    description: 'One workbook per unit (units/<id>.xlsx) with the rows of its CSV, for Excel and WPS.',
    files: ['units/<unit>.xlsx'],
    *stream({ plan, generatedAt }) {
      const index = indexPlan(plan);
      for (const entry of index.units) {
        const rows = unitTable(buildUnitView(index, entry, generatedAt));
        const contents = xlsxWorkbook({ name: entry.unit.name, rows, widths: widths(rows) });
        yield { path: `units/${entry.unit.id}.xlsx`, contents, mediaType: XLSX_MEDIA_TYPE };
      }
    },
  });
}

export const unitXlsxEmitter = createUnitXlsxEmitter();
