import type { Emitter, TextArtifact } from '../artifact.js';
import { defaultGanttOptions } from '../summary/gantt.js';
import { buildMermaidGantt } from '../summary/mermaid.js';
import { indexPlan } from '../summary/plan-index.js';

export interface SummaryMmdOptions {
  /** Task rows drawn at most, as in the HTML timeline. */
  readonly maxTaskRows?: number;
}

/** Makes the emitter of `summary.mmd`, the timeline as a Mermaid gantt chart. */
export function createSummaryMmdEmitter(options: SummaryMmdOptions = {}): Emitter<TextArtifact> {
  const maxTaskRows = options.maxTaskRows ?? defaultGanttOptions.maxTaskRows;
  return {
    id: 'summary-mmd',
    description: 'The timeline as a Mermaid gantt chart (summary.mmd), which GitHub and Gitea render.',
    files: ['summary.mmd'],
    emit({ plan }) {
      return [{ path: 'summary.mmd', contents: buildMermaidGantt(indexPlan(plan), { maxTaskRows }), mediaType: 'text/vnd.mermaid' }];
    },
  };
}

export const summaryMmdEmitter = createSummaryMmdEmitter();
