import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { DeadlineMove, PlanDiff } from './diff.js';

/** One part of a diff report: a heading and a table; text and Markdown render the same data. */
export interface Section {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A deadline move as a reader says it: `13 day(s) earlier` / `提前 13 天`. */
export function moveText(move: DeadlineMove, language: Language): string {
  return t(language, move.days < 0 ? 'diff.earlier' : 'diff.later', { n: Math.abs(move.days) });
}

/** The report's sections in reading order; empty sections are left out. */
export function sections(diff: PlanDiff, language: Language, unitNames: ReadonlyMap<string, string>): Section[] {
  const say = (key: MessageKey, data?: Readonly<Record<string, string | number>>): string => t(language, key, data);
  const separator = say('diff.list-separator');
  const names = (ids: readonly string[]) => ids.map((id) => unitNames.get(id) ?? id).join(separator);
  const measures = say('diff.measures');
  const phase = (id: string | undefined) => id ?? measures;
  const window = (w: { readonly start: string; readonly end: string }) => say('diff.window', w);
  const col = {
    id: say('diff.column.id'),
    title: say('diff.column.title'),
    phase: say('diff.column.phase'),
    lead: say('diff.column.lead'),
    due: say('diff.column.due'),
    before: say('diff.column.before'),
    after: say('diff.column.after'),
    unit: say('diff.column.unit'),
    task: say('diff.column.task'),
    moved: say('diff.column.moved'),
    change: say('diff.column.change'),
  };
  const out: Section[] = [];
  const push = (heading: MessageKey, columns: string[], rows: string[][]) => {
    if (rows.length > 0) out.push({ heading: say(heading), columns, rows });
  };
  // First, because it outweighs the rest: every calendar event's identity ends in the plan id.
  push('diff.section.plan-id', [col.before, col.after], diff.before.id === diff.after.id ? [] : [[diff.before.id, diff.after.id]]);
  push('diff.section.phases-added', [col.id, col.title], diff.phases.added.map((p) => [p.id, p.title]));
  push('diff.section.phases-removed', [col.id, col.title], diff.phases.removed.map((p) => [p.id, p.title]));
  push('diff.section.phases-retitled', [col.id, col.before, col.after], diff.phases.retitled.map((p) => [p.id, p.from, p.to]));
  push('diff.section.phase-windows', [col.id, col.title, col.before, col.after], diff.phases.windows.map((w) => [w.id, w.title, window(w.from), window(w.to)]));
  push('diff.section.tasks-added', [col.id, col.title, col.phase, col.lead, col.due], diff.tasks.added.map((t) => [t.id, t.title, phase(t.phase), names(t.lead), t.due]));
  push('diff.section.tasks-removed', [col.id, col.title, col.phase, col.lead, col.due], diff.tasks.removed.map((t) => [t.id, t.title, phase(t.phase), names(t.lead), t.due]));
  push('diff.section.ids-renamed', [col.before, col.after, col.title], diff.tasks.renamedIds.map((r) => [r.from, r.to, r.title]));
  push('diff.section.titles-changed', [col.id, col.before, col.after], diff.tasks.retitled.map((r) => [r.id, r.from, r.to]));
  push('diff.section.moved-phase', [col.id, col.title, col.before, col.after], diff.tasks.movedPhase.map((m) => [m.id, m.title, phase(m.from), phase(m.to)]));
  push(
    'diff.section.deadlines',
    [col.unit, col.task, col.before, col.after, col.moved],
    diff.byUnit.flatMap((u) => [...u.earlier, ...u.later].map((m) => [u.name, `${m.task.id} ${m.task.title}`, m.from, m.to, moveText(m, language)])),
  );
  const ownerParts = [
    [say('diff.lead-added'), 'leadAdded'],
    [say('diff.lead-removed'), 'leadRemoved'],
    [say('diff.support-added'), 'supportAdded'],
    [say('diff.support-removed'), 'supportRemoved'],
  ] as const;
  const changeSeparator = say('diff.change-separator');
  push(
    'diff.section.owners',
    [col.task, col.change],
    diff.tasks.owners.map((o) => [
      `${o.task.id} ${o.task.title}`,
      ownerParts.filter(([, field]) => o[field].length > 0).map(([label, field]) => `${label}${names(o[field])}`).join(changeSeparator),
    ]),
  );
  return out;
}
