import { t } from '../../i18n/messages.js';
import { fillLabel } from '../fill-label.js';
import type { Labels } from '../labels.js';
import { languageOfLocale } from '../labels.js';
import type { Locale } from '../../model/plan.js';
import type { TaskInfo } from '../summary/plan-index.js';
import { shownDate } from './date-cell.js';
import { PAGE_FIELDS, band, bandText } from './page-bands.js';
import { roleLabel, unitTaskRows } from './rows.js';
import type { Role, UnitView } from './view.js';
import { columnWidths, rowHeight } from './sheet-layout.js';
import type { ColumnRule } from './sheet-layout.js';
import type { CellValue, Column, Sheet } from './xlsx.js';

// A unit's task list as a printable sheet: the rows of its CSV (rows.ts), in the same order, with
// two differences an office needs. The 序号 column numbers tasks as the document does (1.(2)),
// which is how a unit cites a task in its reply; the plan's own ids (convene-working-meeting)
// mean nothing on paper and would take a column of the page, so the sheet leaves them to the
// CSV and plan.json, which tools read. Dates are date cells, so the list sorts and filters by date.

interface UnitColumn extends ColumnRule {
  readonly heading: (L: Labels) => string;
  readonly cell: (row: { role: Role; task: TaskInfo }, L: Labels) => CellValue;
  readonly align: Column['align'];
}

const text = (min: number, max: number): Pick<UnitColumn, 'min' | 'max' | 'wraps' | 'align'> => ({ min, max, wraps: true, align: 'left' });
const short = (max: number): Pick<UnitColumn, 'min' | 'max' | 'wraps' | 'align'> => ({ min: 6, max, wraps: false, align: 'center' });
// A date cell cannot wrap (a spreadsheet shows ### instead): its column always fits it.
const date = { min: 6, max: 40, wraps: false, align: 'center' } as const;

/** The columns, in the CSV's order; each one's widest allowed width keeps the page readable. */
const COLUMNS: readonly UnitColumn[] = [
  { heading: (L) => L.role, cell: (r, L) => roleLabel(L, r.role), ...short(10) },
  { heading: (L) => L.phase, cell: (r) => r.task.phaseTitle, ...text(10, 22) },
  { heading: (L) => L.number, cell: (r) => r.task.number, ...short(12) },
  { heading: (L) => L.task, cell: (r) => r.task.task.title, ...text(20, 44) },
  { heading: (L) => L.lead, cell: (r) => r.task.leadNames, ...text(10, 20) },
  { heading: (L) => L.support, cell: (r) => r.task.supportNames, ...text(10, 20) },
  { heading: (L) => L.start, cell: (r) => ({ date: r.task.task.start }), ...date },
  { heading: (L) => L.end, cell: (r) => ({ date: r.task.task.end }), ...date },
  { heading: (L) => L.due, cell: (r) => ({ date: r.task.task.due }), ...date },
  { heading: (L) => L.wording, cell: (r) => r.task.wording, ...text(10, 26) },
];

/**
 * Characters of column width that print on one A4 landscape page at full size with the margins
 * the sheet sets (0.4 inch each side): 1045 pixels, less 5 for each of ten columns, at 7 pixels a
 * character. Wider tables are narrowed to it; what still does not fit, the printer scales down.
 */
const PAGE_WIDTH = 142;

/** The 进展 column, last, when progress was given: `已完成（5月10日）` wraps like text. */
function progressColumn(progress: NonNullable<UnitView['progress']>): UnitColumn {
  return { heading: () => progress.heading, cell: (r) => progress.cell(r.task.task.id), ...text(10, 20) };
}

/** Every cell of the unit's sheet, header first, widths and heights worked out from the text. */
export function unitSheet(view: UnitView, locale: Locale): Sheet {
  const L = view.labels;
  const dateFormat = t(languageOfLocale(locale), 'sheet.date-format');
  const columns = view.progress ? [...COLUMNS, progressColumn(view.progress)] : COLUMNS;
  const header = columns.map((c) => c.heading(L));
  const rows = unitTaskRows(view).map((r) => columns.map((c) => c.cell(r, L)));
  // What each cell shows, to measure it: dates as their number format prints them.
  const shown = [header, ...rows.map((cells) => cells.map((v) => (typeof v === 'string' ? v : shownDate(v.date, dateFormat))))];
  const widths = columnWidths(shown, columns, PAGE_WIDTH);
  return {
    name: view.unit.name,
    header,
    rows,
    columns: columns.map((c, i) => ({ width: widths[i]!, align: c.align })),
    heights: shown.map((cells) => rowHeight(cells, widths)),
    dateFormat,
    pageHeader: band({ left: bandText(view.planTitle), right: bandText(view.heading) }),
    // The revision tells two printouts of the list apart; the build date would only change the file daily.
    pageFooter: band({ left: bandText(`${L.revision}${L.colon}${view.revision}`), center: fillLabel(bandText(L.pageOf), PAGE_FIELDS) }),
  };
}
