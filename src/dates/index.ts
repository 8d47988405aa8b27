/** The date module's public surface: resolve date expressions; working-day calendar. */
export { resolveDate } from './resolve-date.js';
export { createWorkCalendar } from './holidays/work-calendar.js';
export type { DateSpan, DayStatus, WorkCalendar, WorkCalendarOverrides } from './holidays/work-calendar.js';
export { loadHolidayFile } from './holidays/holiday-data.js';
export type { HolidayData, HolidayEntry } from './holidays/holiday-data.js';
export type { DateContext, DateError, DateKind, DateNote, DateOutcome, IsoDate, ResolvedDate, TimeOfDay } from './types.js';
