import type { BinaryArtifact, Emitter } from '../artifact.js';
import { DOCX_MEDIA_TYPE } from '../docx/pack.js';
import { summaryDocx } from '../docx/summary-document.js';

/** `summary.docx`: the plan laid out as its office issues it (GB/T 9704-2012), with 附件 重点任务分工表. */
export const summaryDocxEmitter: Emitter<BinaryArtifact> = {
  id: 'summary-docx',
  description: 'The plan as a Word document laid out as an office issues it (GB/T 9704), with the table of who does what.',
  files: ['summary.docx'],
  emit: ({ plan, generatedAt }) => [{ path: 'summary.docx', contents: summaryDocx(plan, generatedAt), mediaType: DOCX_MEDIA_TYPE }],
};
