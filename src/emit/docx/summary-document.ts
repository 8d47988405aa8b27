import { t } from '../../i18n/messages.js';
import type { ResolvedPlan } from '../../model/plan.js';
import type { Labels } from '../labels.js';
import { languageOfLocale } from '../labels.js';
import { indexPlan, type TaskInfo } from '../summary/plan-index.js';
import { periodLine } from '../summary/view.js';
import { paragraphXml, taskTableXml, type TableColumn, type TableLine } from './body-xml.js';
import { STYLE } from './document.js';
import { fullDate, headingNumeral } from './numbering.js';
import { packDocx } from './pack.js';
import type { StateColumn } from '../state-column.js';

/** 牵头单位：…；配合单位：…；完成时限：…: who does a task and by when, on one line. */
function assignmentLine(info: TaskInfo, L: Labels, progress: StateColumn | undefined): string {
  const parts = [`${L.lead}${L.colon}${info.leadNames || L.none}`];
  if (info.supportNames) parts.push(`${L.support}${L.colon}${info.supportNames}`);
  parts.push(`${L.due}${L.colon}${deadline(info, L)}`);
  if (progress) parts.push(`${progress.heading}${L.colon}${progress.cell(info.task.id)}`);
  return parts.join(L.wordingSep);
}

/** The deadline as a reader says it: 10月31日, 长期坚持 for ongoing work, and 共 3 次 when it recurs. */
export function deadline(info: TaskInfo, L: Labels): string {
  const when = info.task.ongoing ? L.ongoing : info.due.text;
  return info.note && !info.task.ongoing ? `${when}${L.wordingSep}${info.note}` : when;
}

/** Body paragraphs of a task's detail, one per line of it. */
function detailParagraphs(info: TaskInfo): string {
  return (info.task.detail ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => paragraphXml(STYLE.body, line.trim()))
    .join('');
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

/** The annex's columns with the 进展 column last, when progress was given; its room comes from the task's title. */
export function withStateColumn(columns: TableColumn[], progress: StateColumn | undefined): TableColumn[] {
  if (!progress) return columns;
  return [...columns.map((c, i) => (i === 1 ? { ...c, share: c.share - 13 } : c)), { heading: progress.heading, share: 13, center: true }];
}

export const TABLE_STYLES = { header: STYLE.tableHeader, cell: STYLE.table } as const;

/**
 * summary.docx: the plan as its office issues it (GB/T 9704-2012): title, period, each phase
 * (一、) with its window and its tasks (（一）) saying who leads, who supports and by when, the
 * measures, the issuer and date; then, on a page of its own, 附件 重点任务分工表.
 */
export function summaryDocx(plan: ResolvedPlan, generatedAt: Date, progress?: StateColumn): Uint8Array {
  const index = indexPlan(plan);
  const L = index.labels;
  const language = languageOfLocale(plan.locale);
  const numeral = headingNumeral(language);
  const body: string[] = [paragraphXml(STYLE.title, plan.title)];

  body.push(paragraphXml(STYLE.body, `${L.period}${L.colon}${periodLine(plan, L).text}`));

  const partTitle = (n: number, title: string) => t(language, 'docx.phase-heading', { n: numeral(n), title });
  const taskParagraphs = (info: TaskInfo, n: number) =>
    paragraphXml(STYLE.heading2, t(language, 'docx.task-heading', { n: numeral(n), title: info.task.title })) +
    detailParagraphs(info) +
    paragraphXml(STYLE.body, assignmentLine(info, L, progress));

  for (const phase of index.phases) {
    body.push(paragraphXml(STYLE.heading1, partTitle(phase.number, phase.phase.title)));
    body.push(paragraphXml(STYLE.body, `${L.dates}${L.colon}${phase.window.text}`));
    phase.tasks.forEach((info, i) => body.push(taskParagraphs(info, i + 1)));
  }
  const measuresTitle = partTitle(index.phases.length + 1, t(language, 'docx.measures'));
  if (index.measures.length > 0) {
    body.push(paragraphXml(STYLE.heading1, measuresTitle));
    index.measures.forEach((info, i) => body.push(taskParagraphs(info, i + 1)));
  }

  // 成文日期 (§7.3.5): the issue date when the plan gives one. Without it no date is printed: the
  // build's "now" (the plan's start) would pass for a 成文日期 the office never wrote.
  body.push(paragraphXml(STYLE.body, ''));
  if (plan.issuer) body.push(paragraphXml(STYLE.signature, plan.issuer));
  if (plan.issued) body.push(paragraphXml(STYLE.signature, fullDate(plan.issued, plan.locale)));

  // 附件 (§8): on a new page, its label at the top left in 黑体, its title like the document's.
  body.push(paragraphXml(STYLE.annexLabel, t(language, 'docx.annex'), { pageBreakBefore: true }));
  body.push(paragraphXml(STYLE.title, t(language, 'docx.annex-title')));
  const lines: TableLine[] = [];
  const row = (info: TaskInfo) => ({ cells: [info.number, info.task.title, info.leadNames, info.supportNames, deadline(info, L), ...(progress ? [progress.cell(info.task.id)] : [])] });
  for (const phase of index.phases) {
    lines.push({ group: partTitle(phase.number, phase.phase.title) });
    for (const info of phase.tasks) lines.push(row(info));
  }
  if (index.measures.length > 0) {
    lines.push({ group: measuresTitle });
    for (const info of index.measures) lines.push(row(info));
  }
  // A loop, not push(...rows): a spread of 100,000 rows overflows the call stack.
  for (const part of taskTableXml(withStateColumn(annexColumns(L, t(language, 'docx.key-task')), progress), lines, TABLE_STYLES)) body.push(part);

  return packDocx({ title: plan.title, creator: plan.issuer ?? '', lang: L.lang, pageNumber: t(language, 'docx.page-number'), body }, generatedAt);
}
