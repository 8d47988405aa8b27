import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { IsoDate, Locale } from '../model/plan.js';
import { fullDate } from '../emit/docx/numbering.js';
import { readableDate } from '../emit/summary/format.js';
import type { CountRow, ProgressReport, ReportItem, StandingCounts } from '../progress/report-model.js';
import { STANDINGS, type Standing } from '../progress/standing.js';

// The printable 工作进展通报 as sections of headed tables, worked out once in the run's language:
// the HTML page, the Word document and the workbook each lay the same facts out their own way,
// so a fact cannot be in one and missing from another.

/** A cell: text, a whole number (a count, days), or a calendar date (a date cell in Excel). */
export type BulletinCell = string | number | { readonly date: IsoDate };

export interface BulletinColumn {
  readonly heading: string;
  readonly kind: 'text' | 'number' | 'date';
  /** Parts of the width, relative to the other columns' (the task gets the most). */
  readonly share: number;
}

export interface BulletinRow {
  /** The rows' group (the lead unit of an overdue task, the plan of a phase): a row of its own on paper, a column in a sheet. */
  readonly group?: string;
  readonly cells: readonly BulletinCell[];
  /** A totals row (合计): bold in the HTML. */
  readonly total?: boolean;
}

export interface BulletinTable {
  readonly columns: readonly BulletinColumn[];
  /** Heading of the group column a sheet adds, when rows have groups. */
  readonly groupHeading?: string;
  readonly rows: readonly BulletinRow[];
}

export type SectionKey = 'overall' | 'units' | 'overdue' | 'due-soon' | 'finished-late' | 'silent';

export interface BulletinSection {
  readonly key: SectionKey;
  /** Without its number: 逾期未完成任务 (renderers number it 三、). */
  readonly heading: string;
  /** Sentences before the table. */
  readonly paragraphs: readonly string[];
  /** On paper, an empty table (a list with nothing in it) is `none` instead; a sheet keeps its header. */
  readonly table: BulletinTable;
}

/** One bar of the units chart: a lead unit's tasks by standing. */
export interface ChartBar {
  readonly name: string;
  readonly counts: Readonly<Record<Standing, number>>;
}

export interface Bulletin {
  readonly language: Language;
  readonly locale: Locale;
  readonly title: string;
  /** （截至2018年11月28日） */
  readonly asOfLine: string;
  readonly asOf: IsoDate;
  /** Who the report is from, when every plan has the same issuer. */
  readonly issuer?: string;
  readonly sections: readonly BulletinSection[];
  readonly chart: readonly ChartBar[];
  readonly none: string;
}

/** The locale a report in `language` writes dates in. */
const localeOf = (language: Language): Locale => (language === 'en' ? 'en' : 'zh-CN');

const COUNT_KEYS = [...STANDINGS, 'silent'] as const;

