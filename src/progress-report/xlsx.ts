import { fillLabel } from '../emit/fill-label.js';
import { shownDate } from '../emit/unit-lists/date-cell.js';
import { PAGE_FIELDS, band, bandText } from '../emit/unit-lists/page-bands.js';
import { columnWidths, rowHeight, type ColumnRule } from '../emit/unit-lists/sheet-layout.js';
import { xlsxWorkbookOf, type AnyCell, type Sheet } from '../emit/unit-lists/xlsx.js';
import { t } from '../i18n/messages.js';
import { bulletinOf, type Bulletin, type BulletinColumn, type BulletinRow, type SectionKey } from './bulletin.js';
import type { RenderInput, Rendered } from './renderers.js';

// The 督办 report as a workbook: 汇总 (counts by phase and by unit in one filterable table), then
// one sheet per list (overdue, due soon, finished late, not reported). Each prints like a unit's
// task list (src/emit/unit-lists): borders, widths and heights worked out from the text, A4
// landscape one page wide, the header row repeated, the report and the page in header and footer.
// Counts and days are numbers, dates are date cells, nothing is a formula.

/**
 * Characters of column width on one A4 landscape page at full size (as a unit's sheet,
 * src/emit/unit-lists/unit-sheet.ts): wider tables are narrowed, then the printer scales down.
 */
const PAGE_WIDTH = 142;

/** Width rules by kind: text wraps (the task most), numbers and dates never do (### instead). */
function ruleOf(column: Pick<BulletinColumn, 'kind' | 'share'>): ColumnRule {
  if (column.kind === 'number') return { min: 6, max: 14, wraps: false };
  if (column.kind === 'date') return { min: 6, max: 40, wraps: false };
  return { min: 10, max: column.share >= 20 ? 44 : 24, wraps: true };
}

interface SheetColumns {
  readonly headings: readonly string[];
  readonly kinds: readonly Pick<BulletinColumn, 'kind' | 'share'>[];
}

function sheetOf(name: string, columns: SheetColumns, rows: readonly (readonly AnyCell[])[], bulletin: Bulletin, dateFormat: string): Sheet {
  const shown = [columns.headings, ...rows.map((cells) => cells.map((v) => (typeof v === 'object' ? shownDate(v.date, dateFormat) : String(v))))];
  const rules = columns.kinds.map(ruleOf);
  const widths = columnWidths(shown, rules, PAGE_WIDTH);
  const pageOf = t(bulletin.language, 'labels.summary.page-of');
  return {
    name,
    header: columns.headings,
    rows,
    columns: columns.kinds.map((kind, i) => ({ width: widths[i]!, align: kind.kind === 'text' ? 'left' : 'center' })),
    heights: shown.map((cells) => rowHeight(cells, widths)),
    dateFormat,
    pageHeader: band({ left: bandText(bulletin.title), right: bandText(name) }),
    pageFooter: band({ left: bandText(bulletin.asOfLine), center: fillLabel(bandText(pageOf), PAGE_FIELDS) }),
  };
}

/** A list's rows with its group (the lead unit, the plan) as the first column, so the sheet filters by it. */
function withGroup(rows: readonly BulletinRow[], grouped: boolean): AnyCell[][] {
  return rows.map((row) => (grouped ? [row.group ?? '', ...row.cells] : [...row.cells]));
}

const SHEETS: readonly { key: SectionKey; name: 'bulletin.sheet.overdue' | 'bulletin.sheet.due-soon' | 'bulletin.sheet.finished-late' | 'bulletin.sheet.silent' }[] = [
  { key: 'overdue', name: 'bulletin.sheet.overdue' },
  { key: 'due-soon', name: 'bulletin.sheet.due-soon' },
  { key: 'finished-late', name: 'bulletin.sheet.finished-late' },
  { key: 'silent', name: 'bulletin.sheet.silent' },
];

/** report.xlsx: the same bytes for the same report. */
export function renderXlsx({ report, language }: RenderInput): Rendered {
  const bulletin = bulletinOf(report, language);
  const w = (key: Parameters<typeof t>[1]) => t(language, key);
  const dateFormat = w('sheet.date-format');
  const section = (key: SectionKey) => bulletin.sections.find((s) => s.key === key)!;

  // 汇总: 类别 | (所属方案) | 名称 | counts; the phases with their 合计, then the units.
  const overall = section('overall').table;
  const units = section('units').table;
  const several = overall.groupHeading !== undefined;
  const text = { kind: 'text', share: 8 } as const;
  const summaryColumns: SheetColumns = {
    headings: [w('bulletin.column.kind'), ...(several ? [overall.groupHeading!] : []), w('bulletin.column.name'), ...overall.columns.slice(1).map((c) => c.heading)],
    kinds: [text, ...(several ? [{ kind: 'text', share: 20 } as const] : []), { kind: 'text', share: 22 }, ...overall.columns.slice(1)],
  };
  const summaryRows: AnyCell[][] = [
    ...overall.rows.map((row) => [w('bulletin.kind.phase'), ...(several ? [row.group ?? ''] : []), ...row.cells]),
    ...units.rows.map((row) => [w('bulletin.kind.unit'), ...(several ? [''] : []), ...row.cells]),
  ];
  const sheets = [sheetOf(w('bulletin.sheet.summary'), summaryColumns, summaryRows, bulletin, dateFormat)];

  for (const { key, name } of SHEETS) {
    const { table } = section(key);
    const grouped = table.groupHeading !== undefined;
    // An empty list keeps its sheet and its header: the office sees there is nothing, not a missing tab.
    const headings = [...(grouped ? [table.groupHeading!] : []), ...table.columns.map((c) => c.heading)];
    const kinds = [...(grouped ? [{ kind: 'text', share: 14 } as const] : []), ...table.columns];
    sheets.push(sheetOf(w(name), { headings, kinds }, withGroup(table.rows, grouped), bulletin, dateFormat));
  }
  return xlsxWorkbookOf(sheets);
}
