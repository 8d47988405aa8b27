/** English words of `plan tasks`: column headings, how a task stands, the lines under a task, errors. */
export const tasks = {
  // Column headings (table, md and the narrow layout's field names).
  'tasks.heading.due': 'Due',
  'tasks.heading.status': 'Status',
  'tasks.heading.role': 'Role',
  'tasks.heading.number': 'No.',
  'tasks.heading.title': 'Task',
  'tasks.heading.lead': 'Lead',
  'tasks.heading.support': 'Support',
  'tasks.role.lead': 'lead',
  'tasks.role.support': 'support',
  // How a task stands on --today.
  'tasks.status.overdue': '{{n}} days overdue',
  'tasks.status.overdue.one': '1 day overdue',
  'tasks.status.left': '{{n}} days left',
  'tasks.status.left.one': '1 day left',
  'tasks.status.today': 'due today',
  'tasks.status.ongoing': 'ongoing',
  // A dated event of a task (a meeting on a given day), listed under it.
  'tasks.event.past': '{{n}} days ago',
  'tasks.event.past.one': 'yesterday',
  'tasks.event.ahead': 'in {{n}} days',
  'tasks.event.ahead.one': 'tomorrow',
  'tasks.event.today': 'today',
  'tasks.event.time': '{{title}} ({{time}})',
  'tasks.event.approx': '{{title}} (around this day)',
  'tasks.event.approx-time': '{{title}} (around this day, {{time}})',
  // Timing the dates alone do not show.
  'tasks.sessions': '{{n}} sessions in this period, dates not fixed yet',
  'tasks.repeat': 'repeats: {{wording}}',
  // Nothing to list.
  'tasks.empty.unit': '{{unit}} leads or supports no task in this plan.',
  'tasks.empty.plan': 'This plan has no tasks.',
  // The narrow layout: one block a task.
  'tasks.field': '{{label}}: {{value}}',
  // Mistakes in how the command was called.
  'tasks.error.format': '--format takes one of {{formats}}, got {{given}}',
  'tasks.error.width': '--width takes a whole number of columns, at least {{min}}, got {{given}}',
  'tasks.error.today': '--today takes a date as YYYY-MM-DD, got {{given}}',
  'tasks.error.epoch': 'SOURCE_DATE_EPOCH must be whole seconds since 1970, got {{given}}',
  'tasks.error.lang': '--lang takes zh or en, got {{given}}',
  'tasks.error.unit': '--unit: {{message}}',
  'tasks.error.no-unit': "--unit: no unit '{{unit}}' in the plan",
  // plan tasks --help
  'tasks.help.description': "print a unit's task list (or the whole plan's) by due date, with each task's dated events; overdue in red, due within 7 days in yellow",
  'tasks.help.unit': 'only what this unit leads or supports (id, name or alias)',
  'tasks.help.format': 'table and md for people; tsv, csv and json for scripts (English field names, no colour, no wrapping)',
  'tasks.help.width': "fit the table in this many columns (default: the terminal's width, else 80)",
  'tasks.help.truncate': 'cut long titles to one line, ending in …, instead of wrapping them',
  'tasks.help.today': 'count days from this date (YYYY-MM-DD) instead of today',
  'tasks.help.lang': "language of the headings and words: zh or en (default: the plan's locale, then LANG)",
} as const satisfies Readonly<Record<string, string>>;