/** Everything the printable renderings show, in `language`. */
export function bulletinOf(report: ProgressReport, language: Language): Bulletin {
  const locale = localeOf(language);
  const year = Number(report.asOf.slice(0, 4));
  const w = (key: MessageKey, data?: Readonly<Record<string, string | number>>) => t(language, key, data);
  const day = (iso: IsoDate) => readableDate(iso, locale, year);
  const several = report.plans.length > 1;
  const planTitle = new Map(report.plans.map((p) => [p.id, p.title]));
  const first = report.plans[0];
  const title = several ? w('bulletin.title-plans', { title: first?.title ?? '', count: report.plans.length }) : w('bulletin.title', { title: first?.title ?? '' });
  const issuers = new Set(report.plans.map((p) => p.issuer ?? ''));
  const issuer = issuers.size === 1 ? [...issuers][0] : undefined;

  const num = (share = 8): BulletinColumn => ({ heading: '', kind: 'number', share });
  const col = (key: MessageKey, kind: BulletinColumn['kind'], share: number, data?: Readonly<Record<string, number>>): BulletinColumn => ({ heading: w(key, data), kind, share });
  const countColumns = (first: MessageKey): BulletinColumn[] => [
    col(first, 'text', 20),
    col('bulletin.column.total', 'number', 8),
    ...STANDINGS.map((s) => ({ ...num(), heading: w(`progress.standing.${s}`) })),
    col('bulletin.column.silent', 'number', 9, { days: report.staleDays }),
  ];
  const countCells = (name: string, counts: StandingCounts): BulletinCell[] => [name, counts.total, ...COUNT_KEYS.map((k) => counts[k])];
  const phaseName = (row: CountRow) => (row.kind === 'measures' ? w('progress.measures') : row.name);

  const planCell = (item: ReportItem): BulletinCell[] => (several ? [planTitle.get(item.planId) ?? item.planId] : []);
  const planColumn: BulletinColumn[] = several ? [col('bulletin.column.plan', 'text', 14)] : [];
  const stateText = (item: ReportItem): string => {
    const entry = item.latest;
    const state = entry ? w(`progress.state.${entry.state}`) : w('progress.state.unreported');
    return entry?.percent !== undefined ? w('bulletin.percent', { state, percent: entry.percent }) : state;
  };
  const latestText = (item: ReportItem): string =>
    item.latest ? w('bulletin.latest', { date: day(item.latest.date), text: item.latest.note?.trim() || stateText(item) }) : w('progress.state.unreported');
  const leads = (item: ReportItem) => item.leads.join(w('bulletin.units-join'));

  const sections: BulletinSection[] = [];

  const phaseRows: BulletinRow[] = report.phases.map((row) => ({ ...(several ? { group: planTitle.get(row.planId ?? '') ?? '' } : {}), cells: countCells(phaseName(row), row.counts) }));
  phaseRows.push({ cells: countCells(w('bulletin.row.all'), report.totals), total: true });
  sections.push({
    key: 'overall',
    heading: w('bulletin.section.overall'),
    paragraphs: [totalsSentence(report, w)],
    table: { columns: countColumns('bulletin.column.phase'), ...(several ? { groupHeading: w('bulletin.column.plan') } : {}), rows: phaseRows },
  });

  sections.push({
    key: 'units',
    heading: w('bulletin.section.units'),
    paragraphs: [],
    table: { columns: countColumns('bulletin.column.unit'), rows: report.units.map((row) => ({ cells: countCells(row.name, row.counts) })) },
  });

  const list = (key: SectionKey, heading: string, columns: BulletinColumn[], rows: BulletinRow[], groupHeading?: string): BulletinSection => ({
    key,
    heading,
    paragraphs: [],
    table: { columns, rows, ...(groupHeading ? { groupHeading } : {}) },
  });
  const numberColumn = col('bulletin.column.number', 'number', 7);
  const taskColumn = col('bulletin.column.task', 'text', 30);

  sections.push(
    list(
      'overdue',
      w('bulletin.section.overdue'),
      [numberColumn, taskColumn, ...planColumn, col('bulletin.column.due', 'date', 14), col('bulletin.column.days-overdue', 'number', 9), col('bulletin.column.latest', 'text', 26)],
      report.overdueByUnit.flatMap((unit) => unit.items.map((item, i) => ({ group: unit.name, cells: [i + 1, item.task.title, ...planCell(item), { date: item.task.due }, item.daysOverdue ?? 0, latestText(item)] }))),
      w('bulletin.column.lead'),
    ),
  );
  sections.push(
    list(
      'due-soon',
      w('bulletin.section.due-soon', { days: report.horizonDays }),
      [numberColumn, taskColumn, ...planColumn, col('bulletin.column.lead', 'text', 14), col('bulletin.column.due', 'date', 14), col('bulletin.column.days-left', 'number', 9), col('bulletin.column.state', 'text', 14)],
      report.dueSoon.map((item, i) => ({ cells: [i + 1, item.task.title, ...planCell(item), leads(item), { date: item.task.due }, item.dueIn ?? 0, stateText(item)] })),
    ),
  );
  sections.push(
    list(
      'finished-late',
      w('bulletin.section.finished-late'),
      [numberColumn, taskColumn, ...planColumn, col('bulletin.column.lead', 'text', 14), col('bulletin.column.due', 'date', 14), col('bulletin.column.finished', 'date', 14), col('bulletin.column.days-late', 'number', 9)],
      report.finishedLate.map((item, i) => ({ cells: [i + 1, item.task.title, ...planCell(item), leads(item), { date: item.task.due }, item.finished ? { date: item.finished } : '', item.daysLate ?? 0] })),
    ),
  );
  sections.push(
    list(
      'silent',
      w('bulletin.section.silent', { days: report.staleDays }),
      [numberColumn, taskColumn, ...planColumn, col('bulletin.column.lead', 'text', 14), col('bulletin.column.last-report', 'date', 13), col('bulletin.column.silent-days', 'number', 10)],
      report.silent.map((item, i) => ({ cells: [i + 1, item.task.title, ...planCell(item), leads(item), item.latest ? { date: item.latest.date } : w('bulletin.never-reported'), item.silentDays ?? 0] })),
    ),
  );

  return {
    language,
    locale,
    title,
    asOfLine: w('bulletin.as-of', { date: fullDate(report.asOf, locale) }),
    asOf: report.asOf,
    ...(issuer ? { issuer } : {}),
    sections,
    chart: report.units.map((row) => ({ name: row.name, counts: Object.fromEntries(STANDINGS.map((s) => [s, row.counts[s]])) as Record<Standing, number> })),
    none: w('bulletin.none'),
  };
}

/** 共29项任务,已完成9项(其中逾期完成2项),正常推进8项…: the parts with a count, done always. */
function totalsSentence(report: ProgressReport, w: (key: MessageKey, data?: Readonly<Record<string, string | number>>) => string): string {
  const c = report.totals;
  const parts = [c['done-late'] > 0 ? w('bulletin.totals.done-late', { n: c.done, late: c['done-late'] }) : w('bulletin.totals.done', { n: c.done })];
  for (const key of ['on-track', 'behind', 'overdue', 'paused', 'cancelled'] as const) {
    if (c[key] > 0) parts.push(w(`bulletin.totals.${key}`, { n: c[key] }));
  }
  if (c.silent > 0) parts.push(w('bulletin.totals.silent', { n: c.silent, days: report.staleDays }));
  return w('bulletin.totals', { total: c.total, parts: parts.join(w('bulletin.totals-join')) });
}

/** A cell as text on paper: dates as a reader writes them in the report's year. */
export function cellText(cell: BulletinCell, bulletin: Bulletin): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return readableDate(cell.date, bulletin.locale, Number(bulletin.asOf.slice(0, 4)));
}
