import { t } from '../../i18n/messages.js';
import type { Locale } from '../../model/plan.js';
import { languageOfLocale } from '../labels.js';
import { roleLabel, unitTaskRows } from '../unit-lists/rows.js';
import type { UnitView } from '../unit-lists/view.js';
import { paragraphXml, taskTableXml } from './body-xml.js';
import { STYLE } from './document.js';
import { packDocx } from './pack.js';
import { annexColumns, deadline, TABLE_STYLES } from './summary-document.js';

/**
 * units/<id>.docx: one unit's task list as a document it can print and file: <unit>任务清单, the
 * plan's title below it, and the table of 附件 with only this unit's tasks and its role in each.
 * The rows are the CSV's (src/emit/unit-lists/rows.ts): led tasks, supported ones, then measures.
 */
export function unitDocx(view: UnitView, generatedAt: Date, locale: Locale): Uint8Array {
  const L = view.labels;
  const language = languageOfLocale(locale);
  const rows = unitTaskRows(view);
  const { progress } = view;
  // The 进展 column, when progress was given, takes its room from the title and the unit names:
  // wide enough for 已完成（10月31日） on two lines.
  const annex = annexColumns(L, t(language, 'docx.key-task'));
  const narrower = [0, 10, 3, 3, 0];
  const base = progress ? annex.map((c, i) => ({ ...c, share: c.share - (narrower[i] ?? 0) })) : annex;
  const columns = [...base, { heading: L.role, share: 8, center: true }, ...(progress ? [{ heading: progress.heading, share: 16, center: true }] : [])];
  const table =
    rows.length > 0
      ? taskTableXml(
          columns,
          rows.map(({ role, task: info }) => ({ cells: [info.number, info.task.title, info.leadNames, info.supportNames, deadline(info, L), roleLabel(L, role), ...(progress ? [progress.cell(info.task.id)] : [])] })),
          TABLE_STYLES,
        )
      : [paragraphXml(STYLE.body, L.none)];
  const body = [paragraphXml(STYLE.title, view.heading), paragraphXml(STYLE.subtitle, view.planTitle)].concat(table);
  return packDocx({ title: view.heading, creator: view.unit.name, lang: L.lang, pageNumber: t(language, 'docx.page-number'), body }, generatedAt);
}
