import { t } from '../../i18n/messages.js';
import type { ResolvedPlan } from '../../model/plan.js';
import { languageOfLocale } from '../labels.js';
import type { Labels } from '../labels.js';
import { collectEvents } from './events.js';
import type { EventRow } from './events.js';
import { isoFromInstant, readableDate, showRange } from './format.js';
import { buildGantt } from './gantt.js';
import type { Gantt, GanttOptions } from './gantt.js';
import { buildMatrix } from './matrix.js';
import type { UnitMatrix } from './matrix.js';
import { indexPlan } from './plan-index.js';
import type { StateColumn } from '../state-column.js';
import type { PhaseInfo, TaskInfo } from './plan-index.js';

/** One line of the title block: a label, the readable value, and the ISO form when it is a date. */
export interface MetaLine {
  readonly label: string;
  readonly text: string;
  readonly iso?: string;
}

/** Everything the summary templates print, prepared; templates only loop and escape. */
export interface SummaryView {
  readonly labels: Labels;
  readonly title: string;
  /** The issuing body as the head of the document (empty when the plan names none). */
  readonly issuerLine: string;
  readonly meta: readonly MetaLine[];
  readonly phases: readonly PhaseInfo[];
  readonly measures: readonly TaskInfo[];
  readonly events: readonly EventRow[];
  readonly matrix: UnitMatrix;
  /** Absent for outputs that do not draw a timeline (Markdown). */
  readonly gantt?: Gantt;
  readonly generated: string;
  /** The 进展 column of the task tables, only when the plan's progress was given. */
  readonly progress?: StateColumn;
}

export interface SummaryViewOptions {
  readonly gantt?: GanttOptions;
  readonly progress?: StateColumn | undefined;
}

/** A year no date is in, so readable dates always name their year. */
const NO_YEAR_IMPLIED = Number.NaN;

/**
 * 实施期间: the plan's own wording (2018年5月至年底), which readers recognise, with the dates it
 * means, with their years: the rest of the summary leaves the plan's year out of its dates, so this
 * is where the reader learns it (the grey ISO dates that used to say it are gone).
 */
export function periodLine(plan: ResolvedPlan, labels: Labels): MetaLine {
  const period = showRange(plan.start, plan.end, plan.locale, NO_YEAR_IMPLIED, labels);
  const wording = plan.source['period'];
  const text = wording ? t(languageOfLocale(plan.locale), 'labels.period-with-wording', { wording, dates: period.text }) : period.text;
  return { label: labels.period, text, iso: period.iso };
}

function metaLines(plan: ResolvedPlan, labels: Labels): MetaLine[] {
  const lines: MetaLine[] = [];
  if (plan.issuer) lines.push({ label: labels.issuer, text: plan.issuer });
  lines.push(periodLine(plan, labels));
  if (plan.issued) {
    lines.push({ label: labels.issued, text: readableDate(plan.issued, plan.locale, NO_YEAR_IMPLIED), iso: plan.issued });
  }
  lines.push({ label: labels.revision, text: String(plan.revision) });
  // No "generated on" line: the build's date is the plan's issue date or start (never the clock,
  // for reproducible files), so it told the reader nothing the lines above do not.
  return lines;
}

/** Builds the summary's view model; `generatedAt` is printed from its UTC date only. */
export function buildSummaryView(plan: ResolvedPlan, generatedAt: Date, options: SummaryViewOptions = {}): SummaryView {
  const index = indexPlan(plan);
  const { labels } = index;
  const allTasks = [...index.phases.flatMap((p) => p.tasks), ...index.measures];
  const generated = isoFromInstant(generatedAt);
  const view: SummaryView = {
    labels,
    title: plan.title,
    issuerLine: plan.issuer ?? '',
    meta: metaLines(plan, labels),
    phases: index.phases,
    measures: index.measures,
    events: collectEvents(allTasks, plan, labels),
    matrix: buildMatrix(index),
    generated,
    ...(options.progress ? { progress: options.progress } : {}),
  };
  return options.gantt ? { ...view, gantt: buildGantt(index, options.gantt) } : view;
}
