/** English words of the calendar area (revisions, split calendar objects); keys start with 'calendar.'. */
export const calendar = {
  // Put before the title of an event the new revision removed, so a calendar that keeps it shows why.
  'calendar.cancelledPrefix': 'Cancelled: ',
  'calendar.splitWritten': 'plan: wrote {{count}} calendar objects (one per UID) to {{dir}}',
  'calendar.help.build-base': 'the previous revision: calendars raise SEQUENCE only for changed events and cancel removed ones',
  'calendar.help.ics-base': 'the previous revision: SEQUENCE rises only for changed events, removed ones are written as cancelled',
  'calendar.help.split': 'write one calendar object per UID into DIR (for uploading to a CalDAV server)',
  'calendar.base-broken': "the base plan {{file}} has errors: run 'plan lint {{file}}' to see them",
} as const satisfies Readonly<Record<string, string>>;
