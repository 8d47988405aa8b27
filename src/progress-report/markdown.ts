// The 督办 report as Markdown (GitHub's dialect): a title, a section a heading, the count tables as
// pipe tables, items as lists. User text (titles, names) is escaped so it cannot become markup.
import { escapeMarkdown, escapeMarkdownCell } from '../emit/escape.js';
import type { RenderInput, Rendered } from './renderers.js';
import { reportText, type TextTable } from './report-text.js';

function table(data: TextTable): string[] {
  const row = (cells: readonly string[], bold = false): string => `| ${cells.map((c) => (bold && c !== '' ? `**${escapeMarkdownCell(c)}**` : escapeMarkdownCell(c))).join(' | ')} |`;
  return [row(data.headings), `| --- |${data.headings.slice(1).map(() => ' ---: |').join('')}`, ...data.rows.map((r) => (r.cells.length === 1 ? row([r.cells[0]!, ...data.headings.slice(1).map(() => '')], true) : row(r.cells, r.total === true)))];
}

export function renderMarkdown(input: RenderInput): Rendered {
  const text = reportText(input.report, input.language);
  const out: string[] = [];
  for (const title of text.titles) out.push(`# ${escapeMarkdown(title)}`, '');
  out.push(`**${escapeMarkdown(text.heading)}**`);
  for (const section of text.sections) {
    out.push('', `## ${escapeMarkdown(section.heading)}`, '');
    for (const paragraph of section.paragraphs ?? []) out.push(escapeMarkdown(paragraph), '');
    if (section.table) out.push(...table(section.table), '');
    if (section.groups && section.groups.length === 0 && section.empty) out.push(escapeMarkdown(section.empty), '');
    for (const group of section.groups ?? []) {
      if (group.heading !== undefined) out.push(`### ${escapeMarkdown(group.heading)}`, '');
      for (const item of group.items) out.push(`- ${escapeMarkdown(item)}`);
      out.push('');
    }
  }
  // Blocks end with a blank line and sections open with one: one blank line between blocks.
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '')}\n`;
}
