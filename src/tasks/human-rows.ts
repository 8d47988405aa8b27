// The task list as rows of words for people (the table, its narrow form and Markdown): one row a
// task, then one a dated event of it and one a timing note, each under the task it belongs to.
import { DUE_SOON_DAYS } from '../emit/unit-lists/task-list.js';
import type { Language } from '../i18n/language.js';
import type { TaskEntry } from './entries.js';
import { stateCell } from '../emit/state-column.js';
import { isClosed } from '../progress/states.js';
import { eventStatus, eventTitle, roleText, taskStatus, timingNotes, type Column } from './words.js';

/** Marks a line that belongs to the task above it; ASCII, so no terminal draws it double width. */
export const UNDER_TASK = '- ';

/** Why a row is coloured: past its deadline (red) or due within a week (yellow). */
export type Tone = 'overdue' | 'due-soon';

export interface HumanRow {
  readonly kind: 'task' | 'event' | 'note';
  readonly cells: Readonly<Record<Column, string>>;
  readonly tone?: Tone;
}

const BLANK: Readonly<Record<Column, string>> = { due: '', status: '', progress: '', role: '', number: '', title: '', lead: '', support: '' };

export function humanRows(language: Language, entries: readonly TaskEntry[]): HumanRow[] {
  const rows: HumanRow[] = [];
  for (const { row, events, state } of entries) {
    const { info } = row;
    // A task reported done or cancelled is not late, whatever its deadline: no red, no yellow.
    const closed = state != null && isClosed(state.state);
    const tone: Tone | undefined = closed ? undefined : row.status === 'overdue' ? 'overdue' : row.status === 'due-soon' ? 'due-soon' : undefined;
    rows.push({
      kind: 'task',
      cells: {
        due: info.task.due,
        // Days left or overdue mean nothing once the task is done or cancelled: its 进展 says so.
        status: closed ? '' : taskStatus(language, row),
        // The day as the table writes its dates (ISO).
        progress: state === undefined ? '' : stateCell(state ?? undefined, language, (iso) => iso),
        role: row.role ? roleText(language, row.role) : '',
        number: info.number,
        title: info.task.title,
        lead: info.leadNames,
        support: info.supportNames,
      },
      ...(tone ? { tone } : {}),
    });
    for (const { occurrence, daysLeft } of events) {
      const soon = daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS;
      rows.push({
        kind: 'event',
        cells: { ...BLANK, due: occurrence.date, status: eventStatus(language, daysLeft), title: UNDER_TASK + eventTitle(language, occurrence) },
        ...(soon ? { tone: 'due-soon' as const } : {}),
      });
    }
    for (const note of timingNotes(language, info.task)) rows.push({ kind: 'note', cells: { ...BLANK, title: UNDER_TASK + note } });
  }
  return rows;
}
