import { t } from '../../i18n/messages.js';
import type { Locale } from '../../model/plan.js';
import { languageOfLocale } from '../labels.js';
import { roleLabel, unitTaskRows } from '../unit-lists/rows.js';
import type { UnitView } from '../unit-lists/view.js';
import { gongwenDocument, STYLE, styled } from './document.js';
import { packDocx } from './pack.js';
import { annexColumns, deadline } from './summary-document.js';
import { taskTable } from './task-table.js';

/**
 * units/<id>.docx: one unit's task list as a document it can print and file: <unit>任务清单, the
 * plan's title below it, and the table of 附件 with only this unit's tasks and its role in each.
 * The rows are the CSV's (src/emit/unit-lists/rows.ts): led tasks, supported ones, then measures.
 */
export function unitDocx(view: UnitView, generatedAt: Date, locale: Locale): Uint8Array {
  const L = view.labels;
  const language = languageOfLocale(locale);
  const rows = unitTaskRows(view);
  const columns = [...annexColumns(L, t(language, 'docx.key-task')), { heading: L.role, share: 8, center: true }];
  const table = taskTable(
    columns,
    rows.map(({ role, task: info }) => ({ cells: [info.number, info.task.title, info.leadNames, info.supportNames, deadline(info, L), roleLabel(L, role)] })),
  );
  const children = [styled(STYLE.title, view.heading), styled(STYLE.subtitle, view.planTitle), rows.length > 0 ? table : styled(STYLE.body, L.none)];
  const document = gongwenDocument({ title: view.heading, creator: view.unit.name, lang: L.lang, pageNumber: t(language, 'docx.page-number'), children });
  return packDocx(document, generatedAt);
}
