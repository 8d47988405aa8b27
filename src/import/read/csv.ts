import type { TableBlock } from '../blocks.js';

/**
 * CSV (RFC 4180: cells in double quotes may hold the delimiter, doubled quotes and line breaks)
 * and tab-separated text → one table. What Excel and WPS write when a 任务分工表 is saved as
 * CSV or copied out. Lenient where those programs are: a quote inside an unquoted cell is kept as
 * text, and rows may have different lengths (short ones are padded with empty cells). Blank rows
 * are dropped; cell text is trimmed, with line breaks inside a cell kept as '\n'.
 */

export type Delimiter = ',' | '\t';

/** The delimiter of a first line: tab when it has more tabs than commas (outside quotes). */
export function guessDelimiter(text: string): Delimiter {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === '\t') tabs++;
  }
  return tabs > commas ? '\t' : ',';
}

/** Splits CSV text into rows of raw cells. */
export function parseCsv(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => (row.push(cell), (cell = ''));
  const endRow = () => (endCell(), rows.push(row), (row = []));
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell === '') {
      // A quoted cell: runs to the quote that is not doubled.
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
      continue;
    }
    if (char === delimiter) endCell();
    else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else cell += char;
    i++;
  }
  // The last line, unless the text ended with a line break.
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** CSV or TSV text → one table; the delimiter is guessed from the first line unless given. */
export function readCsv(text: string, delimiter: Delimiter = guessDelimiter(text)): TableBlock {
  const rows = parseCsv(text, delimiter)
    .map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n').trim()))
    .filter((row) => row.some((cell) => cell !== ''));
  const width = Math.max(0, ...rows.map((row) => row.length));
  return {
    kind: 'table',
    rows: rows.map((row) => Array.from({ length: width }, (_, i) => ({ text: row[i] ?? '', colSpan: 1, mergedFromAbove: false }))),
  };
}
