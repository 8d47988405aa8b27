import { pageCounter } from '../emit/emitters/summary-html.js';
import { cssString, escapeHtml } from '../emit/escape.js';
import { headingNumeral } from '../emit/docx/numbering.js';
import { t } from '../i18n/messages.js';
import { bulletinOf, cellText, type Bulletin, type BulletinTable } from './bulletin.js';
import type { RenderInput, Rendered } from './renderers.js';
import { unitsChartSvg } from './units-chart.js';

// The 督办 report as one printable A4 page of HTML: no script, no file beside it. Its fonts are
// the summary's: the packaged CJK face first (src/pdf adds it when printing to PDF), then the
// faces offices have.

/** The page: A4, the report's title at the top of every page but the first, page numbers at the foot. */
const pageStyle = (header: string, footer: string): string => `
@page { size: A4; margin: 20mm 16mm 18mm 16mm;
  @top-center { content: ${header}; font-size: 8pt; color: #666; }
  @bottom-center { content: ${footer}; font-size: 8pt; color: #666; } }
@page :first { @top-center { content: none; } }`;

const STYLE = `
html { font-family: "plan-cjk-serif", "FangSong", "STFangsong", "Source Han Serif SC", "Noto Serif CJK SC", "SimSun", "Songti SC", serif; font-size: 10.5pt; color: #111; }
body { margin: 0 auto; max-width: 178mm; line-height: 1.5; }
h1, h2, th, svg text { font-family: "plan-cjk-serif", "SimHei", "Heiti SC", "Source Han Sans SC", "Noto Sans CJK SC", sans-serif; }
.issuer { text-align: center; color: #c00; font-size: 20pt; letter-spacing: 0.15em; margin: 4mm 0 2mm; }
hr.rule { border: 0; border-top: 2px solid #c00; margin: 0 0 6mm; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 2mm; line-height: 1.35; }
p.as-of { text-align: center; margin: 0 0 6mm; }
h2 { font-size: 13pt; margin: 6mm 0 3mm; break-after: avoid; page-break-after: avoid; }
p { text-indent: 2em; margin: 0 0 3mm; }
p.none { color: #555; }
table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 9pt; line-height: 1.4; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #888; padding: 1mm 1.5mm; vertical-align: middle; text-align: left; overflow-wrap: anywhere; }
th { background: #eee; font-weight: normal; font-size: 8pt; text-align: center; padding: 1mm 0.5mm; overflow-wrap: break-word; }
td.number, td.date { text-align: center; }
tr.group td { background: #f5f5f5; font-weight: bold; }
tr.total td { font-weight: bold; }
svg.units-chart { display: block; margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
svg text { font-size: 10px; fill: #111; }
svg text.count { font-size: 9.5px; }
@media screen { body { padding: 10mm 0; } }
`;

function tableHtml(table: BulletinTable, bulletin: Bulletin): string {
  const total = table.columns.reduce((n, c) => n + c.share, 0);
  const cols = table.columns.map((c) => `<col style="width:${((100 * c.share) / total).toFixed(2)}%">`).join('');
  const head = table.columns.map((c) => `<th>${escapeHtml(c.heading)}</th>`).join('');
  const body: string[] = [];
  let group: string | undefined;
  for (const row of table.rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      body.push(`<tr class="group"><td colspan="${table.columns.length}">${escapeHtml(group)}</td></tr>`);
    }
    const cells = row.cells.map((cell, i) => `<td class="${table.columns[i]?.kind ?? 'text'}">${escapeHtml(cellText(cell, bulletin))}</td>`).join('');
    body.push(`<tr${row.total ? ' class="total"' : ''}>${cells}</tr>`);
  }
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/** report.html: title, 截至 line, then each section under 一、二、… with its sentences, the units chart and its table. */
export function renderHtml({ report, language }: RenderInput): Rendered {
  const bulletin = bulletinOf(report, language);
  const numeral = headingNumeral(language);
  const lang = bulletin.locale === 'en' ? 'en' : 'zh-CN';
  const sections = bulletin.sections.map((section, i) => {
    const parts = [`<section class="${section.key}">`, `<h2>${escapeHtml(t(language, 'docx.phase-heading', { n: numeral(i + 1), title: section.heading }))}</h2>`];
    for (const sentence of section.paragraphs) parts.push(`<p>${escapeHtml(sentence)}</p>`);
    if (section.key === 'units') parts.push(unitsChartSvg(bulletin.chart, language));
    parts.push(section.table.rows.length > 0 ? tableHtml(section.table, bulletin) : `<p class="none">${escapeHtml(bulletin.none)}</p>`);
    parts.push('</section>');
    return parts.join('\n');
  });
  const page = pageStyle(cssString(bulletin.title), pageCounter({ pageOf: t(language, 'labels.summary.page-of') }));
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(bulletin.title)}</title>`,
    `<style>${page}${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    ...(bulletin.issuer ? [`<p class="issuer">${escapeHtml(bulletin.issuer)}</p>`, '<hr class="rule">'] : []),
    `<h1>${escapeHtml(bulletin.title)}</h1>`,
    `<p class="as-of">${escapeHtml(bulletin.asOfLine)}</p>`,
    '</header>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
