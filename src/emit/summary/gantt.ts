import type { IsoDate, ResolvedPlan } from '../../model/plan.js';
import { fillLabel } from '../fill-label.js';
import { dayNumber, monthLabel } from './format.js';
import type { PhaseInfo, PlanIndex, TaskInfo } from './plan-index.js';

export interface GanttOptions {
  /** Task rows drawn at most (phases are always drawn); the rest are counted, not drawn. */
  readonly maxTaskRows: number;
}

export const defaultGanttOptions: GanttOptions = { maxTaskRows: 40 };

export interface GanttRow {
  readonly kind: 'phase' | 'task';
  readonly y: number;
  readonly label: string;
  readonly title: string;
  readonly x: number;
  readonly width: number;
  readonly ongoing: boolean;
  /** Dated occurrences inside the row, as x positions. */
  readonly marks: readonly number[];
}

export interface GanttMonth {
  readonly x: number;
  readonly labelX: number;
  readonly label: string;
}

/** Geometry of the SVG timeline, in user units; the template only draws it. */
export interface Gantt {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly headerHeight: number;
  readonly rowHeight: number;
  readonly chartRight: number;
  readonly months: readonly GanttMonth[];
  readonly rows: readonly GanttRow[];
  readonly omitted: number;
  /** The "N more tasks" sentence, empty when nothing is omitted. */
  readonly omittedText: string;
  /** Which legend entries the drawing uses: a legend entry for nothing drawn only puzzles the reader. */
  readonly legend: GanttLegend;
}

export interface GanttLegend {
  readonly phase: boolean;
  readonly task: boolean;
  readonly ongoing: boolean;
  readonly event: boolean;
}

const WIDTH = 720;
// Wide enough for ~20 CJK characters at the 10-unit font the template uses.
const LABEL_WIDTH = 250;
const HEADER = 22;
const ROW = 17;
const round = (n: number): number => Math.round(n * 10) / 10;
// The event diamond is 8 units wide (the template's path); centres closer than this would overlap.
export const MARK_GAP = 9;

/**
 * Mark centres moved apart just enough not to overlap (12月18日 and 12月20日 are ~4 units apart):
 * each run of too-close marks is spread evenly around its own middle, then kept inside the chart.
 * A day is about 2 units, so a mark moves by a day or two at most for ordinary plans; its tooltip
 * still names the date.
 */
export function spreadMarks(xs: readonly number[], left: number, right: number, gap: number = MARK_GAP): number[] {
  // Two events on one day are two marks side by side, not one hiding the other.
  const sorted = [...xs].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of sorted) {
    const last = groups.at(-1);
    // A mark joins the run when it would overlap the run's spread-out right end.
    if (last && x - (mid(last) + ((last.length - 1) * gap) / 2) < gap) last.push(x);
    else groups.push([x]);
  }
  const out: number[] = [];
  let floor = left;
  for (const g of groups) {
    let start = Math.max(floor, mid(g) - ((g.length - 1) * gap) / 2);
    start = Math.min(start, right - (g.length - 1) * gap);
    g.forEach((_, i) => out.push(round(start + i * gap)));
    floor = start + g.length * gap;
  }
  return out;
}

const mid = (g: readonly number[]): number => ((g[0] ?? 0) + (g.at(-1) ?? 0)) / 2;

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** How many task rows each phase gets: one per phase per round until the budget is spent. */
export function allocate(phases: readonly PhaseInfo[], budget: number): number[] {
  const shares = phases.map(() => 0);
  let left = budget;
  let progress = true;
  while (left > 0 && progress) {
    progress = false;
    for (let i = 0; i < phases.length && left > 0; i++) {
      if ((shares[i] ?? 0) < (phases[i]?.tasks.length ?? 0)) {
        shares[i] = (shares[i] ?? 0) + 1;
        left--;
        progress = true;
      }
    }
  }
  return shares;
}

function monthsBetween(plan: ResolvedPlan, x: (iso: IsoDate) => number): GanttMonth[] {
  const months: GanttMonth[] = [];
  let y = Number(plan.start.slice(0, 4));
  let m = Number(plan.start.slice(5, 7));
  const endKey = plan.end.slice(0, 7);
  // Bounded: a plan period of more than 20 years is not a timeline anyone prints.
  for (let guard = 0; guard < 240; guard++) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    const first = key === plan.start.slice(0, 7) ? plan.start : `${key}-01`;
    const next = m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${key.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
    const left = x(first);
    // x() clamps to the plan period, so the last month ends at the plan's end.
    const right = x(next);
    months.push({ x: round(left), labelX: round((left + right) / 2), label: monthLabel(m, plan.locale) });
    if (key >= endKey) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return months;
}

/** Lays out phases and (a bounded number of) tasks by day across the plan period. */
export function buildGantt(index: PlanIndex, options: GanttOptions = defaultGanttOptions): Gantt {
  const { plan, labels } = index;
  const first = dayNumber(plan.start);
  const days = Math.max(1, dayNumber(plan.end) - first + 1);
  const chartRight = WIDTH - 8;
  const scale = (chartRight - LABEL_WIDTH) / days;
  const x = (iso: IsoDate): number => LABEL_WIDTH + Math.min(days, Math.max(0, dayNumber(iso) - first)) * scale;
  const maxChars = plan.locale === 'en' ? 40 : 20;

  const rows: GanttRow[] = [];
  const bar = (kind: GanttRow['kind'], label: string, title: string, start: IsoDate, end: IsoDate, info?: TaskInfo): void => {
    const left = x(start);
    const right = x(end) + scale; // the end day is inclusive: the bar covers it
    rows.push({
      kind,
      y: HEADER + rows.length * ROW,
      label: truncate(label, maxChars),
      title,
      x: round(left),
      width: round(Math.max(2, Math.min(chartRight, right) - left)),
      ongoing: info?.task.ongoing ?? false,
      marks: info ? spreadMarks(info.task.occurrences.map((o) => x(o.date) + scale / 2), LABEL_WIDTH + 4, chartRight - 4) : [],
    });
  };

  const shares = allocate(index.phases, Math.max(0, options.maxTaskRows));
  let omitted = 0;
  index.phases.forEach((p, i) => {
    const title = `${p.number}. ${p.phase.title}`;
    bar('phase', title, title, p.phase.start, p.phase.end);
    const shown = shares[i] ?? 0;
    for (const t of p.tasks.slice(0, shown)) bar('task', `${t.number} ${t.task.title}`, t.task.title, t.task.start, t.task.end, t);
    omitted += p.tasks.length - shown;
  });

  return {
    width: WIDTH,
    height: HEADER + rows.length * ROW + 4,
    labelWidth: LABEL_WIDTH,
    headerHeight: HEADER,
    rowHeight: ROW,
    chartRight,
    months: monthsBetween(plan, x),
    rows,
    omitted,
    omittedText: omitted > 0 ? fillLabel(labels.timelineOmitted, { n: omitted }) : '',
    legend: {
      phase: rows.some((r) => r.kind === 'phase'),
      task: rows.some((r) => r.kind === 'task' && !r.ongoing),
      ongoing: rows.some((r) => r.ongoing),
      event: rows.some((r) => r.marks.length > 0),
    },
  };
}
