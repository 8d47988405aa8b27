import type { Emitter, TextArtifact } from '../artifact.js';
import { escapeMarkdownCell } from '../escape.js';
import { buildSummaryView } from '../summary/view.js';
import { stateColumn } from '../state-column.js';
import { loadTemplates } from '../templates.js';

export interface SummaryMdOptions {
  /** A folder of user templates, instead of the context's `templatesDir`; missing ones fall back to the package's. */
  readonly templatesDir?: string;
}

/** Makes the Markdown summary emitter (`summary.md`) with non-default options. */
export function createSummaryMdEmitter(options: SummaryMdOptions = {}): Emitter<TextArtifact> {
  return {
    id: 'summary-md',
    description: 'The summary in Markdown: title block, task tables by phase, unit matrix, events, measures.',
    files: ['summary.md'],
    emit({ plan, generatedAt, templatesDir, states }) {
      const templates = loadTemplates(options.templatesDir ?? templatesDir);
      // `cell` keeps line breaks (as <br>) where a template wants multi-line text in a table.
      const view = { ...buildSummaryView(plan, generatedAt, { progress: stateColumn(states, plan.locale, plan.year) }), cell: escapeMarkdownCell };
      return [{ path: 'summary.md', contents: templates.render('summary.md', view), mediaType: 'text/markdown' }];
    },
  };
}

/** `summary.md` with the package's templates. */
export const summaryMdEmitter: Emitter<TextArtifact> = createSummaryMdEmitter();
