import { stateColumn } from '../state-column.js';
import type { BinaryArtifact, Emitter } from '../artifact.js';
import { DOCX_MEDIA_TYPE } from '../docx/pack.js';
import { summaryDocx } from '../docx/summary-document.js';

/** `summary.docx`: the plan laid out as its office issues it (GB/T 9704-2012), with 附件 重点任务分工表. */
export const summaryDocxEmitter: Emitter<BinaryArtifact> = {
  id: 'summary-docx',
  description: 'The plan as a Word document laid out as an office issues it (GB/T 9704), with the table of who does what.',
  files: ['summary.docx'],
  // Off unless asked for: the Word library's load and the documents cost a default build of
  // 10,000 tasks about half again its time (README, Performance).
  optIn: { flags: '--docx', description: 'also write summary.docx and units/<unit>.docx (Word, laid out as GB/T 9704)' },
  emit: ({ plan, generatedAt, states }) => [{ path: 'summary.docx', contents: summaryDocx(plan, generatedAt, stateColumn(states, plan.locale, plan.year)), mediaType: DOCX_MEDIA_TYPE }],
};
