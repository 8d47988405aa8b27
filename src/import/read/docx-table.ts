import type { TableBlock, TableCell } from '../blocks.js';
import { attr, child, childVal, children, int, type XmlElement } from './xml.js';

/**
 * A Word table (`w:tbl`) as a grid of cells with its merges. Word stores a horizontal merge as
 * one cell with `w:gridSpan`, and a vertical merge as a column of cells marked `w:vMerge`
 * ("restart" on the first, no value or "continue" below), the lower ones usually empty: they get
 * the first cell's text here, so a row read alone still says what it belongs to.
 * The cell text itself (paragraphs, numbering, nested tables) is the caller's business.
 */

const EMPTY: TableCell = { text: '', colSpan: 1, mergedFromAbove: false };

/** Rows and cells can be wrapped in content controls or custom XML; those are looked through. */
function unwrapped(parent: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const el of children(parent)) {
    if (el.localName === localName) found.push(el);
    else if (el.localName === 'sdt') {
      const content = child(el, 'sdtContent');
      if (content) found.push(...unwrapped(content, localName));
    } else if (el.localName === 'customXml' || el.localName === 'ins' || el.localName === 'moveTo') found.push(...unwrapped(el, localName));
  }
  return found;
}

export function readTable(tbl: XmlElement, cellText: (tc: XmlElement) => string): TableBlock {
  const rows: TableCell[][] = [];
  // Text of the vertical merge currently open in each grid column (keyed by its first column).
  const openMerges = new Map<number, string>();
  for (const tr of unwrapped(tbl, 'tr')) {
    const trPr = child(tr, 'trPr');
    // A row of a table with a deleted-row revision mark is gone from the document.
    if (child(trPr, 'del')) continue;
    const row: TableCell[] = [];
    let column = 0;
    // w:gridBefore: the row starts further right, leaving grid columns without cells.
    for (let i = int(childVal(trPr, 'gridBefore')) ?? 0; i > 0; i--, column++) row.push(EMPTY);
    for (const tc of unwrapped(tr, 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const colSpan = Math.max(1, int(childVal(tcPr, 'gridSpan')) ?? 1);
      // Legacy horizontal merge (w:hMerge, written by old Word versions): fold into the cell on the left.
      const hMerge = child(tcPr, 'hMerge');
      const previous = row.at(-1);
      if (hMerge && attr(hMerge, 'val') !== 'restart' && previous) {
        row[row.length - 1] = { ...previous, colSpan: previous.colSpan + colSpan };
        column += colSpan;
        continue;
      }
      const vMerge = child(tcPr, 'vMerge');
      const vMergeVal = attr(vMerge, 'val');
      let cell: TableCell;
      if (vMerge && vMergeVal !== 'restart') {
        cell = { text: openMerges.get(column) ?? cellText(tc), colSpan, mergedFromAbove: true };
      } else {
        cell = { text: cellText(tc), colSpan, mergedFromAbove: false };
        if (vMerge) openMerges.set(column, cell.text);
        else openMerges.delete(column);
      }
      row.push(cell);
      column += colSpan;
    }
    rows.push(row);
  }
  // Pad short rows (w:gridAfter, or a row simply written with fewer cells) to the grid's width.
  const gridColumns = children(child(tbl, 'tblGrid') ?? tbl, 'gridCol').length;
  const width = Math.max(gridColumns, ...rows.map((row) => row.reduce((sum, cell) => sum + cell.colSpan, 0)));
  for (const row of rows) for (let w = row.reduce((sum, cell) => sum + cell.colSpan, 0); w < width; w++) row.push(EMPTY);
  return { kind: 'table', rows };
}
