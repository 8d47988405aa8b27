/** English words of the diff area (`plan diff`'s report); keys start with 'diff.'. */
export const diff = {
  'diff.heading': 'Changes in {{plan}}: revision {{from}} → {{to}}',
  'diff.none': 'No changes to phases, tasks, deadlines or owners.',
  'diff.section.plan-id': 'Plan id changed (every calendar that holds the plan would show each event twice: keep the old id)',

  // Section headings, in reading order.
  'diff.section.phases-added': 'Phases added',
  'diff.section.phases-removed': 'Phases removed',
  'diff.section.phases-retitled': 'Phases retitled',
  'diff.section.phase-windows': 'Phase windows changed',
  'diff.section.tasks-added': 'Tasks added',
  'diff.section.tasks-removed': 'Tasks removed',
  'diff.section.ids-renamed': 'Task ids renamed (subscribers lose these calendar events: keep the old id)',
  'diff.section.titles-changed': 'Titles changed',
  'diff.section.moved-phase': 'Tasks moved to another phase',
  'diff.section.deadlines': 'Deadlines moved, by lead unit',
  'diff.section.owners': 'Owners changed',

  // Column headings.
  'diff.column.id': 'id',
  'diff.column.title': 'title',
  'diff.column.phase': 'phase',
  'diff.column.lead': 'lead',
  'diff.column.due': 'due',
  'diff.column.before': 'before',
  'diff.column.after': 'after',
  'diff.column.unit': 'unit',
  'diff.column.task': 'task',
  'diff.column.moved': 'moved',
  'diff.column.change': 'change',

  // Cells.
  'diff.earlier': '{{n}} day(s) earlier',
  'diff.later': '{{n}} day(s) later',
  /** In the phase column, for a task that belongs to no phase. */
  'diff.measures': 'measures',
  /** Before the units that now lead (support) a task, or no longer do. */
  'diff.lead-added': 'lead +',
  'diff.lead-removed': 'lead −',
  'diff.support-added': 'support +',
  'diff.support-removed': 'support −',
  'diff.list-separator': ', ',
  'diff.change-separator': '; ',
  'diff.window': '{{start}} – {{end}}',
} as const satisfies Readonly<Record<string, string>>;
