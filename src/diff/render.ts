import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { PlanDiff } from './diff.js';
import { sections } from './sections.js';

export type DiffFormat = 'text' | 'md' | 'json';

function heading(diff: PlanDiff, language: Language): string {
  return t(language, 'diff.heading', { plan: diff.after.title, from: diff.before.revision, to: diff.after.revision });
}

/** For a terminal: a heading per section, one indented line per row. */
export function renderText(diff: PlanDiff, language: Language, unitNames: ReadonlyMap<string, string>): string {
  const lines = [heading(diff, language), ''];
  const parts = sections(diff, language, unitNames);
  if (parts.length === 0) lines.push(t(language, 'diff.none'), '');
  for (const section of parts) {
    lines.push(section.heading);
    for (const row of section.rows) lines.push(`  ${row.join('  ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

// A cell may hold any plan text: pipes and newlines would break the table.
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** For a pull-request comment: one heading and one table per section. */
export function renderMarkdown(diff: PlanDiff, language: Language, unitNames: ReadonlyMap<string, string>): string {
  const lines = [`## ${cell(heading(diff, language))}`, ''];
  const parts = sections(diff, language, unitNames);
  if (parts.length === 0) lines.push(t(language, 'diff.none'), '');
  for (const section of parts) {
    lines.push(`### ${section.heading}`, '');
    lines.push(`| ${section.columns.map(cell).join(' | ')} |`, `|${section.columns.map(() => ' --- |').join('')}`);
    for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The stable JSON shape (see PlanDiff), two-space indented, with a final newline. */
export function renderJson(diff: PlanDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

export function renderDiff(diff: PlanDiff, format: DiffFormat, language: Language, unitNames: ReadonlyMap<string, string>): string {
  if (format === 'json') return renderJson(diff);
  return format === 'md' ? renderMarkdown(diff, language, unitNames) : renderText(diff, language, unitNames);
}
