// The 督办 report as words: headings, sentences, tables and item lines in the reader's language,
// laid out by nobody yet. The terminal and Markdown renderings (and any other that wants the same
// wording) lay these out; the facts come from src/progress/report-model.ts.
import { parseIso, toIso } from '../dates/day-number.js';
import { readableDate } from '../emit/summary/format.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { IsoDate, Locale } from '../model/plan.js';
import { STANDINGS } from '../progress/standing.js';
import type { CountRow, ProgressReport, ReportItem, StandingCounts } from '../progress/report-model.js';

/** How an item line is coloured on a terminal: overdue ones red, due soon yellow. */
export type Tone = 'overdue' | 'soon';

export interface TextTable {
  /** First the row's name, then one count a column. */
  readonly headings: readonly string[];
  /** A row of one cell is a heading over the rows below it (a plan's title, when there are several). */
  readonly rows: readonly { readonly cells: readonly string[]; readonly total?: boolean }[];
}

/** Item lines under an optional heading (a unit's name in the overdue section). */
export interface ItemGroup {
  readonly heading?: string;
  readonly items: readonly string[];
}

export interface TextSection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly table?: TextTable;
  readonly groups?: readonly ItemGroup[];
  readonly tone?: Tone;
  /** What the section says when it has nothing to list. */
  readonly empty?: string;
}

export interface ReportText {
  /** The plans' titles, one a line. */
  readonly titles: readonly string[];
  /** 工作进展通报（截至2018年9月30日）. */
  readonly heading: string;
  readonly sections: readonly TextSection[];
}

/** The count columns, in the order offices read them; `silent` last, as its heading is the longest. */
const COUNT_COLUMNS = ['total', ...STANDINGS, 'silent'] as const;

export function localeOf(language: Language): Locale {
  return language === 'en' ? 'en' : 'zh-CN';
}

/** 2018年9月30日 / 30 Sep 2018: always with its year (the heading's day). */
export function fullDate(iso: IsoDate, language: Language): string {
  return readableDate(iso, localeOf(language), Number.NaN);
}

/** 9月30日 / 30 Sep, with the year only when it is not the report's. */
function shortDate(iso: IsoDate, language: Language, year: number): string {
  return readableDate(iso, localeOf(language), year);
}

export function days(language: Language, n: number): string {
  return n === 1 ? t(language, 'report.days.one') : t(language, 'report.days.other', { n });
}

/**
 * A task's number as the document gives it, from its place in the plan: 1.(2) (1.2 in English)
 * for the second task of the first phase; measures count on their own (措施2 / M2).
 */
export function taskNumber(item: ReportItem, language: Language): string {
  const path = item.task.path;
  if (path[0] === 'phases' && typeof path[1] === 'number' && typeof path[3] === 'number') {
    return t(language, 'labels.task-number', { phase: path[1] + 1, task: path[3] + 1 });
  }
  // A bare "2" would read as the second phase: a measure says what it is.
  return typeof path[1] === 'number' ? t(language, 'report.measure-number', { n: path[1] + 1 }) : '';
}

/** A column heading from a label written for running text (`on track` → `On track`); Chinese is unchanged. */
const capitalized = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

function countCells(counts: StandingCounts): string[] {
  return COUNT_COLUMNS.map((column) => String(counts[column]));
}

function countHeadings(language: Language, report: ProgressReport, first: string): string[] {
  return [
    first,
    ...COUNT_COLUMNS.map((column) =>
      column === 'total' ? t(language, 'report.column.total') : column === 'silent' ? t(language, 'report.column.silent', { days: days(language, report.staleDays) }) : capitalized(t(language, `progress.standing.${column}`)),
    ),
  ];
}

