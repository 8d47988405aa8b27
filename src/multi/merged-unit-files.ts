import type { Artifact } from '../emit/artifact.js';
import { DOCX_MEDIA_TYPE } from '../emit/docx/pack.js';
import { unitDocx } from '../emit/docx/unit-document.js';
import { pageCounter } from '../emit/emitters/summary-html.js';
import { cssString, escapeMarkdownCell } from '../emit/escape.js';
import { loadTemplates } from '../emit/templates.js';
import { unitCsv } from '../emit/unit-lists/csv.js';
import { unitSheet } from '../emit/unit-lists/unit-sheet.js';
import type { UnitView } from '../emit/unit-lists/view.js';
import { XLSX_MEDIA_TYPE, xlsxWorkbook } from '../emit/unit-lists/xlsx.js';
import type { Locale } from '../model/plan.js';

/** The unit-list outputs of `plan build`, by emitter id, that have a combined form. */
export const UNIT_OUTPUTS = ['unit-lists', 'unit-html', 'unit-xlsx', 'unit-docx'] as const;

/**
 * `units/<unit>.*` of a combined build: the files the unit-list emitters write for one plan
 * (src/emit/emitters/unit-*.ts), written from views that hold every plan's items.
 */
export function* mergedUnitFiles(
  views: Iterable<UnitView>,
  outputs: ReadonlySet<string>,
  options: { readonly locale: Locale; readonly generatedAt: Date; readonly templatesDir?: string | undefined },
): Iterable<Artifact> {
  const templates = loadTemplates(options.templatesDir);
  for (const view of views) {
    const base = `units/${view.unit.id}`;
    if (outputs.has('unit-lists')) {
      yield { path: `${base}.md`, contents: templates.render('unit-tasks.md', { ...view, cell: escapeMarkdownCell }), mediaType: 'text/markdown' };
      yield { path: `${base}.csv`, contents: unitCsv(view), mediaType: 'text/csv' };
    }
    if (outputs.has('unit-html')) {
      const print = { header: cssString(`${view.heading} · ${view.planTitle}`), footer: pageCounter(view.labels) };
      yield { path: `${base}.html`, contents: templates.render('unit-tasks.html', { ...view, print }), mediaType: 'text/html' };
    }
    if (outputs.has('unit-xlsx')) yield { path: `${base}.xlsx`, contents: xlsxWorkbook(unitSheet(view, options.locale)), mediaType: XLSX_MEDIA_TYPE };
    if (outputs.has('unit-docx')) yield { path: `${base}.docx`, contents: unitDocx(view, options.generatedAt, options.locale), mediaType: DOCX_MEDIA_TYPE };
  }
}
