// The words of one task list in the reader's language, all from the `tasks` catalogue area.
import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { Occurrence, Task } from '../model/plan.js';
import type { TaskListRow } from '../emit/unit-lists/task-list.js';

/** The table's columns, in order; `role` only when the list is one unit's, `progress` only when progress was given. */
export const COLUMNS = ['due', 'status', 'progress', 'role', 'number', 'title', 'lead', 'support'] as const;
export type Column = (typeof COLUMNS)[number];

export function columnsFor(withRole: boolean, withProgress = false): readonly Column[] {
  return COLUMNS.filter((c) => (withRole || c !== 'role') && (withProgress || c !== 'progress'));
}

export function heading(language: Language, column: Column): string {
  // The 进展 column is the one the unit lists and the summary show (status area).
  return column === 'progress' ? t(language, 'status.heading') : t(language, `tasks.heading.${column}`);
}

/** `n` with the key's singular form when there is one day. */
function days(language: Language, key: 'tasks.status.overdue' | 'tasks.status.left' | 'tasks.event.past' | 'tasks.event.ahead', n: number): string {
  return n === 1 ? t(language, `${key}.one` as MessageKey) : t(language, key, { n });
}

/** `剩 5 天` / `逾期 2 天` / `今天到期` / `长期坚持`. */
export function taskStatus(language: Language, row: TaskListRow): string {
  if (row.status === 'ongoing') return t(language, 'tasks.status.ongoing');
  if (row.daysLeft === 0) return t(language, 'tasks.status.today');
  return row.daysLeft < 0 ? days(language, 'tasks.status.overdue', -row.daysLeft) : days(language, 'tasks.status.left', row.daysLeft);
}

/** `还有 3 天` / `今天` / `2 天前`: an event is not overdue once past, only over. */
export function eventStatus(language: Language, daysLeft: number): string {
  if (daysLeft === 0) return t(language, 'tasks.event.today');
  return daysLeft < 0 ? days(language, 'tasks.event.past', -daysLeft) : days(language, 'tasks.event.ahead', daysLeft);
}

export function roleText(language: Language, role: 'lead' | 'support'): string {
  return t(language, `tasks.role.${role}`);
}

/**
 * `09:00-12:00`: the plan's own times, which need no translation. An ASCII hyphen, not an en
 * dash: terminals set up for Chinese draw the en dash two cells wide, which would break the grid.
 */
export function timeText(occurrence: Occurrence): string | undefined {
  const time = occurrence.time;
  if (!time) return undefined;
  return time.end ? `${time.start}-${time.end}` : time.start;
}

/** The event's title with its time and, for 前后 / 左右 dates, that the day is not exact. */
export function eventTitle(language: Language, occurrence: Occurrence): string {
  const time = timeText(occurrence);
  const title = occurrence.title;
  if (occurrence.approx) return time ? t(language, 'tasks.event.approx-time', { title, time }) : t(language, 'tasks.event.approx', { title });
  return time ? t(language, 'tasks.event.time', { title, time }) : title;
}

/** What the dates alone do not show: sessions not yet dated, a repeat as the plan words it. */
export function timingNotes(language: Language, task: Task): string[] {
  const notes: string[] = [];
  if (task.sessionCount !== undefined && task.occurrences.length === 0) notes.push(t(language, 'tasks.sessions', { n: task.sessionCount }));
  const wording = task.source.repeat ?? task.repeat?.source;
  if (task.repeat && wording) notes.push(t(language, 'tasks.repeat', { wording }));
  return notes;
}
