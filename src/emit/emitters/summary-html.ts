import type { Emitter, TextArtifact } from '../artifact.js';
import { cssString } from '../escape.js';
import type { Labels } from '../labels.js';
import { defaultGanttOptions } from '../summary/gantt.js';
import { buildSummaryView } from '../summary/view.js';
import { stateColumn } from '../state-column.js';
import { loadTemplates } from '../templates.js';

export interface SummaryHtmlOptions {
  /** A folder of user templates, instead of the context's `templatesDir`; missing ones fall back to the package's. */
  readonly templatesDir?: string;
  /** Task rows drawn in the timeline at most, so a 10,000-task plan still prints on a page. */
  readonly ganttMaxRows?: number;
}

/** Makes the printable summary emitter (`summary.html`) with non-default options. */
export function createSummaryHtmlEmitter(options: SummaryHtmlOptions = {}): Emitter<TextArtifact> {
  const gantt = { maxTaskRows: options.ganttMaxRows ?? defaultGanttOptions.maxTaskRows };
  return {
    id: 'summary-html',
    description: 'Printable A4 summary: title block, timeline, task tables by phase, unit matrix, events, measures.',
    files: ['summary.html'],
    emit({ plan, generatedAt, templatesDir, states }) {
      const templates = loadTemplates(options.templatesDir ?? templatesDir);
      const view = buildSummaryView(plan, generatedAt, { gantt, progress: stateColumn(states, plan.locale, plan.year) });
      const print = { header: cssString(plan.title), footer: pageCounter(view.labels) };
      return [{ path: 'summary.html', contents: templates.render('summary.html', { ...view, print }), mediaType: 'text/html' }];
    },
  };
}

/**
 * The page footer as a CSS `content` value: the label's `{{page}}` and `{{pages}}` become CSS
 * counters, the rest stays (escaped) text: `"第 " counter(page) " 页 共 " counter(pages) " 页"`.
 */
export function pageCounter(labels: Pick<Labels, 'pageOf'>): string {
  return labels.pageOf
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** `summary.html` with the package's templates. */
export const summaryHtmlEmitter: Emitter<TextArtifact> = createSummaryHtmlEmitter();
