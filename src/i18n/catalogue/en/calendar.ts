/** English words of the calendar area (revisions, split calendar objects); keys start with 'calendar.'. */
export const calendar = {
  // Put before the title of an event the new revision removed, so a calendar that keeps it shows why.
  'calendar.cancelledPrefix': 'Cancelled: ',
  'calendar.splitWritten': 'plan: wrote {{count}} calendar objects (one per UID) to {{dir}}',
} as const satisfies Readonly<Record<string, string>>;
