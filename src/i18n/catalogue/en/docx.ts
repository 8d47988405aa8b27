/**
 * English: the docx area. The words of the Word documents (summary.docx, units/<id>.docx) that the
 * labels area does not already hold; shared words (lead unit, deadline, role) come from there.
 */
export const docx = {
  // Phase headings and task headings of the body: `1. Title`, `(1) Title`.
  'docx.phase-heading': '{{n}}. {{title}}',
  'docx.task-heading': '({{n}}) {{title}}',
  // Chinese documents number headings 一、二、 and （一）; English ones use digits (both left empty).
  'docx.numeral-digits': '',
  'docx.numeral-ten': '',
  // The last part of the body: the plan's ongoing measures.
  'docx.measures': 'Safeguards',
  // The table after the page break, and its header.
  'docx.annex': 'Annex',
  'docx.annex-title': 'Division of key tasks',
  'docx.key-task': 'Key task',
  // The page number in the footer; {{page}} is Word's page field.
  'docx.page-number': '— {{page}} —',
} as const satisfies Readonly<Record<string, string>>;
