/** English words of the status area (each task's state in calendars, unit lists, the summary and `plan tasks`); keys start with 'status.'. */
export const status = {
  'status.heading': 'Progress',
  'status.cell.done': '{{state}} {{date}}',
  'status.cell.percent': '{{state}} ({{percent}}%)',
  'status.mark.done': '[done] ',
  'status.mark.paused': '[paused] ',
  'status.mark.cancelled': '[cancelled] ',
  'status.help.as-of': 'show each task\'s state as of this day, e.g. 2018-09-30 (default: its latest report)',
  'status.help.state': 'only tasks in these states (repeat the flag or separate with commas): {{states}}; "open" is every task not done or cancelled',
  'status.help.state-choices': 'not-started, in-progress, done, behind, paused, cancelled, not-reported, open',
  'status.flag.state': '--state takes {{states}}, got {{value}}',
  'status.state.open': 'open',
  'status.choice-separator': ', ',
} as const;
