/**
 * English words of the bulletin area: the printable 督办 report (HTML, Word, Excel); keys start
 * with 'bulletin.'. Standing labels (done, on track …) come from the progress area.
 */
export const bulletin = {
  // The title: one plan, or the first plan and how many more.
  'bulletin.title': 'Progress report on “{{title}}”',
  'bulletin.title-plans': 'Progress report on “{{title}}” and other plans ({{count}} in all)',
  'bulletin.as-of': '(as of {{date}})',
  // The totals sentence: its parts are joined by bulletin.totals-join.
  'bulletin.totals': 'Of {{total}} tasks in all, {{parts}}.',
  'bulletin.totals-join': ', ',
  'bulletin.units-join': ', ',
  'bulletin.totals.done': '{{n}} are done',
  'bulletin.totals.done-late': '{{n}} are done ({{late}} of them late)',
  'bulletin.totals.on-track': '{{n}} on track',
  'bulletin.totals.behind': '{{n}} behind',
  'bulletin.totals.overdue': '{{n}} overdue',
  'bulletin.totals.paused': '{{n}} paused',
  'bulletin.totals.cancelled': '{{n}} cancelled',
  'bulletin.totals.silent': '{{n}} not reported for over {{days}} days',
  // Section headings.
  'bulletin.section.overall': 'Overall progress',
  'bulletin.section.units': 'Progress by unit',
  'bulletin.section.overdue': 'Overdue tasks',
  'bulletin.section.due-soon': 'Falling due in the next {{days}} days',
  'bulletin.section.finished-late': 'Finished late',
  'bulletin.section.silent': 'Not reported for over {{days}} days',
  'bulletin.none': 'None.',
  // Sheet tabs of the workbook (31 characters at most).
  'bulletin.sheet.summary': 'Summary',
  'bulletin.sheet.overdue': 'Overdue',
  'bulletin.sheet.due-soon': 'Due soon',
  'bulletin.sheet.finished-late': 'Finished late',
  'bulletin.sheet.silent': 'Not reported',
  // Column headings.
  'bulletin.column.kind': 'Kind',
  'bulletin.column.name': 'Name',
  'bulletin.column.phase': 'Phase',
  'bulletin.column.unit': 'Unit',
  'bulletin.column.lead': 'Lead unit',
  'bulletin.column.plan': 'Plan',
  'bulletin.column.number': 'No.',
  'bulletin.column.task': 'Task',
  'bulletin.column.total': 'Tasks',
  'bulletin.column.silent': 'Not reported > {{days}} days',
  'bulletin.column.due': 'Deadline',
  'bulletin.column.days-overdue': 'Days overdue',
  'bulletin.column.days-left': 'Days left',
  'bulletin.column.state': 'State',
  'bulletin.column.finished': 'Finished',
  'bulletin.column.days-late': 'Days late',
  'bulletin.column.latest': 'Latest report',
  'bulletin.column.last-report': 'Last report',
  'bulletin.column.silent-days': 'Days without report',
  // Rows and cells.
  'bulletin.row.all': 'All',
  'bulletin.kind.phase': 'Phase',
  'bulletin.kind.unit': 'Unit',
  'bulletin.latest': '{{date}}: {{text}}',
  'bulletin.percent': '{{state}} ({{percent}}%)',
  'bulletin.never-reported': 'never reported',
  // The chart.
  'bulletin.chart.title': 'Tasks of each lead unit by state',
} as const;
