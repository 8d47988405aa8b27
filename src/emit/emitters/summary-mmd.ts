import type { EmitContext } from '../artifact.js';
import { defaultGanttOptions } from '../summary/gantt.js';
import { buildMermaidGantt } from '../summary/mermaid.js';
import { indexPlan } from '../summary/plan-index.js';

export interface SummaryMmdOptions {
  /** Task rows drawn at most, as in the HTML timeline. */
  readonly maxTaskRows?: number;
}

// Not yet one of artifact.ts's MediaTypes; the emitter joins emit.ts once it is.
export const MERMAID_MEDIA_TYPE = 'text/vnd.mermaid';

export interface MermaidArtifact {
  readonly path: string;
  readonly contents: string;
  readonly mediaType: typeof MERMAID_MEDIA_TYPE;
}

/** Makes the emitter of `summary.mmd`, the timeline as a Mermaid gantt chart. */
export function createSummaryMmdEmitter(options: SummaryMmdOptions = {}): {
  readonly id: string;
  readonly description: string;
  emit(context: EmitContext): readonly MermaidArtifact[];
} {
  const maxTaskRows = options.maxTaskRows ?? defaultGanttOptions.maxTaskRows;
  return {
    id: 'summary-mmd',
    description: 'The timeline as a Mermaid gantt chart (summary.mmd), which GitHub and Gitea render.',
    emit({ plan }) {
      return [{ path: 'summary.mmd', contents: buildMermaidGantt(indexPlan(plan), { maxTaskRows }), mediaType: MERMAID_MEDIA_TYPE }];
    },
  };
}

export const summaryMmdEmitter = createSummaryMmdEmitter();