/** The report in words. */
export function reportText(report: ProgressReport, language: Language): ReportText {
  const year = Number(report.asOf.slice(0, 4));
  const several = report.plans.length > 1;
  const planTitle = new Map(report.plans.map((p) => [p.id, p.title]));
  const planLabel = (planId: string | undefined): string => (several && planId !== undefined ? t(language, 'report.plan-label', { plan: planTitle.get(planId) ?? planId }) : '');
  const date = (iso: IsoDate): string => shortDate(iso, language, year);
  const clauses = (parts: readonly string[]): string => (parts.length > 0 ? t(language, 'report.details', { details: parts.join(t(language, 'report.clause-sep')) }) : '');
  const lastReport = (item: ReportItem): string => {
    if (!item.latest) return t(language, 'report.item.never-reported');
    const state = t(language, `progress.state.${item.latest.state}`);
    const said = item.latest.percent !== undefined ? t(language, 'report.item.percent', { state, percent: item.latest.percent }) : state;
    return t(language, 'report.item.last-report', { date: date(item.latest.date), state: said });
  };
  const line = (item: ReportItem, details: readonly string[]): string => {
    const number = taskNumber(item, language);
    return `${planLabel(item.planId)}${number === '' ? '' : `${number} `}${item.task.title}${clauses(details)}`;
  };
  const leads = (item: ReportItem): string => t(language, 'report.item.leads', { units: item.leads.join(t(language, 'report.list-sep')) });
  const due = (item: ReportItem): string => t(language, 'report.item.due', { date: date(item.task.due) });
  const none = t(language, 'report.none');

  const totals = report.totals;
  const sections: TextSection[] = [
    {
      heading: t(language, 'report.section.totals'),
      paragraphs:
        totals.total === 0
          ? [t(language, 'report.no-tasks')]
          : [
              t(language, 'report.totals', { total: totals.total, done: totals.done, onTrack: totals['on-track'], behind: totals.behind, overdue: totals.overdue, paused: totals.paused, cancelled: totals.cancelled }),
              t(language, 'report.totals-also', { doneLate: totals['done-late'], silent: totals.silent, days: days(language, report.staleDays) }),
            ],
    },
    {
      heading: t(language, 'report.section.phases'),
      table: {
        headings: countHeadings(language, report, t(language, 'report.column.phase')),
        rows: [
          ...report.phases.flatMap((row: CountRow, i) => [
            // Several plans: each plan's phases under its title.
            ...(several && row.planId !== report.phases[i - 1]?.planId ? [{ cells: [planTitle.get(row.planId!) ?? row.planId!] }] : []),
            { cells: [row.kind === 'measures' ? t(language, 'progress.measures') : row.name, ...countCells(row.counts)] },
          ]),
          { cells: [t(language, 'report.row.total'), ...countCells(totals)], total: true },
        ],
      },
    },
    {
      heading: t(language, 'report.section.units'),
      table: { headings: countHeadings(language, report, t(language, 'report.column.unit')), rows: report.units.map((row) => ({ cells: [row.name, ...countCells(row.counts)] })) },
    },
    {
      heading: t(language, 'report.section.overdue'),
      tone: 'overdue',
      empty: none,
      groups: report.overdueByUnit.map((unit) => ({
        heading: t(language, 'report.unit-count', { unit: unit.name, count: unit.items.length }),
        items: unit.items.map((item) => line(item, [due(item), t(language, 'report.item.overdue', { days: days(language, item.daysOverdue!) }), lastReport(item)])),
      })),
    },
    {
      heading: t(language, 'report.section.due-soon', {
        days: days(language, report.horizonDays),
        from: date(report.asOf),
        to: date(toIso(parseIso(report.asOf)! + report.horizonDays)),
      }),
      tone: 'soon',
      empty: none,
      groups: [
        {
          items: report.dueSoon.map((item) =>
            line(item, [due(item), item.dueIn === 0 ? t(language, 'report.item.due-today') : t(language, 'report.item.due-in', { days: days(language, item.dueIn!) }), leads(item), lastReport(item)]),
          ),
        },
      ],
    },
    {
      heading: t(language, 'report.section.finished-late'),
      empty: none,
      groups: [{ items: report.finishedLate.map((item) => line(item, [due(item), t(language, 'report.item.finished-late', { date: date(item.finished!), days: days(language, item.daysLate!) }), leads(item)])) }],
    },
    {
      heading: t(language, 'report.section.silent', { days: days(language, report.staleDays) }),
      empty: none,
      groups: [{ items: report.silent.map((item) => line(item, [leads(item), ...(item.latest ? [lastReport(item), t(language, 'report.item.silent-since', { days: days(language, item.silentDays!) })] : [t(language, 'report.item.never-for', { days: days(language, item.silentDays!) })])])) }],
    },
  ];
  return {
    titles: report.plans.map((p) => p.title),
    heading: t(language, 'report.heading-as-of', { heading: t(language, 'report.heading'), asOf: t(language, 'report.as-of', { date: fullDate(report.asOf, language) }) }),
    sections: sections.map((s) => (s.groups ? { ...s, groups: s.groups.filter((g) => g.items.length > 0) } : s)),
  };
}
