import type { ResolvedPlan } from '../../model/plan.js';
import type { Labels } from '../labels.js';
import { showDate, showTime } from './format.js';
import type { ShownDate } from './format.js';
import type { TaskInfo } from './plan-index.js';

/** One dated occurrence (a meeting, a broadcast) with the task it belongs to. */
export interface EventRow {
  readonly date: ShownDate;
  readonly time: string;
  /** 前后 / 左右 in the plan: the day is nominal, so outputs mark it. */
  readonly approx: boolean;
  readonly title: string;
  readonly source: string;
  readonly task: TaskInfo;
}

/** The occurrences of the given tasks, by date, then time (all-day first), then plan order. */
export function collectEvents(tasks: Iterable<TaskInfo>, plan: ResolvedPlan, labels: Labels): EventRow[] {
  const rows: { row: EventRow; key: string; seq: number }[] = [];
  let seq = 0;
  for (const info of tasks) {
    for (const occurrence of info.task.occurrences) {
      rows.push({
        row: {
          date: showDate(occurrence.date, plan.locale, plan.year),
          time: showTime(occurrence.time, labels),
          approx: occurrence.approx,
          title: occurrence.title,
          source: occurrence.source,
          task: info,
        },
        key: `${occurrence.date} ${occurrence.time?.start ?? ''}`,
        seq: seq++,
      });
    }
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.task.order - b.row.task.order || a.seq - b.seq));
  return rows.map((r) => r.row);
}
