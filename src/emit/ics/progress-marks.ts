/**
 * What a task's reported progress changes in its calendar components, and how SEQUENCE and
 * DTSTAMP rise with it.
 *
 * - 已完成: the events stay (the work happened) but their SUMMARY starts with the done mark and
 *   their reminders go; a VTODO is STATUS:COMPLETED, COMPLETED on the day it was finished,
 *   PERCENT-COMPLETE:100.
 * - 取消: every component is STATUS:CANCELLED, marked, without reminders.
 * - 暂缓: the SUMMARY is marked; reminders stay (the work resumes).
 * - a percent reported (any other state): a VTODO's PERCENT-COMPLETE.
 * - 推进中 / 未启动 / 滞后 change nothing a calendar shows.
 *
 * SEQUENCE: importers (Outlook, a CalDAV server, a phone) take a new copy of an event only when
 * its SEQUENCE is higher, so each component's SEQUENCE is what the plan alone gives it (the
 * revision, or revisions.ts's rule with --base) plus the number of times what progress shows on
 * it changed over the task's entries (not reported → done counts one, done → reopened another).
 * Appending an entry can only add changes, so re-importing after each report updates the event
 * rather than duplicating it, and the same entries always give the same number, whatever the
 * clock. DTSTAMP and LAST-MODIFIED of a component progress changed are the later of the build's
 * "now" (src/cli/generated-at.ts) and the day of its last change, plus one second per change:
 * they rise with every change even when SOURCE_DATE_EPOCH pins "now".
 */
import { parseIso } from '../../dates/day-number.js';
import type { TaskState, TaskStates } from '../../progress/task-states.js';
import type { ProgressState } from '../../progress/states.js';
import type { CalComponent, TaskComponents } from './model.js';

/** The marks that start a SUMMARY (【已完成】 / `[done] `), from the catalogue. */
export interface ProgressMarks {
  readonly done: string;
  readonly paused: string;
  readonly cancelled: string;
}

/** One component as progress shows it, with how much to raise its SEQUENCE and its own DTSTAMP. */
export interface Marked {
  readonly component: CalComponent;
  /** Changes of what progress shows on it, over the task's entries: added to SEQUENCE. */
  readonly changes: number;
  /** Its DTSTAMP / LAST-MODIFIED, when progress changed it. */
  readonly stamp?: Date;
}

/** For each task (same order), each component as progress marks it; undefined where the task has no report. */
export function markProgress(tasks: readonly TaskComponents[], states: TaskStates, marks: ProgressMarks, generatedAt: Date): (readonly Marked[] | undefined)[] {
  return tasks.map((task) => {
    const state = states.get(task.taskId);
    return state === undefined ? undefined : task.components.map((c) => markOne(c, state, marks, generatedAt));
  });
}

function markOne(c: CalComponent, state: TaskState, marks: ProgressMarks, generatedAt: Date): Marked {
  const { changes, lastChange } = history(c, state);
  const component = shown(c, state.state, state.percent, state.finished, marks);
  if (changes === 0) return { component, changes };
  const day = Date.parse(`${lastChange}T00:00:00Z`);
  return { component, changes, stamp: new Date(Math.max(generatedAt.getTime(), day) + changes * 1000) };
}

/** How often what progress shows on `c` changed over the entries, and the day of the last change. */
function history(c: CalComponent, state: TaskState): { changes: number; lastChange: string | undefined } {
  let shownBefore = visible(c, undefined, undefined);
  let changes = 0;
  let lastChange: string | undefined;
  let previous: ProgressState | undefined;
  let percent: number | undefined;
  for (const entry of state.entries) {
    // A percent holds while the state stays the same; a new state starts without one.
    percent = entry.state === previous ? (entry.percent ?? percent) : entry.percent;
    previous = entry.state;
    const now = visible(c, entry.state, entry.state === 'done' ? 100 : percent);
    if (now !== shownBefore) {
      changes++;
      lastChange = entry.date;
      shownBefore = now;
    }
  }
  return { changes, lastChange };
}

/** What progress shows on a component, as a key to compare: its mark, and a VTODO's percent. */
function visible(c: CalComponent, state: ProgressState | undefined, percent: number | undefined): string {
  const mark = state === 'done' || state === 'paused' || state === 'cancelled' ? state : '';
  return c.component === 'VTODO' ? `${mark}|${percent ?? ''}` : mark;
}

function shown(c: CalComponent, state: ProgressState, percent: number | undefined, finished: string | undefined, marks: ProgressMarks): CalComponent {
  const todo = c.component === 'VTODO';
  const withPercent = todo && percent !== undefined ? { percent } : {};
  switch (state) {
    case 'done':
      return {
        ...c,
        summary: marks.done + c.summary,
        alarms: [],
        ...(todo ? { status: 'COMPLETED' as const, percent: 100, ...(finished !== undefined && parseIso(finished) !== undefined ? { completed: finished } : {}) } : {}),
      };
    case 'cancelled':
      return { ...c, summary: marks.cancelled + c.summary, status: 'CANCELLED', alarms: [] };
    case 'paused':
      return { ...c, summary: marks.paused + c.summary, ...withPercent };
    default:
      return { ...c, ...withPercent };
  }
}
