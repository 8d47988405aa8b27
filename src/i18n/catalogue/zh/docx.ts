import type { docx as en } from '../en/docx.js';

/** 中文:docx 部分(summary.docx 与各单位 .docx 的用语),键与英文相同(由类型保证)。 */
export const docx: Readonly<Record<keyof typeof en, string>> = {
  'docx.phase-heading': '{{n}}、{{title}}',
  'docx.task-heading': '（{{n}}）{{title}}',
  'docx.numeral-digits': '〇一二三四五六七八九',
  'docx.numeral-ten': '十',
  'docx.measures': '保障措施',
  'docx.annex': '附件',
  'docx.annex-title': '重点任务分工表',
  'docx.key-task': '重点任务',
  'docx.page-number': '— {{page}} —',
};
