import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { STYLE } from './document.js';
import { TEXT_WIDTH } from './layout.js';

/** A column of a task table: its heading and its share of the text width. */
export interface TableColumn {
  readonly heading: string;
  /** Parts of the width, relative to the other columns' (the task title gets the most). */
  readonly share: number;
  /** Short values (numbers, dates, roles) sit in the middle of their cell. */
  readonly center?: boolean;
}

/** A row spanning the whole table (a phase's title), or a task's cells, one per column. */
export type TableLine = { readonly group: string } | { readonly cells: readonly string[] };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

interface CellText {
  readonly bold?: boolean;
  /** Keep this row on the page of the next one (a phase's row never ends a page). */
  readonly keepNext?: boolean;
  readonly center?: boolean;
}

/** A cell's text; line breaks in it stay line breaks. */
function cellParagraph(style: string, text: string, options: CellText = {}): Paragraph {
  return new Paragraph({
    style,
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    children: text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...(options.bold ? { bold: true } : {}) })),
  });
}

/** Column widths in twips that add up to the text width exactly. */
function columnWidths(columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.share) / total));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

/**
 * A bordered Word table of tasks: the header row repeats at the top of every page it runs
 * onto (Word's "repeat as header row"), a phase is one merged row across every column, and no
 * row breaks across a page.
 */
export function taskTable(columns: readonly TableColumn[], lines: readonly TableLine[]): Table {
  const widths = columnWidths(columns);
  const width = (i: number) => ({ size: widths[i]!, type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, i) => new TableCell({ width: width(i), verticalAlign: VerticalAlign.CENTER, children: [cellParagraph(STYLE.tableHeader, column.heading)] })),
  });
  const rows = lines.map((line) =>
    'group' in line
      ? new TableRow({
          cantSplit: true,
          children: [new TableCell({ columnSpan: columns.length, width: { size: TEXT_WIDTH, type: WidthType.DXA }, children: [cellParagraph(STYLE.table, line.group, { bold: true, keepNext: true })] })],
        })
      : new TableRow({
          cantSplit: true,
          children: line.cells.map((text, i) => new TableCell({ width: width(i), verticalAlign: VerticalAlign.CENTER, children: [cellParagraph(STYLE.table, text, { center: columns[i]!.center ?? false })] })),
        }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...rows],
  });
}
