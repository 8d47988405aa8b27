import { t } from '../../i18n/messages.js';
import type { IsoDate } from '../../model/plan.js';
import { fillLabel } from '../fill-label.js';
import { languageOfLocale } from '../labels.js';
import { dayNumber } from './format.js';
import { allocate, defaultGanttOptions } from './gantt.js';
import type { GanttOptions } from './gantt.js';
import type { PlanIndex, TaskInfo } from './plan-index.js';

// Mermaid's gantt grammar reads `:` as the start of a task's metadata, `;` and `#` as statement
// and entity syntax, `%%` as a comment, and its renderers treat `<`/`>` as markup. User text gets
// the full-width forms, which read the same to a Chinese reader and mean nothing to Mermaid.
const REPLACEMENTS: Readonly<Record<string, string>> = { ':': '：', ';': '；', '#': '＃', '%': '％', '<': '＜', '>': '＞', '`': '｀' };

/** User text for one Mermaid line: no line breaks, no syntax, never empty. */
export function mermaidText(value: string): string {
  const text = value
    .replace(/[\r\n\u2028\u2029\t]+/g, ' ')
    .replace(/[:;#%<>`]/g, (c) => REPLACEMENTS[c] ?? c)
    .trim();
  return text === '' ? '-' : text;
}

/** The day after: Mermaid's end dates are exclusive, the plan's are inclusive. */
function nextDay(iso: IsoDate): IsoDate {
  return new Date((dayNumber(iso) + 1) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The plan as a Mermaid gantt chart (renders on GitHub and Gitea): one section per phase with its
 * tasks, dated events as milestones, ongoing measures in their own section. Every task line starts
 * with its number, so no title can be read as a Mermaid keyword (`click`, `section`, …). At most
 * `maxTaskRows` tasks are drawn (GitHub refuses very large diagrams); a comment counts the rest.
 */
export function buildMermaidGantt(index: PlanIndex, options: GanttOptions = defaultGanttOptions): string {
  const { plan, labels } = index;
  const lines = ['gantt', `    title ${mermaidText(plan.title)}`, '    dateFormat YYYY-MM-DD', `    axisFormat ${t(languageOfLocale(plan.locale), 'labels.mermaid.axis-format')}`];
  let id = 0;
  const task = (t: TaskInfo): void => {
    lines.push(`    ${mermaidText(`${t.number} ${t.task.title}`)} :t${++id}, ${t.task.start}, ${nextDay(t.task.end)}`);
    for (const o of t.task.occurrences) lines.push(`    ${mermaidText(`${t.number} ${o.title}`)} :milestone, m${++id}, ${o.date}, 0d`);
  };
  const shares = allocate(index.phases, Math.max(0, options.maxTaskRows));
  let omitted = 0;
  index.phases.forEach((p, i) => {
    lines.push(`    section ${mermaidText(`${p.number}. ${p.phase.title}`)}`);
    const shown = shares[i] ?? 0;
    p.tasks.slice(0, shown).forEach(task);
    omitted += p.tasks.length - shown;
  });
  if (index.measures.length > 0) {
    lines.push(`    section ${mermaidText(labels.measures)}`);
    const shown = index.measures.slice(0, Math.max(0, options.maxTaskRows));
    shown.forEach(task);
    omitted += index.measures.length - shown.length;
  }
  if (omitted > 0) lines.push(`%% ${mermaidText(fillLabel(labels.timelineOmitted, { n: omitted }))}`);
  return `${lines.join('\n')}\n`;
}
