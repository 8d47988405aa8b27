import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { ProgressDiff } from './progress-diff.js';
import type { DiffFormat } from './render.js';
import type { Section } from './sections.js';

/** The progress diff's sections in reading order; empty ones are left out. */
function progressSections(diff: ProgressDiff, language: Language): Section[] {
  const say = (key: MessageKey, data?: Readonly<Record<string, string | number>>): string => t(language, key, data);
  const leads = (names: readonly string[]) => names.join(say('diff.list-separator'));
  const state = (s: { state: string; date: string } | undefined) => (s ? say('diff.progress.reported', { state: say(`progress.state.${s.state}` as MessageKey), date: s.date }) : say('progress.state.unreported'));
  const task = (ref: { id: string; title: string }) => `${ref.id} ${ref.title}`;
  const col = (key: string) => say(`diff.progress.column.${key}` as MessageKey);
  const out: Section[] = [];
  const push = (heading: MessageKey, columns: string[], rows: string[][]) => {
    if (rows.length > 0) out.push({ heading: say(heading), columns, rows });
  };
  push('diff.progress.section.changed', [col('task'), col('lead'), col('from'), col('to')], diff.changed.map((c) => [task(c.task), leads(c.task.leads), state(c.from), state(c.to)]));
  push(
    'diff.progress.section.done',
    [col('task'), col('lead'), col('finished'), col('due')],
    diff.newlyDone.map((d) => [task(d.task), leads(d.task.leads), d.daysLate ? say('diff.progress.late', { date: d.finished, days: d.daysLate }) : d.finished, d.task.due]),
  );
  push('diff.progress.section.overdue', [col('task'), col('lead'), col('due'), col('overdue')], diff.newlyOverdue.map((o) => [task(o.task), leads(o.task.leads), o.task.due, say('diff.progress.days', { days: o.daysOverdue })]));
  push('diff.progress.section.notes', [col('task'), col('date'), col('unit'), col('note')], diff.notes.map((n) => [task(n.task), n.date, n.unit ?? '', n.note]));
  push('diff.progress.section.unreported', [col('task'), col('lead'), col('start'), col('due')], diff.unreported.map((u) => [task(u.task), leads(u.task.leads), u.start, u.task.due]));
  return out;
}

// A cell may hold any note: pipes and newlines would break the table.
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** `plan diff --progress` / `--since` in the format asked for: text, Markdown, or the model as JSON. */
export function renderProgressDiff(diff: ProgressDiff, format: DiffFormat, language: Language): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  const heading = t(language, 'diff.progress.heading', { plan: diff.plan.title, since: diff.since, asOf: diff.asOf });
  const parts = progressSections(diff, language);
  const md = format === 'md';
  const lines = [md ? `## ${cell(heading)}` : heading, ''];
  if (parts.length === 0) lines.push(t(language, 'diff.progress.none'), '');
  for (const section of parts) {
    if (md) {
      lines.push(`### ${section.heading}`, '', `| ${section.columns.map(cell).join(' | ')} |`, `|${section.columns.map(() => ' --- |').join('')}`);
      for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    } else {
      lines.push(section.heading);
      for (const row of section.rows) lines.push(`  ${row.map((c) => c.replace(/\r?\n/g, ' ')).join('  ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
