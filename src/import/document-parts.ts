import { paragraphText, type Block, type TableBlock } from './blocks.js';
import { notesFirstListedLeads, readTaskTable, type TaskTable } from './table/index.js';
import { joinWrappedLines, splitRunOnLine, trimParagraph } from './text.js';

/** A task table and where it stands among the paragraphs (the count of paragraphs before it). */
export interface PlacedTable {
  readonly at: number;
  readonly table: TaskTable;
}

/** A document split the way the importer reads it, every text as written. */
export interface DocumentParts {
  readonly paragraphs: string[];
  readonly tables: PlacedTable[];
  /** Every cell of the task tables, so the plan can be given back the document's characters. */
  readonly cells: string[];
}

/** A table that is not a task table (a personnel list, a schedule of figures) as `a | b` rows. */
function tableRows(table: TableBlock): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    const cells = row.filter((c) => !c.mergedFromAbove || c.text === '').map((c) => trimParagraph(c.text.replace(/\n+/g, ' ')));
    if (cells.some((c) => c.length > 0)) out.push(cells.join(' | '));
  }
  return out;
}

/**
 * Paragraphs in order (a paragraph's lines joined: Word's soft breaks are layout), task tables
 * read by the task-table reader, other tables as rows of text. A note such as
 * 列第一位的为牵头单位 anywhere in the text governs the tables' single unit column.
 */
export function documentParts(blocks: readonly Block[]): DocumentParts {
  const paragraphs: string[] = [];
  const tables: PlacedTable[] = [];
  const cells: string[] = [];
  const firstListedLeads = blocks.some((b) => b.kind === 'paragraph' && notesFirstListedLeads(b.text));
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = trimParagraph(paragraphText(block).replace(/\n+/g, ''));
      if (text) paragraphs.push(...splitRunOnLine(text));
      continue;
    }
    const table = readTaskTable(block, { firstListedLeads });
    if (table && table.tasks.length > 0) {
      // A sheet's title row (2025年重点工作任务分解表) is the document's title when nothing else is.
      paragraphs.push(...table.titleRows.map((t) => trimParagraph(t.replace(/\n+/g, ''))).filter((t) => t.length > 0));
      tables.push({ at: paragraphs.length, table });
      for (const row of block.rows) for (const cell of row) if (cell.text.trim()) cells.push(cell.text);
    } else paragraphs.push(...tableRows(block));
  }
  // A copy of a PDF breaks sentences where the page did: join them back (tables stay where they are).
  const joined = tables.length === 0 ? joinWrappedLines(paragraphs) : paragraphs;
  return { paragraphs: joined, tables, cells };
}
