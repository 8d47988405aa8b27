import type { Block, TableCell } from '../blocks.js';

/**
 * Plain text → blocks: one paragraph per non-blank line, except where lines form a table. Texts
 * pasted from a web page or a spreadsheet carry their tables as tab-separated rows, and Markdown
 * copies as `| a | b |` rows; two or more such lines in a row become one TableBlock.
 *
 * What counts as a table row:
 * - a line with a tab between two pieces of text (a tab only at the start is indentation);
 * - a line starting with `|` (Markdown, `| a | b |`) with at least two cells, or a line with two
 *   or more `|` separating at least three cells (`a | b | c`). A single `|` inside prose
 *   (“目标 | 任务”) is not a table.
 * Rows of the two kinds do not join into one table. Markdown separator rows (`|---|:--:|`) are
 * dropped. Rows shorter than the table's widest are padded with empty cells.
 *
 * A saved web copy's first line `source: <url>` (written by our own fetch step) is not content.
 */

type RowKind = 'tab' | 'pipe';

interface Row {
  readonly kind: RowKind;
  /** undefined for a Markdown separator row. */
  readonly cells: readonly string[] | undefined;
}

const SEPARATOR_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** Splits on `|` not escaped as `\|` (Markdown's way to put a bar in a cell). */
const splitPipes = (line: string) => line.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());

function tableRow(line: string): Row | undefined {
  const trimmed = line.trim();
  if (trimmed.includes('\t')) {
    // Cells from the line without its surrounding spaces (tabs kept: a leading tab may be an empty first cell).
    const cells = line.replace(/^[ \u3000]+|[ \u3000\r]+$/g, '').split('\t').map((cell) => cell.trim());
    return { kind: 'tab', cells };
  }
  if (trimmed.startsWith('|')) {
    if (SEPARATOR_ROW.test(trimmed) && trimmed.includes('-')) return { kind: 'pipe', cells: undefined };
    const inner = trimmed.slice(1, trimmed.endsWith('|') && !trimmed.endsWith('\\|') && trimmed.length > 1 ? -1 : undefined);
    const cells = splitPipes(inner);
    return cells.length >= 2 ? { kind: 'pipe', cells } : undefined;
  }
  const cells = splitPipes(trimmed);
  return cells.length >= 3 ? { kind: 'pipe', cells } : undefined;
}

function tableBlock(rows: readonly Row[]): Block {
  const cellRows = rows.flatMap((row) => (row.cells ? [row.cells] : []));
  const width = Math.max(...cellRows.map((cells) => cells.length));
  return {
    kind: 'table',
    rows: cellRows.map((cells) => Array.from({ length: width }, (_, i): TableCell => ({ text: cells[i] ?? '', colSpan: 1, mergedFromAbove: false }))),
  };
}

/** `目标与任务 |`: one cell of a table a web page flattened to one cell a line. */
const CELL_LINE = /^[^|]*[^|\s]\s*\|$/;

/**
 * A table some web pages give as one cell a line, each ending in ` |` (序号 | / 目标与任务 | /
 * 牵头单位 | / 80 | / 极回应… |). Its width is the header's: the cells before the first that is
 * a row number, when the first header cell is 序号/编号. Returns its rows and the lines it took.
 */
function cellPerLineTable(lines: readonly string[], from: number): { rows: string[][]; taken: number } | undefined {
  const cells: string[] = [];
  for (let i = from; i < lines.length && CELL_LINE.test(lines[i]!.trim()); i++) cells.push(lines[i]!.trim().replace(/\s*\|$/, ''));
  if (!/^(?:序\s*号|编\s*号)$/.test(cells[0] ?? '')) return undefined;
  const width = cells.findIndex((c, i) => i > 0 && /^\d{1,4}$/.test(c));
  if (width < 2 || cells.length < 2 * width) return undefined;
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  return { rows, taken: cells.length };
}

export function textToBlocks(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (firstContent >= 0 && /^source:\s*\S/i.test(lines[firstContent]!.trim())) lines.splice(firstContent, 1);
  // Tables flattened to one cell a line are put back as tab-separated rows, read as such below.
  for (let i = 0; i < lines.length; i++) {
    const found = CELL_LINE.test(lines[i]!.trim()) ? cellPerLineTable(lines, i) : undefined;
    if (found) {
      const rebuilt = found.rows.map((row) => row.join('\t'));
      lines.splice(i, found.taken, ...rebuilt);
      i += rebuilt.length - 1;
    }
  }

  const blocks: Block[] = [];
  let run: { rows: Row[]; lines: string[] } | undefined;
  const flush = () => {
    if (!run) return;
    // One row alone, or a separator without rows, is not a table: the lines stay paragraphs.
    if (run.rows.length >= 2 && run.rows.some((row) => row.cells)) blocks.push(tableBlock(run.rows));
    else for (const line of run.lines) blocks.push({ kind: 'paragraph', text: line });
    run = undefined;
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const row = tableRow(line);
    if (row && run && run.rows[0]!.kind === row.kind) {
      run.rows.push(row);
      run.lines.push(trimmed);
      continue;
    }
    flush();
    if (row) run = { rows: [row], lines: [trimmed] };
    else blocks.push({ kind: 'paragraph', text: trimmed });
  }
  flush();
  return blocks;
}
