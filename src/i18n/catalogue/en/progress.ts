/** English words of the progress area (task states and standings as outputs show them); keys start with 'progress.'. */
export const progress = {
  'progress.state.not-started': 'not started',
  'progress.state.in-progress': 'in progress',
  'progress.state.done': 'done',
  'progress.state.behind': 'behind',
  'progress.state.paused': 'paused',
  'progress.state.cancelled': 'cancelled',
  'progress.state.unreported': 'not reported',

  'progress.standing.done': 'done',
  'progress.standing.on-track': 'on track',
  'progress.standing.behind': 'behind',
  'progress.standing.overdue': 'overdue',
  'progress.standing.paused': 'paused',
  'progress.standing.cancelled': 'cancelled',
  'progress.standing.silent': 'not reported for {{days}} days',
  'progress.standing.done-late': 'finished late',

  'progress.measures': 'Organisational measures',
} as const;
