import { paragraphXml, taskTableXml, type TableColumn, type TableLine } from '../emit/docx/body-xml.js';
import { STYLE } from '../emit/docx/document.js';
import { fullDate, headingNumeral } from '../emit/docx/numbering.js';
import { packDocx } from '../emit/docx/pack.js';
import { TABLE_STYLES } from '../emit/docx/summary-document.js';
import { t } from '../i18n/messages.js';
import { bulletinOf, cellText, type Bulletin, type BulletinTable } from './bulletin.js';
import type { RenderInput, Rendered } from './renderers.js';

// The 督办 report as a Word document in the summary's 公文 layout (GB/T 9704 page, faces, page
// numbers: src/emit/docx): title, 截至 line, each section under 一、二、 with its sentences and
// its table (header row repeated on every page, rows never split), the issuer and the day.

function tableXml(table: BulletinTable, bulletin: Bulletin): string[] {
  const columns: TableColumn[] = table.columns.map((c) => ({ heading: c.heading, share: c.share, center: c.kind !== 'text' }));
  const lines: TableLine[] = [];
  let group: string | undefined;
  for (const row of table.rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      lines.push({ group });
    }
    lines.push({ cells: row.cells.map((cell) => cellText(cell, bulletin)) });
  }
  return taskTableXml(columns, lines, TABLE_STYLES);
}

/** report.docx, dated the report's day (not the clock): the same report gives the same bytes. */
export function renderDocx({ report, language }: RenderInput): Rendered {
  const bulletin = bulletinOf(report, language);
  const numeral = headingNumeral(language);
  const body: string[] = [paragraphXml(STYLE.title, bulletin.title), paragraphXml(STYLE.subtitle, bulletin.asOfLine)];
  bulletin.sections.forEach((section, i) => {
    body.push(paragraphXml(STYLE.heading1, t(language, 'docx.phase-heading', { n: numeral(i + 1), title: section.heading })));
    for (const sentence of section.paragraphs) body.push(paragraphXml(STYLE.body, sentence));
    // A loop, not push(...rows): a 10,000-task report's rows would overflow the call stack.
    if (section.table.rows.length > 0) for (const part of tableXml(section.table, bulletin)) body.push(part);
    else body.push(paragraphXml(STYLE.body, bulletin.none));
  });
  body.push(paragraphXml(STYLE.body, ''));
  if (bulletin.issuer) body.push(paragraphXml(STYLE.signature, bulletin.issuer));
  body.push(paragraphXml(STYLE.signature, fullDate(bulletin.asOf, bulletin.locale)));
  return packDocx(
    { title: bulletin.title, creator: bulletin.issuer ?? '', lang: bulletin.locale, pageNumber: t(language, 'docx.page-number'), body },
    new Date(`${bulletin.asOf}T00:00:00Z`),
  );
}
