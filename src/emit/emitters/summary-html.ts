import type { Emitter } from '../artifact.js';
import { defaultGanttOptions } from '../summary/gantt.js';
import { buildSummaryView } from '../summary/view.js';
import { loadTemplates } from '../templates.js';

export interface SummaryHtmlOptions {
  /** A folder of user templates (`--templates DIR`); missing ones fall back to the package's. */
  readonly templatesDir?: string;
  /** Task rows drawn in the timeline at most, so a 10,000-task plan still prints on a page. */
  readonly ganttMaxRows?: number;
}

/** Makes the printable summary emitter (`summary.html`) with non-default options. */
export function createSummaryHtmlEmitter(options: SummaryHtmlOptions = {}): Emitter {
  const gantt = { maxTaskRows: options.ganttMaxRows ?? defaultGanttOptions.maxTaskRows };
  return {
    id: 'summary-html',
    description: 'Printable A4 summary: title block, timeline, task tables by phase, unit matrix, events, measures.',
    emit({ plan, generatedAt }) {
      const templates = loadTemplates(options.templatesDir);
      const view = buildSummaryView(plan, generatedAt, { gantt });
      return [{ path: 'summary.html', contents: templates.render('summary.html', view), mediaType: 'text/html' }];
    },
  };
}

/** `summary.html` with the package's templates. */
export const summaryHtmlEmitter: Emitter = createSummaryHtmlEmitter();
