/**
 * A document as the importer reads it, whatever it came from (text, .docx, .xlsx, .csv, a web
 * page): paragraphs in order, with the numbering Word generated and the heading level of their
 * style, and tables as grids of cells with their merges. Readers produce it; the outline and the
 * task-table reader consume it.
 */

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  /** The paragraph's own text, as written (full-width punctuation kept), without a generated label. */
  readonly text: string;
  /**
   * The label Word's automatic numbering shows before the text (`一、`, `（一）`, `1.`, `（1）`,
   * `①`), rebuilt from numbering.xml. Absent when the number is typed (it is then in `text`).
   */
  readonly label?: string;
  /** Outline level of its style (Heading 1 → 1, 标题 2 → 2, w:outlineLvl 0 → 1), if any. */
  readonly headingLevel?: number;
}

export interface TableCell {
  /** The cell's text; paragraphs inside the cell are joined with '\n'. */
  readonly text: string;
  /** How many grid columns the cell covers (gridSpan / a horizontal merge); 1 for most cells. */
  readonly colSpan: number;
  /**
   * The cell continues a vertical merge from the row above (vMerge without "restart", or a
   * spreadsheet merge's lower cells). Its `text` repeats the text of the merge's first cell.
   */
  readonly mergedFromAbove: boolean;
}

export interface TableBlock {
  readonly kind: 'table';
  /**
   * Rows of cells, left to right. A cell spanning n columns appears once with colSpan n, so a
   * row's colSpans add up to the table's width (a short row is padded with empty cells).
   */
  readonly rows: readonly (readonly TableCell[])[];
}

export type Block = ParagraphBlock | TableBlock;

/** The paragraph as text, with its generated label in front (what a copy-paste would give). */
export function paragraphText(block: ParagraphBlock): string {
  return block.label ? `${block.label}${block.text}` : block.text;
}
