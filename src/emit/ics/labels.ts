import type { Locale } from '../../model/plan.js';

/**
 * Every fixed word the calendars print, per locale. Kept here (not in the shared labels) because
 * calendar wording has its own constraints: summaries are short and read in a month grid.
 */
export interface IcsLabels {
  readonly duePrefix: string;
  readonly ongoingPrefix: string;
  readonly sessions: (n: number) => string;
  readonly lead: string;
  readonly support: string;
  readonly phase: string;
  readonly measures: string;
  readonly task: string;
  readonly detail: string;
  readonly sessionsUndated: (n: number) => string;
  /** Labels for the `source` keys: the date expression as the document wrote it. */
  readonly source: Readonly<Record<string, string>>;
  readonly listSeparator: string;
  readonly colon: string;
  readonly calendarAll: (title: string, count: number, revision: number) => string;
  readonly calendarUnits: (names: string, count: number, revision: number) => string;
  readonly calendarEmpty: (names: string) => string;
  readonly nameSeparator: string;
}

const zhCN: IcsLabels = {
  duePrefix: '截止：',
  ongoingPrefix: '长期：',
  sessions: (n) => `（共${n}期）`,
  lead: '牵头单位',
  support: '配合单位',
  phase: '阶段',
  measures: '长期措施',
  task: '所属任务',
  detail: '具体要求',
  sessionsUndated: (n) => `共${n}期，具体日期待定`,
  source: { when: '时间', due: '时限', at: '日期', repeat: '重复', sessions: '期数' },
  listSeparator: '、',
  colon: '：',
  calendarAll: (title, n, rev) => `${title}：全部任务与日程（${n}项，第${rev}版）`,
  calendarUnits: (names, n, rev) => `${names}牵头或配合的任务与日程（${n}项，第${rev}版）`,
  calendarEmpty: (names) => `${names}在本方案中没有牵头或配合的任务；订阅后如方案修订将自动更新。`,
  nameSeparator: ' · ',
};

const en: IcsLabels = {
  duePrefix: 'Due: ',
  ongoingPrefix: 'Ongoing: ',
  sessions: (n) => ` (${n} sessions)`,
  lead: 'Lead',
  support: 'Supporting',
  phase: 'Phase',
  measures: 'Measures',
  task: 'Task',
  detail: 'Details',
  sessionsUndated: (n) => `${n} sessions, dates to be set`,
  source: { when: 'When', due: 'Due', at: 'At', repeat: 'Repeats', sessions: 'Sessions' },
  listSeparator: ', ',
  colon: ': ',
  calendarAll: (title, n, rev) => `${title}: every task and event (${n} items, revision ${rev})`,
  calendarUnits: (names, n, rev) => `Tasks and events led or supported by ${names} (${n} items, revision ${rev})`,
  calendarEmpty: (names) => `${names} leads or supports no task in this plan; a subscription updates when the plan is revised.`,
  nameSeparator: ' · ',
};

export function icsLabels(locale: Locale): IcsLabels {
  return locale === 'en' ? en : zhCN;
}
