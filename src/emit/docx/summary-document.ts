import { Paragraph, type FileChild } from 'docx';
import { t } from '../../i18n/messages.js';
import type { ResolvedPlan } from '../../model/plan.js';
import type { Labels } from '../labels.js';
import { languageOfLocale } from '../labels.js';
import { isoFromInstant } from '../summary/format.js';
import { indexPlan, type TaskInfo } from '../summary/plan-index.js';
import { buildSummaryView } from '../summary/view.js';
import { gongwenDocument, STYLE, styled } from './document.js';
import { fullDate, headingNumeral } from './numbering.js';
import { packDocx } from './pack.js';
import { taskTable, type TableColumn, type TableLine } from './task-table.js';

/** 牵头单位：…；配合单位：…；完成时限：…: who does a task and by when, on one line. */
function assignmentLine(info: TaskInfo, L: Labels): string {
  const parts = [`${L.lead}${L.colon}${info.leadNames || L.none}`];
  if (info.supportNames) parts.push(`${L.support}${L.colon}${info.supportNames}`);
  parts.push(`${L.due}${L.colon}${deadline(info, L)}`);
  return parts.join(L.wordingSep);
}

/** The deadline as a reader says it: 10月31日, 长期坚持 for ongoing work, and 共 3 次 when it recurs. */
export function deadline(info: TaskInfo, L: Labels): string {
  const when = info.task.ongoing ? L.ongoing : info.due.text;
  return info.note && !info.task.ongoing ? `${when}${L.wordingSep}${info.note}` : when;
}

/** Body paragraphs of a task's detail, one per line of it. */
function detailParagraphs(info: TaskInfo): Paragraph[] {
  return (info.task.detail ?? '').split('\n').filter((line) => line.trim() !== '').map((line) => styled(STYLE.body, line.trim()));
}

/** The columns of 附件 重点任务分工表. */
export function annexColumns(L: Labels, keyTask: string): TableColumn[] {
  return [
    { heading: L.number, share: 9, center: true },
    { heading: keyTask, share: 37 },
    { heading: L.lead, share: 16 },
    { heading: L.support, share: 16 },
    // Wide enough for 10月31日 on one line.
    { heading: L.due, share: 17, center: true },
  ];
}

/**
 * summary.docx: the plan as its office issues it (GB/T 9704-2012): title, period, each phase
 * (一、) with its window and its tasks (（一）) saying who leads, who supports and by when, the
 * measures, the issuer and date; then, on a page of its own, 附件 重点任务分工表.
 */
export function summaryDocx(plan: ResolvedPlan, generatedAt: Date): Uint8Array {
  const index = indexPlan(plan);
  const L = index.labels;
  const language = languageOfLocale(plan.locale);
  const numeral = headingNumeral(language);
  const view = buildSummaryView(plan, generatedAt);
  const children: FileChild[] = [styled(STYLE.title, plan.title)];

  const period = view.meta.find((line) => line.label === L.period);
  if (period) children.push(styled(STYLE.body, `${L.period}${L.colon}${period.text}`));

  const section = (n: number, title: string) => styled(STYLE.heading1, t(language, 'docx.phase-heading', { n: numeral(n), title }));
  const taskParagraphs = (info: TaskInfo, n: number) => [
    styled(STYLE.heading2, t(language, 'docx.task-heading', { n: numeral(n), title: info.task.title })),
    ...detailParagraphs(info),
    styled(STYLE.body, assignmentLine(info, L)),
  ];

  for (const phase of index.phases) {
    children.push(section(phase.number, phase.phase.title));
    children.push(styled(STYLE.body, `${L.dates}${L.colon}${phase.window.text}`));
    phase.tasks.forEach((info, i) => children.push(...taskParagraphs(info, i + 1)));
  }
  const measuresTitle = t(language, 'docx.measures');
  if (index.measures.length > 0) {
    children.push(section(index.phases.length + 1, measuresTitle));
    index.measures.forEach((info, i) => children.push(...taskParagraphs(info, i + 1)));
  }

  // 成文日期 (§7.3.5): the issue date, else the build's date; one blank line above the signature.
  children.push(new Paragraph({ style: STYLE.body, children: [] }));
  if (plan.issuer) children.push(styled(STYLE.signature, plan.issuer));
  children.push(styled(STYLE.signature, fullDate(plan.issued ?? isoFromInstant(generatedAt), plan.locale)));

  // 附件 (§8): on a new page, its label at the top left in 黑体, its title like the document's.
  children.push(styled(STYLE.annexLabel, t(language, 'docx.annex'), { pageBreakBefore: true }));
  children.push(styled(STYLE.title, t(language, 'docx.annex-title')));
  const lines: TableLine[] = [];
  const row = (info: TaskInfo) => ({ cells: [info.number, info.task.title, info.leadNames, info.supportNames, deadline(info, L)] });
  for (const phase of index.phases) {
    lines.push({ group: t(language, 'docx.phase-heading', { n: numeral(phase.number), title: phase.phase.title }) });
    for (const info of phase.tasks) lines.push(row(info));
  }
  if (index.measures.length > 0) {
    lines.push({ group: t(language, 'docx.phase-heading', { n: numeral(index.phases.length + 1), title: measuresTitle }) });
    for (const info of index.measures) lines.push(row(info));
  }
  children.push(taskTable(annexColumns(L, t(language, 'docx.key-task')), lines));

  const document = gongwenDocument({ title: plan.title, creator: plan.issuer ?? '', lang: L.lang, pageNumber: t(language, 'docx.page-number'), children });
  return packDocx(document, generatedAt);
}
