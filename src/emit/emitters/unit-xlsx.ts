import { streamingEmitter, type StreamingEmitter } from '../streaming-emitter.js';
import { indexPlan } from '../summary/plan-index.js';
import { roleLabel, taskCells, unitHeader, unitTable, unitTaskRows } from '../unit-lists/rows.js';
import type { TaskInfo } from '../summary/plan-index.js';
import { buildUnitView, type UnitView } from '../unit-lists/view.js';
import { XLSX_MEDIA_TYPE, xlsxWorkbook } from '../unit-lists/xlsx.js';

/** A binary output; needs `Artifact.contents: string | Uint8Array` to join the other artifacts. */
export interface XlsxArtifact {
  readonly path: string;
  readonly contents: Uint8Array;
  readonly mediaType: typeof XLSX_MEDIA_TYPE;
}

/**
 * Display width in spreadsheet characters of the longest line of `text`: CJK and other wide
 * characters count two. One pass, no splitting: it runs on every cell of every workbook.
 */
export function longestLineWidth(text: string): number {
  let longest = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (n > longest) longest = n;
      n = 0;
      continue;
    }
    // Surrogate pairs (rare CJK extensions, emoji) count two for the pair: one per half.
    n += c < 0x1100 ? 1 : (c >= 0xd800 && c <= 0xdfff) ? 1 : (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1;
  }
  return n > longest ? n : longest;
}

// A task sits in the workbook of each of its units with the same cells after the role: measure
// those once per task (TaskInfo objects are shared by all units of one plan).
const taskWidths = new WeakMap<TaskInfo, number[]>();

function taskCellWidths(task: TaskInfo): number[] {
  let widths = taskWidths.get(task);
  if (widths === undefined) {
    widths = taskCells(task).map(longestLineWidth);
    taskWidths.set(task, widths);
  }
  return widths;
}

/** Column widths from the longest line in each column (header included), within a readable range. */
function columnWidths(view: UnitView): number[] {
  const longest = unitHeader(view.labels).map(longestLineWidth);
  const widen = (column: number, width: number): void => {
    if (width > (longest[column] ?? 0)) longest[column] = width;
  };
  for (const row of unitTaskRows(view)) {
    widen(0, longestLineWidth(roleLabel(view.labels, row.role)));
    taskCellWidths(row.task).forEach((width, i) => widen(i + 1, width));
  }
  return longest.map((w) => Math.min(60, Math.max(8, w + 2)));
}

/** Makes the emitter of `units/<id>.xlsx`: the same rows as `units/<id>.csv`, as a workbook. */
export function createUnitXlsxEmitter(): StreamingEmitter<XlsxArtifact> {
  return streamingEmitter({
    id: 'unit-xlsx',
    description: 'One workbook per unit (units/<id>.xlsx) with the rows of its CSV, for Excel and WPS.',
    *stream({ plan, generatedAt }) {
      const index = indexPlan(plan);
      for (const entry of index.units) yield unitXlsxFile(buildUnitView(index, entry, generatedAt));
    },
  });
}

/** `units/<id>.xlsx` of one unit. */
export function unitXlsxFile(view: UnitView): XlsxArtifact {
  const rows = unitTable(view);
  const contents = xlsxWorkbook({ name: view.unit.name, rows, widths: columnWidths(view) });
  return { path: `units/${view.unit.id}.xlsx`, contents, mediaType: XLSX_MEDIA_TYPE };
}

export const unitXlsxEmitter = createUnitXlsxEmitter();
